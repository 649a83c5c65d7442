#include "TimelineFilterBar.h"

#include "KindLook.h"
#include "LazyControls.h"
#include "rules/Labels.h"
#include "store/Store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace Sitrep {

TimelineFilterBar::TimelineFilterBar(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_kinds(new QToolButton(this))
    , m_kindsMenu(new QMenu(this))
    , m_author(new QComboBox(this))
    , m_track(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_clear(new QToolButton(this))
{
    m_kinds->setText(tr("Filters"));
    m_kinds->setAccessibleName(tr("Filter by kind"));
    m_kinds->setToolTip(tr("Show only entries of the checked kinds"));
    m_kinds->setPopupMode(QToolButton::InstantPopup);
    m_kinds->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_kinds->setMenu(m_kindsMenu);
    for (EntryKind kind : KindLook::allKinds()) {
        QAction *action = m_kindsMenu->addAction(KindLook::nameText(kind));
        action->setCheckable(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, &TimelineFilterBar::changed);
    }

    m_author->setAccessibleName(tr("Filter by author"));
    fitContentsAfterFirstPaint(m_author);
    m_track->setAccessibleName(tr("Filter by track"));
    fitContentsAfterFirstPaint(m_track);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Active filters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every entry again (Ctrl+Shift+X)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kinds);
    layout->addWidget(m_author);
    layout->addWidget(m_track);
    layout->addWidget(m_summary);
    layout->addWidget(m_clear);
    layout->addStretch(1); // the boxes keep their size when the summary is hidden

    connect(m_author, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::changed);
    connect(m_track, &QComboBox::currentIndexChanged, this, &TimelineFilterBar::changed);
    connect(m_clear, &QToolButton::clicked, this, &TimelineFilterBar::clear);
    connect(m_store, &Store::directoryChanged, this, &TimelineFilterBar::loadPeople);
    connect(m_store, &Store::tracksChanged, this, [this](const QUuid &incidentId) {
        if (incidentId == m_incidentId)
            loadTracks();
    });
    loadPeople();
    loadTracks();
    changed();
}

void TimelineFilterBar::setIncident(const QUuid &incidentId)
{
    m_quiet = true;
    m_incidentId = incidentId;
    loadTracks();
    m_quiet = false;
    clear();
}

TimelineFilter TimelineFilterBar::filter() const
{
    TimelineFilter filter;
    const QList<QAction *> actions = m_kindsMenu->actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            filter.kinds.append(EntryKind(action->data().toInt()));
    }
    filter.author = m_author->currentData().toUuid();
    filter.track = m_track->currentData().toUuid();
    return filter;
}

void TimelineFilterBar::clear()
{
    m_quiet = true;
    const QList<QAction *> actions = m_kindsMenu->actions();
    for (QAction *action : actions)
        action->setChecked(false);
    m_author->setCurrentIndex(0);
    m_track->setCurrentIndex(0);
    m_quiet = false;
    changed();
}

QString TimelineFilterBar::summary() const
{
    return m_summary->text();
}

void TimelineFilterBar::loadPeople()
{
    const QUuid selected = m_author->currentData().toUuid();
    QList<Person> people = m_store->people();
    std::sort(people.begin(), people.end(), [](const Person &a, const Person &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_author->clear();
    m_author->addItem(tr("Any author"));
    for (const Person &person : std::as_const(people))
        m_author->addItem(person.name, person.id);
    m_author->setCurrentIndex(std::max(0, m_author->findData(selected)));
    m_quiet = wasQuiet;
}

void TimelineFilterBar::loadTracks()
{
    const QUuid selected = m_track->currentData().toUuid();
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_track->clear();
    m_track->addItem(tr("Any track"));
    if (!m_incidentId.isNull()) {
        const QList<Track> tracks = m_store->tracks(m_incidentId);
        for (const Track &track : tracks)
            m_track->addItem(track.name, track.id);
    }
    m_track->setCurrentIndex(std::max(0, m_track->findData(selected)));
    m_quiet = wasQuiet;
}

void TimelineFilterBar::changed()
{
    if (m_quiet)
        return;
    const TimelineFilter current = filter();
    QStringList parts;
    if (current.kinds.size() == 1)
        parts.append(tr("kind %1").arg(Labels::kind(current.kinds.first())));
    else if (!current.kinds.isEmpty())
        parts.append(tr("%n kinds", nullptr, int(current.kinds.size())));
    if (!current.author.isNull())
        parts.append(tr("author %1").arg(m_author->currentText()));
    if (!current.track.isNull())
        parts.append(tr("track %1").arg(m_track->currentText()));
    //: Above the timeline while filters hide entries; the parts are joined by " · "
    m_summary->setText(parts.isEmpty() ? QString() : tr("Filtered: %1").arg(parts.join(tr(" · "))));
    m_summary->setVisible(!parts.isEmpty());
    m_clear->setVisible(!parts.isEmpty());
    m_kinds->setText(current.kinds.isEmpty() ? tr("Filters") : tr("Filters (%1)").arg(current.kinds.size()));
    emit filterChanged(current);
}

} // namespace Sitrep
