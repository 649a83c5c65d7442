#include "LazyControls.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace Sitrep {

namespace {

class AfterFirstShow : public QObject
{
public:
    explicit AfterFirstShow(QComboBox *box)
        : QObject(box)
    {
        box->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            watched->removeEventFilter(this);
            auto *box = static_cast<QComboBox *>(watched);
            // After the paint this show leads to, not before it.
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

void fitContentsAfterFirstShow(QComboBox *box)
{
    if (box->isVisible())
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // the first show is past
    else
        new AfterFirstShow(box);
}

} // namespace Sitrep
