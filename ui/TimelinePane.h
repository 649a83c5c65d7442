#pragma once

#include "ShortcutSheet.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sitrep {

class Store;
class TimelineModel;

// The centre column: the current incident's header line, its timeline, and the entry
// box that is always one keystroke away. Typed entries go to Store::addEntry; what goes
// wrong is reported through message() for the status bar, and the typed text is kept so
// nothing the scribe wrote is lost.
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
    // when the entry is not in this incident's timeline.
    bool showEntry(const QUuid &entryId);

    // The column widths the user chose, for the profile's settings.
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *entryEdit() const { return m_entry; }

    QPushButton *conflictsButton() const { return m_conflicts; }

signals:
    void message(const QString &text);
    // The person asked for the conflicts of this incident (the button beside the header,
    // shown only when there are some: a losing value is never hidden).
    void conflictsRequested(const QUuid &incidentId);

private:
    void submitEntry();
    void updateHeader();
    void keepPlaceOnInsert(int first);

    Store *m_store;
    QUuid m_incidentId;
    TimelineModel *m_model;
    QLabel *m_header;
    QPushButton *m_conflicts;
    QTableView *m_view;
    QLineEdit *m_entry;
    bool m_wasAtBottom = true;
};

} // namespace Sitrep
