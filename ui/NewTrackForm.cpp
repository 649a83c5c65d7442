#include "NewTrackForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>

namespace Sitrep {

NewTrackForm::NewTrackForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_hypothesis(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
{
    setObjectName(QStringLiteral("addTrackForm"));
    m_name->setObjectName(QStringLiteral("newTrackName"));
    m_name->setAccessibleName(tr("New track name"));
    m_name->setPlaceholderText(tr("Track name, e.g. network"));
    m_name->setToolTip(tr("Name of the new track — Enter adds, Escape cancels"));
    m_owner->setObjectName(QStringLiteral("newTrackOwner"));
    m_owner->setAccessibleName(tr("New track owner"));
    m_owner->setToolTip(tr("Who owns the new track (optional)"));
    letOwnersGiveWay(m_owner);
    m_hypothesis->setObjectName(QStringLiteral("newTrackHypothesis"));
    m_hypothesis->setAccessibleName(tr("New track hypothesis"));
    m_hypothesis->setPlaceholderText(tr("First hypothesis (optional)"));
    m_hypothesis->setToolTip(tr("What the track sets out to test — Enter adds, Escape cancels"));
    m_add->setObjectName(QStringLiteral("createTrack"));
    m_add->setAccessibleName(tr("Add the new track"));
    m_add->setToolTip(tr("Add the track (Enter)"));

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 2);
    nameRow->addWidget(m_owner, 1);
    layout->addRow(tr("Name, owner"), nameRow);
    auto *hypothesisRow = new QHBoxLayout;
    hypothesisRow->addWidget(m_hypothesis, 1);
    hypothesisRow->addWidget(m_add);
    layout->addRow(tr("Hypothesis"), hypothesisRow);
    setTabOrder(m_name, m_owner);
    setTabOrder(m_owner, m_hypothesis);
    setTabOrder(m_hypothesis, m_add);
    setPeople({});

    connect(m_name, &QLineEdit::returnPressed, this, &NewTrackForm::submitted);
    connect(m_hypothesis, &QLineEdit::returnPressed, this, &NewTrackForm::submitted);
    connect(m_add, &QPushButton::clicked, this, &NewTrackForm::submitted);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &NewTrackForm::cancelled);
}

void NewTrackForm::setPeople(const QList<Person> &people)
{
    fillOwners(m_owner, people);
}

void NewTrackForm::letOwnersGiveWay(QComboBox *owners)
{
    owners->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    owners->setMinimumContentsLength(6);
}

void NewTrackForm::fillOwners(QComboBox *owners, const QList<Person> &people)
{
    // Refilled when the directory changes: whoever was chosen stays chosen.
    const QUuid chosen = owners->currentData().toUuid();
    owners->clear();
    owners->addItem(tr("No owner"), QUuid());
    for (const Person &person : people)
        owners->addItem(person.name, person.id);
    owners->setCurrentIndex(std::max(0, owners->findData(chosen)));
}

Track NewTrackForm::track(const QUuid &incidentId) const
{
    Track track;
    track.incidentId = incidentId;
    track.name = m_name->text().trimmed();
    track.ownerId = m_owner->currentData().toUuid();
    track.hypothesis = m_hypothesis->text().trimmed();
    return track;
}

void NewTrackForm::clear()
{
    m_name->clear();
    m_hypothesis->clear();
    m_owner->setCurrentIndex(0);
}

void NewTrackForm::focusName()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Sitrep
