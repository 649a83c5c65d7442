#include "LazyControls.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace Sitrep {

namespace {

class AfterFirstPaint : public QObject
{
public:
    explicit AfterFirstPaint(QComboBox *box)
        : QObject(box)
    {
        box->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The box's first paint, not its show: the window's first paint is then under way,
        // and what is posted now runs after it. Posted at the show, it ran before that
        // paint (the expose that leads to it comes later), where the start waits for it.
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            auto *box = static_cast<QComboBox *>(watched);
            QTimer::singleShot(0, box, [box] { box->setSizeAdjustPolicy(QComboBox::AdjustToContents); });
            deleteLater();
        }
        return false;
    }
};

} // namespace

void clearButtonOnceTyped(QLineEdit *edit)
{
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit](const QString &text) {
        if (!text.isEmpty() && !edit->isClearButtonEnabled())
            edit->setClearButtonEnabled(true);
    });
}

void fitContentsAfterFirstPaint(QComboBox *box)
{
    // A box shown already may not be painted yet (outside the view), but a person who
    // makes one now is past the window's first paint.
    if (box->isVisible())
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    else
        new AfterFirstPaint(box);
}

} // namespace Sitrep
