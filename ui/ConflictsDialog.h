#pragma once

#include <QDialog>
#include <QUuid>

class QTreeWidget;

namespace Sitrep {

class Store;

// What sync did not settle quietly, so that nothing is silently lost: the conflicts the
// server recorded (a field two people changed; the value that lost is shown beside the
// one kept) and the changes the server refused (with its reason). Read-only; it follows
// the store while open.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    // incidentId: only that incident's (null: all of them).
    ConflictsDialog(Store *store, const QUuid &incidentId = {}, QWidget *parent = nullptr);

private:
    void reload();
    QString incidentTitle(const QUuid &id) const;

    Store *m_store;
    QUuid m_incidentId;
    QTreeWidget *m_conflicts;
    QTreeWidget *m_refused;
};

} // namespace Sitrep
