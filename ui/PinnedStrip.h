#pragma once

#include <QUuid>
#include <QWidget>

class QListWidget;
class QTimer;
class QToolButton;

namespace Sitrep {

class Store;

// "Pinned (3)" above the timeline: a toggle that opens a short list of the incident's
// pinned entries (Store::pinnedEntries, a partial index: cheap however long the
// timeline). A long incident may pin thousands; the list holds the newest MaxListed and
// says so, the toggle counts them all. Activating one (click, Enter) asks the pane to
// scroll to it.
class PinnedStrip : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxListed = 100;

    explicit PinnedStrip(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    int count() const;

    QToolButton *toggle() const { return m_toggle; }
    QListWidget *list() const { return m_list; }

signals:
    void entryActivated(const QUuid &entryId);

private:
    void reload();

    Store *m_store;
    QUuid m_incidentId;
    QToolButton *m_toggle;
    QListWidget *m_list;
    QTimer *m_reloadSoon; // coalesces a sync page's many entryChanged into one reload
    QList<QPair<QUuid, QString>> m_shown; // what the list shows, to skip needless refills
};

} // namespace Sitrep
