#pragma once

#include "ShortcutSheet.h"
#include "TimelineView.h"

#include <QUuid>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Sitrep {

class EntryBox;
class NewEntriesMarker;
class PinnedStrip;
class Store;
class TimelineFilterBar;
class YieldingColumns;
class TimelineModel;

// The centre column: the current incident's header line, the filter row and the pinned
// strip, its timeline with the "N new" marker, and the entry box that is always one
// keystroke away. The timeline view's own keys (F2/Enter edit, Ctrl+P pin, Ctrl+H
// history, End to the newest) act on the selected entry and are also its context menu.
// What goes wrong is reported through message() for the status bar, and typed text is
// kept so nothing the scribe wrote is lost.
class TimelinePane : public QWidget
{
    Q_OBJECT
public:
    // The keys this pane understands, for the shortcut sheet (F1).
    static QList<ShortcutSheet::Row> keyHelp();

    explicit TimelinePane(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    void focusEntry();
    // The incident's title line above the timeline; hidden where a header shows it.
    void setTitleVisible(bool visible);
    // Scrolls to an entry of the current incident and selects it (a search hit); false
    // when the entry is not in this incident's timeline (or hidden by the filters).
    bool showEntry(const QUuid &entryId);

    // The column widths the user chose, for the profile's settings.
    QByteArray headerState();
    void restoreHeaderState(const QByteArray &state);

    TimelineModel *model() const { return m_model; }
    TimelineView *view() const { return m_view; }
    QLineEdit *entryEdit() const;
    EntryBox *entryBox() const { return m_entry; }
    // Why nothing may be written (ConsolePermissions::readOnlyReason): the entry box, edit
    // and pin are off and say so. Empty: they may.
    void setRefusal(const QString &why);
    TimelineFilterBar *filterBar() const { return m_filters; }
    PinnedStrip *pinnedStrip() const { return m_pinned; }
    NewEntriesMarker *newEntriesMarker() const { return m_marker; }
    QAction *editAction() const { return m_editAction; }
    QAction *pinAction() const { return m_pinAction; }
    QAction *historyAction() const { return m_historyAction; }

    QPushButton *conflictsButton() const { return m_conflicts; }

signals:
    void message(const QString &text);
    // The person asked for the conflicts of this incident (the button beside the header,
    // shown only when there are some: a losing value is never hidden).
    void conflictsRequested(const QUuid &incidentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void updateHeader();
    void updateActions();
    void showPinned(const QUuid &entryId);
    QUuid currentEntry() const;
    void editCurrent();
    void togglePin();
    void showHistory();

    Store *m_store;
    QUuid m_incidentId;
    TimelineModel *m_model;
    QLabel *m_header;
    QPushButton *m_conflicts;
    TimelineFilterBar *m_filters;
    PinnedStrip *m_pinned;
    TimelineView *m_view;
    YieldingColumns *m_narrowColumns;
    NewEntriesMarker *m_marker = nullptr;
    EntryBox *m_entry;
    QString m_refusal;
    QAction *m_editAction = nullptr;
    QAction *m_pinAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace Sitrep
