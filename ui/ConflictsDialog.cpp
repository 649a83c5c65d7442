#include "ConflictsDialog.h"

#include "rules/Labels.h"
#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Sitrep {

namespace {

QTreeWidget *makeList(const QStringList &headers, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setAccessibleName(accessibleName);
    list->header()->setStretchLastSection(true);
    return list;
}

QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

ConflictsDialog::ConflictsDialog(Store *store, const QUuid &incidentId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_incidentId(incidentId)
{
    setWindowTitle(incidentId.isNull() ? tr("Conflicts and refused changes")
                                       : tr("Conflicts and refused changes: %1").arg(incidentTitle(incidentId)));
    auto *intro = new QLabel(tr("Nothing here was thrown away: where two people changed the same field, the "
                                "later change was kept and the other value is shown beside it. Changes the "
                                "server refused stay on this console, marked."),
                             this);
    intro->setWordWrap(true);
    m_conflicts = makeList({tr("Incident"), tr("Field"), tr("Kept"), tr("Lost"), tr("When")}, tr("Conflicts"), this);
    m_refused = makeList({tr("Incident"), tr("Change"), tr("Why the server refused it"), tr("When")},
                         tr("Refused changes"), this);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_conflicts, tr("&Conflicts"));
    tabs->addTab(m_refused, tr("&Refused"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(760, 420);
    connect(m_store, &Store::conflictsChanged, this, &ConflictsDialog::reload);
    connect(m_store, &Store::rejectedOpsChanged, this, &ConflictsDialog::reload);
    reload();
    m_conflicts->setFocus();
}

QString ConflictsDialog::incidentTitle(const QUuid &id) const
{
    const std::optional<Incident> incident = m_store->incident(id);
    return incident ? incident->title : tr("(an incident not on this console)");
}

void ConflictsDialog::reload()
{
    m_conflicts->clear();
    for (const ConflictRecord &conflict : m_store->conflicts(m_incidentId)) {
        auto *item = new QTreeWidgetItem(m_conflicts);
        item->setText(0, incidentTitle(conflict.incidentId));
        item->setText(1, Labels::incidentField(conflict.field));
        item->setText(2, Labels::fieldValue(conflict.winning));
        item->setText(3, Labels::fieldValue(conflict.losing));
        item->setText(4, localTime(conflict.at));
    }
    m_refused->clear();
    for (const RejectedOp &op : m_store->rejectedOps()) {
        if (!m_incidentId.isNull() && op.incidentId != m_incidentId)
            continue;
        auto *item = new QTreeWidgetItem(m_refused);
        item->setText(0, incidentTitle(op.incidentId));
        item->setText(1, Labels::opType(op.type));
        item->setText(2, op.error);
        item->setText(3, localTime(op.rejectedAt));
    }
    for (QTreeWidget *list : {m_conflicts, m_refused}) {
        for (int column = 0; column < list->columnCount() - 1; ++column)
            list->resizeColumnToContents(column);
    }
}

} // namespace Sitrep
