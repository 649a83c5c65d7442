// The timeline's delegate lays each cell's text out once (CachedTextDelegate): a repaint of
// unchanged rows reuses it, a changed text is laid out anew (never a stale picture), and
// cells it cannot draw the same way go to the style.

#include "CachedTextDelegate.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Sitrep;

class tst_CachedTextDelegate : public QObject
{
    Q_OBJECT
private slots:
    void repaintsReuseTheLaidOutTexts()
    {
        QStandardItemModel model(20, 3);
        for (int row = 0; row < 20; ++row) {
            for (int column = 0; column < 3; ++column)
                model.setItem(row, column, new QStandardItem(QStringLiteral("entry %1 column %2, long enough to be elided").arg(row).arg(column)));
        }
        QTableView view;
        view.setWordWrap(false); // as the timeline; wrapped cells go to the style
        auto *delegate = new CachedTextDelegate(&view);
        view.setItemDelegate(delegate);
        view.setModel(&model);
        view.resize(500, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        const QImage first = view.viewport()->grab().toImage();
        const qint64 laidOut = delegate->laidOut();
        QVERIFY(laidOut > 0);
        const QImage again = view.viewport()->grab().toImage();
        QCOMPARE(delegate->laidOut(), laidOut); // nothing shaped again
        QVERIFY(delegate->reused() >= laidOut);
        QCOMPARE(again, first);

        // A changed text is laid out and shows; the picture is not the old one.
        model.item(0, 0)->setText(QStringLiteral("changed"));
        const QImage changed = view.viewport()->grab().toImage();
        QCOMPARE(delegate->laidOut(), laidOut + 1);
        QVERIFY(changed != first);

        // Several lines and right-to-left go to the style, not the cache.
        model.item(1, 0)->setText(QStringLiteral("two\nlines"));
        view.setLayoutDirection(Qt::RightToLeft);
        view.viewport()->grab();
        view.setLayoutDirection(Qt::LeftToRight);
        const qint64 before = delegate->laidOut();
        view.viewport()->grab();
        QCOMPARE(delegate->laidOut(), before); // the multi-line cell is not cached
    }

    // The same text in the same place looks as the style draws it: the text's pixels land
    // in the same columns of the cell (left aligned, vertically centred).
    void drawsWhereTheStyleDraws()
    {
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Replica lag on checkout-api-9")));
        QTableView styled;
        QTableView cached;
        cached.setItemDelegate(new CachedTextDelegate(&cached));
        for (QTableView *view : {&styled, &cached}) {
            view->setFocusPolicy(Qt::NoFocus); // no focus frame: only the text's ink is compared
            view->setWordWrap(false);          // as the timeline
            view->setModel(&model);
            view->resize(400, 120);
            view->show();
            QVERIFY(QTest::qWaitForWindowExposed(view));
        }
        const auto inkBox = [](const QImage &image, const QRect &cell) {
            const QRgb background = image.pixel(cell.right() - 2, cell.bottom() - 2);
            QRect box;
            for (int y = cell.top(); y <= cell.bottom(); ++y) {
                for (int x = cell.left(); x <= cell.right(); ++x) {
                    if (image.pixel(x, y) != background)
                        box |= QRect(x, y, 1, 1);
                }
            }
            return box;
        };
        const QRect cell = styled.visualRect(model.index(0, 0)).adjusted(1, 1, -2, -2);
        const QRect expected = inkBox(styled.viewport()->grab().toImage(), cell);
        const QRect actual = inkBox(cached.viewport()->grab().toImage(), cell);
        QVERIFY(expected.isValid());
        QVERIFY2(qAbs(actual.left() - expected.left()) <= 1 && qAbs(actual.top() - expected.top()) <= 1
                     && qAbs(actual.width() - expected.width()) <= 2 && qAbs(actual.height() - expected.height()) <= 2,
                 qPrintable(QStringLiteral("style %1,%2 %3x%4; cached %5,%6 %7x%8")
                                .arg(expected.left()).arg(expected.top()).arg(expected.width()).arg(expected.height())
                                .arg(actual.left()).arg(actual.top()).arg(actual.width()).arg(actual.height())));
    }

    // A cell whose text does not fit, and would lose a character of its short form
    // (ShortTextRole) to eliding, shows the short form, exactly as a cell of that text. A
    // little wider, eliding keeps them all and the elided text shows; wide, the text.
    void aNarrowColumnShowsTheShortForm()
    {
        QStandardItemModel model(2, 1);
        auto *flags = new QStandardItem(QStringLiteral("☝ hand  ★ essential"));
        flags->setData(QStringLiteral("☝ ★"), CachedTextDelegate::ShortTextRole);
        model.setItem(0, 0, flags);
        model.setItem(1, 0, new QStandardItem(QStringLiteral("☝ ★")));
        QTableView view;
        view.setItemDelegate(new CachedTextDelegate(&view));
        view.setFocusPolicy(Qt::NoFocus); // no focus frame on either cell
        view.setWordWrap(false);
        view.setModel(&model);
        view.resize(500, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto cellImage = [&view, &model](int row) {
            return view.viewport()->grab().toImage().copy(view.visualRect(model.index(row, 0)));
        };
        view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(QStringLiteral("☝ ★ ess")));
        QCOMPARE(cellImage(0), cellImage(1));
        const int keepsBoth = view.fontMetrics().horizontalAdvance(QStringLiteral("☝ hand  ★ es…")) + 12;
        view.setColumnWidth(0, keepsBoth);
        // As the cell elides: its width less the style's text margins.
        const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
        const QString elided = view.fontMetrics().elidedText(
            QStringLiteral("☝ hand  ★ essential"), Qt::ElideRight, view.visualRect(model.index(0, 0)).width() - margin);
        QVERIFY2(elided.contains(QChar(0x2605)), qPrintable(elided));
        model.setItem(1, 0, new QStandardItem(elided));
        QCOMPARE(cellImage(0), cellImage(1));
        view.setColumnWidth(0, 400);
        QVERIFY(cellImage(0) != cellImage(1));
    }

    // Where eliding would leave the sign and no word ("⌨ …"), the sign shows alone.
    void anElidedTextWithNoWordLeftIsTheShortForm()
    {
        QStandardItemModel model(2, 1);
        auto *console = new QStandardItem(QStringLiteral("⌨ Console"));
        console->setData(QStringLiteral("⌨"), CachedTextDelegate::ShortTextRole);
        model.setItem(0, 0, console);
        model.setItem(1, 0, new QStandardItem(QStringLiteral("⌨")));
        QTableView view;
        view.setItemDelegate(new CachedTextDelegate(&view));
        view.setFocusPolicy(Qt::NoFocus);
        view.setWordWrap(false);
        view.setModel(&model);
        view.resize(300, 120);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto cellImage = [&view, &model](int row) {
            return view.viewport()->grab().toImage().copy(view.visualRect(model.index(row, 0)));
        };
        const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
        // Room for "⌨ …" and not for "⌨ C…".
        const int room = view.fontMetrics().horizontalAdvance(QStringLiteral("⌨ …")) + 1;
        view.setColumnWidth(0, room + margin + 2);
        const QString elided = view.fontMetrics().elidedText(QStringLiteral("⌨ Console"), Qt::ElideRight,
                                                              view.visualRect(model.index(0, 0)).width() - margin);
        QVERIFY2(!elided.contains(QLatin1Char('C')), qPrintable(elided));
        QCOMPARE(cellImage(0), cellImage(1));
        view.setColumnWidth(0, 200); // room for the word
        QVERIFY(cellImage(0) != cellImage(1));
    }
};

QTEST_MAIN(tst_CachedTextDelegate)
#include "tst_CachedTextDelegate.moc"
