// The parts of standard controls made only when needed (ui/LazyControls): a combo box fits
// its contents only after the window's first paint, and does from then on.

#include "LazyControls.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>

#include <optional>

using namespace Sitrep;

namespace {

// Notes the box's size policy as the window gets its first paint.
class FirstPaintWatch : public QObject
{
public:
    FirstPaintWatch(QWidget *window, QComboBox *box)
        : m_window(window)
        , m_box(box)
    {
        window->installEventFilter(this);
    }
    std::optional<QComboBox::SizeAdjustPolicy> atFirstPaint;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Paint && !atFirstPaint)
            atFirstPaint = m_box->sizeAdjustPolicy();
        return false;
    }

private:
    QWidget *m_window;
    QComboBox *m_box;
};

} // namespace

class TestLazyControls : public QObject
{
    Q_OBJECT

private slots:
    void aComboBoxFitsItsContentsAfterTheFirstPaint()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *box = new QComboBox(&window);
        box->addItem(QStringLiteral("Any author"));
        layout->addWidget(box);
        fitContentsAfterFirstPaint(box);
        FirstPaintWatch watch(&window, box);

        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Not before the first paint: AdjustToContents makes the popup list at once, and
        // the start would wait for it.
        QTRY_VERIFY(watch.atFirstPaint.has_value());
        QCOMPARE(*watch.atFirstPaint, QComboBox::AdjustToContentsOnFirstShow);
        // Right after it, for the contents' later changes.
        QTRY_COMPARE(box->sizeAdjustPolicy(), QComboBox::AdjustToContents);
        const int narrow = box->sizeHint().width();
        box->addItem(QStringLiteral("Somebody with a much longer name than the first item"));
        QVERIFY(box->sizeHint().width() > narrow);
    }

    void aComboBoxAlreadyShownFitsAtOnce()
    {
        QWidget window;
        auto *box = new QComboBox(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fitContentsAfterFirstPaint(box);
        QCOMPARE(box->sizeAdjustPolicy(), QComboBox::AdjustToContents);
    }

    void aFieldGetsItsClearButtonWithItsFirstText()
    {
        QLineEdit edit;
        clearButtonOnceTyped(&edit);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        QVERIFY(!edit.isClearButtonEnabled());
        QTest::keyClicks(&edit, QStringLiteral("db"));
        QVERIFY(edit.isClearButtonEnabled());
    }
};

QTEST_MAIN(TestLazyControls)
#include "tst_LazyControls.moc"
