#pragma once

#include <QDialog>
#include <QUuid>

class QTableWidget;

namespace Sitrep {

class Store;

// The revisions of one timeline entry, oldest first, with who wrote each and when; the
// current text is the last row. Non-modal: the timeline stays usable beside it, and it
// follows later edits of the entry while open.
class EntryHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    EntryHistoryDialog(Store *store, const QUuid &entryId, QWidget *parent = nullptr);

    QUuid entryId() const { return m_entryId; }
    QTableWidget *table() const { return m_table; }

private:
    void reload();

    Store *m_store;
    QUuid m_entryId;
    QTableWidget *m_table;
};

} // namespace Sitrep
