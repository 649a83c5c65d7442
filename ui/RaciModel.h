#pragma once

#include "model/RaciMatrix.h"

#include <QAbstractTableModel>
#include <QUuid>

namespace Sitrep {

class Store;

// The current incident's RACI matrix as a table: a row per activity, a column per role
// (headed by its label), each cell its letter. Edits change a working copy and are saved
// (one Store::editIncident) as soon as the matrix keeps the rule — exactly one
// Accountable per activity. Until then the copy stays here, unsaved, and the rows that
// break the rule are flagged in the vertical header (icon, tooltip, Qt::UserRole true).
// A change from another console shows at once unless this copy has unsaved edits.
class RaciModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RaciModel(Store *store, QObject *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    const RaciMatrix &matrix() const { return m_matrix; }
    QString severity() const { return m_severity; }
    // Edits the store does not have yet (the matrix breaks the rule, or the store refused).
    bool isDirty() const { return m_dirty; }

    // Each returns "" when done (and saved when the matrix is whole), or why not, for a person.
    // A second A in an activity is refused; the cell keeps its letter.
    QString setCell(int row, int column, Raci value);
    // The next letter of the cycle R → A → C → I → empty → R.
    QString cycleCell(int row, int column);
    QString addActivity(const QString &name);
    QString removeActivity(int row);
    QString resetToDefault(); // RaciMatrix::defaultFor the incident's severity

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The matrix was saved, or is waiting (problem() says why), after any change.
    void stateChanged();

private:
    void reload();
    QString commit(); // saves when whole; "" when saved or waiting for the rule

    Store *m_store;
    QUuid m_incidentId;
    QString m_severity;
    RaciMatrix m_matrix;
    bool m_dirty = false;
};

} // namespace Sitrep
