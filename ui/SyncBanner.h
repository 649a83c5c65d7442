#pragma once

#include "ConsoleSession.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace Sitrep {

// A bar above the incidents, shown only while sync cannot go on without the person:
// signed out, or a certificate to confirm (a changed one is a hard warning). It never
// takes the focus or blocks the timeline; its button opens what fixes it.
class SyncBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SyncBanner(QWidget *parent = nullptr);

    void setStatus(const SessionStatus &status);
    QLabel *textLabel() const { return m_text; }
    QPushButton *button() const { return m_button; }

signals:
    void signInRequested();
    void reviewRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_button;
    bool m_review = false;
};

} // namespace Sitrep
