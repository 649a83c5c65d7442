// The timeline's delegate lays each cell's text out once (CachedTextDelegate): a repaint of
// unchanged rows reuses it, a changed text is laid out anew (never a stale picture), and
// cells it cannot draw the same way go to the style.

#include "CachedTextDelegate.h"

#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Sitrep;

namespace {

// Row 0: a text with its short form (ShortTextRole); row 1: a cell of another text, to
// compare row 0's pixels with. Shown in a view with the delegate, no focus frame on
// either cell, one line per cell as the timeline.
struct ShortFormTable {
    QStandardItemModel model{2, 1};
    QTableView view;

    bool show(const QString &text, const QString &shortText, const QString &other, int width)
    {
        auto *item = new QStandardItem(text);
        item->setData(shortText, CachedTextDelegate::ShortTextRole);
        model.setItem(0, 0, item);
        model.setItem(1, 0, new QStandardItem(other));
        view.setItemDelegate(new CachedTextDelegate(&view));
        view.setFocusPolicy(Qt::NoFocus);
        view.setWordWrap(false);
        view.setModel(&model);
        view.resize(width, 120);
        view.show();
        return QTest::qWaitForWindowExposed(&view);
    }
    QImage cellImage(int row)
    {
        return view.viewport()->grab().toImage().copy(view.visualRect(model.index(row, 0)));
    }
    // What the delegate elides to: the cell less the style's text margins.
    QString elided(const QString &text)
    {
        const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
        return view.fontMetrics().elidedText(text, Qt::ElideRight, view.visualRect(model.index(0, 0)).width() - margin);
    }
};

} // namespace

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
        ShortFormTable table;
        QVERIFY(table.show(QStringLiteral("☝ hand  ★ essential"), QStringLiteral("☝ ★"), QStringLiteral("☝ ★"), 500));
        QTableView &view = table.view;
        view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(QStringLiteral("☝ ★ ess")));
        QCOMPARE(table.cellImage(0), table.cellImage(1));
        const int keepsBoth = view.fontMetrics().horizontalAdvance(QStringLiteral("☝ hand  ★ es…")) + 12;
        view.setColumnWidth(0, keepsBoth);
        const QString elided = table.elided(QStringLiteral("☝ hand  ★ essential"));
        QVERIFY2(elided.contains(QChar(0x2605)), qPrintable(elided));
        table.model.setItem(1, 0, new QStandardItem(elided));
        QCOMPARE(table.cellImage(0), table.cellImage(1));
        view.setColumnWidth(0, 400);
        QVERIFY(table.cellImage(0) != table.cellImage(1));
    }

    // Where eliding would leave the sign and no word ("⌨ …"), the sign shows alone.
    void anElidedTextWithNoWordLeftIsTheShortForm()
    {
        ShortFormTable table;
        QVERIFY(table.show(QStringLiteral("⌨ Console"), QStringLiteral("⌨"), QStringLiteral("⌨"), 300));
        QTableView &view = table.view;
        const int margin = 2 * (view.style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, &view) + 1);
        // Room for "⌨ …" and not for "⌨ C…".
        view.setColumnWidth(0, view.fontMetrics().horizontalAdvance(QStringLiteral("⌨ …")) + 1 + margin + 2);
        const QString elided = table.elided(QStringLiteral("⌨ Console"));
        QVERIFY2(!elided.contains(QLatin1Char('C')), qPrintable(elided));
        QCOMPARE(table.cellImage(0), table.cellImage(1));
        view.setColumnWidth(0, 200); // room for the word
        QVERIFY(table.cellImage(0) != table.cellImage(1));
    }
};

QTEST_MAIN(tst_CachedTextDelegate)
#include "tst_CachedTextDelegate.moc"
