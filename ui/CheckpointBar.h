#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Sitrep {

// The inline question when a time-box expires: continue, pivot or escalate, with an
// optional note. Inline rather than a dialog so nothing modal stands in front of the
// timeline, and it never takes the keyboard from someone typing elsewhere: it takes
// focus only when asked to (focusPrompt). Escape or "Later" dismisses it.
class CheckpointBar : public QFrame
{
    Q_OBJECT
public:
    enum class Decision { Continue, Pivot, Escalate };

    explicit CheckpointBar(QWidget *parent = nullptr);

    // The line above the buttons (e.g. how long the checkpoint is overdue).
    void setPrompt(const QString &text);
    void focusPrompt();
    // Clears the note, e.g. after a decision was recorded.
    void reset();

    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *button(Decision decision) const;
    QPushButton *laterButton() const { return m_later; }

    // The timeline text of a decision, translated: "Checkpoint: continue — note".
    static QString entryText(Decision decision, const QString &note);

signals:
    void decided(Decision decision, const QString &note);
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QPushButton *addDecision(Decision decision, const QString &text, const QString &tip);

    QLabel *m_prompt;
    QLineEdit *m_note;
    QPushButton *m_continue = nullptr;
    QPushButton *m_pivot = nullptr;
    QPushButton *m_escalate = nullptr;
    QPushButton *m_later;
};

} // namespace Sitrep
