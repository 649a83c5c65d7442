#include "PinnedStrip.h"

#include "rules/Labels.h"
#include "store/Store.h"

#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Sitrep {

PinnedStrip::PinnedStrip(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_toggle(new QToolButton(this))
    , m_list(new QListWidget(this))
    , m_reloadSoon(new QTimer(this))
{
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggle->setAccessibleName(tr("Pinned entries"));
    m_toggle->setToolTip(tr("Show the pinned entries; pin the selected entry with Ctrl+P"));
    m_list->setAccessibleName(tr("Pinned entries list"));
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_list);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool open) {
        m_list->setVisible(open && m_list->count() > 0);
        if (open && m_list->count() > 0) {
            if (m_list->currentRow() < 0)
                m_list->setCurrentRow(0);
            m_list->setFocus(Qt::OtherFocusReason);
        }
    });
    const auto activate = [this](QListWidgetItem *item) {
        if (item)
            emit entryActivated(item->data(Qt::UserRole).toUuid());
    };
    connect(m_list, &QListWidget::itemClicked, this, activate);
    connect(m_list, &QListWidget::itemActivated, this, activate);
    // Pins change by entryChanged; a batch (import, catching up) may bring pinned ones. A
    // sync page signals every entry it changed: the list is read again once, on the next
    // turn of the event loop, not once per entry.
    m_reloadSoon->setSingleShot(true);
    m_reloadSoon->setInterval(0);
    connect(m_reloadSoon, &QTimer::timeout, this, &PinnedStrip::reload);
    connect(m_store, &Store::entryChanged, this, [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            m_reloadSoon->start();
    });
    connect(m_store, &Store::entriesAdded, this, [this](const QUuid &incidentId, const QList<QUuid> &entryIds) {
        if (incidentId == m_incidentId && m_store->anyPinned(entryIds))
            m_reloadSoon->start();
    });
    reload();
}

void PinnedStrip::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_reloadSoon->stop();
    reload();
}

int PinnedStrip::count() const
{
    return m_list->count();
}

void PinnedStrip::reload()
{
    const QList<TimelineEntry> pinned =
        m_incidentId.isNull() ? QList<TimelineEntry>() : m_store->pinnedEntries(m_incidentId, MaxListed);
    const int total = m_incidentId.isNull() ? 0 : m_store->pinnedCount(m_incidentId);
    QList<QPair<QUuid, QString>> shown;
    shown.reserve(pinned.size());
    for (const TimelineEntry &entry : pinned) {
        //: A pinned entry: local time, kind, text
        shown.append({entry.id, tr("%1  %2  %3")
                                    .arg(QLocale().toString(entry.occurredAt.toLocalTime().time(), QStringLiteral("HH:mm:ss")),
                                         Labels::kind(entry.kind).toUpper(), entry.body)});
    }
    //: The toggle above the timeline; the star marks pinned entries in the timeline too
    m_toggle->setText(tr("★ Pinned (%1)").arg(total));
    m_toggle->setEnabled(!shown.isEmpty());
    m_list->setAccessibleDescription(total > shown.size() ? tr("The newest %1 of %2 pinned entries").arg(shown.size()).arg(total)
                                                          : QString());
    m_list->setToolTip(m_list->accessibleDescription());
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_list->clear();
    for (const auto &[id, text] : std::as_const(shown)) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, id);
        item->setToolTip(text);
    }
    const int rows = int(std::min<qsizetype>(shown.size(), 4));
    m_list->setFixedHeight(rows * m_list->fontMetrics().height() + rows * 6 + 2 * m_list->frameWidth());
    m_list->setVisible(m_toggle->isChecked() && !shown.isEmpty());
}

} // namespace Sitrep
