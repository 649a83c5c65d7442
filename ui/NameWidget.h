#pragma once

#include <QString>
#include <QWidget>

namespace Sitrep {

// Every control of the panes has an object name (tests find it), an accessible name (screen
// readers) and a tooltip (what it does, often with its key): set together, never one forgotten.
inline void nameWidget(QWidget *widget, const char *objectName, const QString &accessible, const QString &tip)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessible);
    widget->setToolTip(tip);
}

} // namespace Sitrep
