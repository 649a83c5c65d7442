#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;

namespace Sitrep {

class MentionCompleter;
class Store;
struct ParsedEntry;
struct TimelineEntry;

// The scribe's entry box under the timeline: type, press Enter (EntryParser's prefix
// language, "@" completion of people, "#track"). It also edits an entry in place: the
// box takes the entry's text with its kind's prefix, Enter saves a new revision through
// Store::editEntry and Escape cancels; a draft typed before is put back either way.
// Beside the box, the kind the text will be recorded as, as the timeline shows it
// ("◆ Decision" once "/d " is typed): the scribe sees the prefix was understood.
class EntryBox : public QWidget
{
    Q_OBJECT
public:
    explicit EntryBox(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    // Why nothing may be written here (ConsolePermissions::readOnlyReason): the box is
    // disabled and says so where the hint was. Empty: it may.
    void setRefusal(const QString &why);
    // Starts editing an entry of the current incident; false when there is no such entry.
    bool beginEdit(const QUuid &entryId);
    bool isEditing() const { return !m_editing.isNull(); }
    void cancelEdit();

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *editNote() const { return m_editNote; }
    QLabel *kindShown() const { return m_kind; }
    MentionCompleter *mentions() const { return m_mentions; }

signals:
    void message(const QString &text);
    // An edit was saved or cancelled: the timeline may take the focus back.
    void editFinished(const QUuid &entryId);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString hint(); // the placeholder: what can be typed
    void submit();
    void add(const ParsedEntry &parsed);
    void saveEdit(const ParsedEntry &parsed);
    void endEdit();
    // Fills in the track from "#name"; false (after a message) when it names none.
    bool resolve(const ParsedEntry &parsed, TimelineEntry &entry);
    void showKind();

    Store *m_store;
    QUuid m_incidentId;
    QString m_refusal;
    QLabel *m_editNote;
    QLabel *m_kind;
    QLineEdit *m_edit;
    MentionCompleter *m_mentions;
    QAction *m_cancel;
    QUuid m_editing;
    int m_editingKind = 0;
    QString m_draft; // what was in the box when an edit began
};

} // namespace Sitrep
