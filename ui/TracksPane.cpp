#include "TracksPane.h"

#include "CompactTable.h"
#include "NewTrackForm.h"
#include "RuledOutModel.h"
#include "TracksModel.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Sitrep {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessible, const QString &tip)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setToolTip(tip);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

TracksPane::TracksPane(Store *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_model(new TracksModel(store, this))
    , m_ruledOutModel(new RuledOutModel(m_model, this))
    , m_openAdd(new QPushButton(tr("+ Add track"), this))
    , m_addForm(new NewTrackForm(this))
    , m_view(new QTableView(this))
    , m_ruledOutLabel(new QLabel(this))
    , m_ruledOutView(new QTableView(this))
    , m_editorTitle(new QLabel(this))
{
    m_openAdd->setObjectName(QStringLiteral("openAddTrack"));
    m_openAdd->setAccessibleName(tr("Add a track"));
    m_openAdd->setToolTip(tr("Start a new troubleshooting track (Insert)"));
    m_openAdd->setStatusTip(m_openAdd->toolTip()); // what setRefusal() puts back
    m_addForm->hide();
    connect(m_addForm, &NewTrackForm::submitted, this, &TracksPane::addTrack);
    connect(m_addForm, &NewTrackForm::cancelled, this, &TracksPane::closeAddForm);

    m_view->setObjectName(QStringLiteral("tracks"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Tracks"));
    setUpCompactTable(m_view);
    const QFontMetrics metrics = fontMetrics();
    sizeColumnFor(m_view, TracksModel::NameColumn, QStringLiteral("application"), 16);
    sizeColumnFor(m_view, TracksModel::OwnerColumn, QStringLiteral("Alice Rivera"), 12);
    sizeColumnFor(m_view, TracksModel::StatusColumn, QStringLiteral("✓ Confirmed"), 16);

    m_ruledOutLabel->setObjectName(QStringLiteral("ruledOutLabel"));
    m_ruledOutView->setObjectName(QStringLiteral("ruledOut"));
    m_ruledOutView->setModel(m_ruledOutModel);
    m_ruledOutView->setAccessibleName(tr("Ruled out by every track"));
    m_ruledOutView->setToolTip(tr("What any track ruled out: check here before testing a hypothesis"));
    setUpCompactTable(m_ruledOutView);
    m_ruledOutView->horizontalHeader()->resizeSection(RuledOutModel::FindingColumn,
                                                      metrics.horizontalAdvance(QLatin1Char('M')) * 16);
    m_ruledOutLabel->setBuddy(m_ruledOutView);
    buildEditor();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_openAdd, 0, Qt::AlignLeft);
    layout->addWidget(m_addForm);
    layout->addWidget(m_view, 2);
    layout->addWidget(m_ruledOutLabel);
    layout->addWidget(m_ruledOutView, 1);
    layout->addWidget(m_editorTitle);
    auto *editor = new QFormLayout;
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addRow(tr("Hypothesis"), m_hypothesis);
    auto *ownerStatus = new QHBoxLayout;
    ownerStatus->addWidget(m_owner, 1);
    ownerStatus->addWidget(m_status);
    editor->addRow(tr("Owner, status"), ownerStatus);
    editor->addRow(tr("Rule out"), m_finding);
    layout->addLayout(editor);

    // Tab follows creation order, which is the reading order: add, the new-track form,
    // the tracks, what they ruled out, then the selected track's controls.

    auto *insert = new QShortcut(QKeySequence(Qt::Key_Insert), this);
    insert->setContext(Qt::WidgetWithChildrenShortcut);
    connect(insert, &QShortcut::activated, this, &TracksPane::openAddForm);
    auto *edit = new QShortcut(QKeySequence(Qt::Key_F2), m_view);
    edit->setContext(Qt::WidgetShortcut);
    connect(edit, &QShortcut::activated, this, [this] {
        if (m_hypothesis->isEnabled())
            m_hypothesis->setFocus(Qt::ShortcutFocusReason);
    });

    connect(m_openAdd, &QPushButton::clicked, this, &TracksPane::openAddForm);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { updateEditor(true); });
    // A sync update of the shown track refreshes its controls; a reset (another incident)
    // or the removal of the shown row clears them.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateEditor(false); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateEditor(true); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { updateEditor(false); });
    const auto countRuledOut = [this] {
        //: Title of the list of every track's ruled-out findings
        m_ruledOutLabel->setText(tr("Ruled out by every track (%1)").arg(m_ruledOutModel->rowCount()));
    };
    connect(m_ruledOutModel, &QAbstractItemModel::rowsInserted, this, countRuledOut);
    connect(m_ruledOutModel, &QAbstractItemModel::rowsRemoved, this, countRuledOut);
    connect(m_ruledOutModel, &QAbstractItemModel::modelReset, this, countRuledOut);
    connect(m_store, &Store::directoryChanged, this, &TracksPane::fillPeople);
    countRuledOut();
    fillPeople();
    updateEditor(true);
    setIncident({});
}

void TracksPane::buildEditor()
{
    m_editorTitle->setObjectName(QStringLiteral("selectedTrackTitle"));
    m_editorTitle->setTextFormat(Qt::PlainText);
    m_hypothesis = lineEdit(this, QStringLiteral("hypothesis"), tr("Hypothesis of the selected track"),
                            tr("The selected track's current hypothesis — Enter saves (F2 from the list)"));
    m_hypothesis->setPlaceholderText(tr("Current hypothesis"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setAccessibleName(tr("Owner of the selected track"));
    m_owner->setToolTip(tr("Who owns the selected track; saved when changed"));
    NewTrackForm::letOwnersGiveWay(m_owner);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status of the selected track"));
    m_status->setToolTip(tr("Status of the selected track; saved when changed"));
    for (int i = 0; i < enumCount<TrackStatus>(); ++i)
        m_status->addItem(TracksModel::statusText(TrackStatus(i)), i);
    m_finding = lineEdit(this, QStringLiteral("finding"), tr("Rule out for the selected track"),
                         tr("Something the selected track ruled out — Enter adds it to the list every track sees"));
    m_finding->setPlaceholderText(tr("Ruled out, e.g. DNS"));
    for (QWidget *control : std::initializer_list<QWidget *>{m_hypothesis, m_owner, m_status, m_finding})
        control->setStatusTip(control->toolTip()); // what updateEditor() puts back

    connect(m_hypothesis, &QLineEdit::returnPressed, this, &TracksPane::saveHypothesis);
    // activated, not currentIndexChanged: only a person's choice saves, never our refresh.
    connect(m_owner, &QComboBox::activated, this, &TracksPane::saveOwner);
    connect(m_status, &QComboBox::activated, this, &TracksPane::saveStatus);
    connect(m_finding, &QLineEdit::returnPressed, this, &TracksPane::addFinding);
}

void TracksPane::fillPeople()
{
    const QList<Person> people = m_store->people();
    m_addForm->setPeople(people);
    NewTrackForm::fillOwners(m_owner, people);
}

void TracksPane::setIncident(const QUuid &incidentId)
{
    m_incidentId = incidentId;
    m_model->setIncident(incidentId);
    m_openAdd->setEnabled(!incidentId.isNull() && m_refusal.isEmpty());
    if (incidentId.isNull())
        closeAddForm();
}

void TracksPane::setRefusal(const QString &why)
{
    m_refusal = why;
    m_openAdd->setEnabled(!m_incidentId.isNull() && why.isEmpty());
    m_openAdd->setToolTip(why.isEmpty() ? m_openAdd->statusTip() : why);
    if (!why.isEmpty())
        closeAddForm();
    updateEditor(false);
}

QUuid TracksPane::selectedTrack() const
{
    return m_model->index(m_view->currentIndex().row(), 0).data(TracksModel::IdRole).toUuid();
}

void TracksPane::openAddForm()
{
    if (m_incidentId.isNull())
        return;
    if (!m_refusal.isEmpty()) {
        emit message(m_refusal);
        return;
    }
    m_addForm->show();
    m_addForm->focusName();
}

void TracksPane::closeAddForm()
{
    const bool hadFocus = m_addForm->isAncestorOf(focusWidget());
    m_addForm->hide();
    m_addForm->clear();
    if (hadFocus)
        m_view->setFocus(Qt::OtherFocusReason);
}

void TracksPane::addTrack()
{
    if (m_incidentId.isNull())
        return;
    const CommandResult result = m_store->upsertTrack(m_addForm->track(m_incidentId));
    if (!result) {
        emit message(result.error); // what was typed stays for another try
        return;
    }
    closeAddForm();
    // The new track is what the person works on next.
    const int row = m_model->rowOf(result.id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, TracksModel::NameColumn));
    m_view->setFocus(Qt::OtherFocusReason);
}

void TracksPane::updateEditor(bool selectionChanged)
{
    const std::optional<Track> track = m_model->trackAt(m_model->rowOf(selectedTrack()));
    const bool switched = selectionChanged || !track || track->id != m_editing;
    m_editing = track ? track->id : QUuid();
    const QList<QWidget *> controls{m_hypothesis, m_owner, m_status, m_finding};
    for (QWidget *control : controls) {
        control->setEnabled(track.has_value() && m_refusal.isEmpty());
        control->setToolTip(m_refusal.isEmpty() ? control->statusTip() : m_refusal);
    }
    if (!track) {
        m_editorTitle->setText(tr("Select a track to edit it"));
        m_hypothesis->clear();
        m_finding->clear();
        return;
    }
    //: Above the controls of the selected track
    m_editorTitle->setText(tr("Track %1").arg(track->name));
    // What someone is typing is theirs: a sync update of the same track does not replace it.
    if (switched || !m_hypothesis->isModified()) {
        m_hypothesis->setText(track->hypothesis);
        m_hypothesis->setModified(false);
    }
    if (switched)
        m_finding->clear();
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(track->ownerId)));
    m_status->setCurrentIndex(m_status->findData(int(track->status)));
}

bool TracksPane::save(const Track &track)
{
    const CommandResult result = m_store->upsertTrack(track);
    if (!result) {
        emit message(result.error);
        updateEditor(false); // the controls show what is stored again
        return false;
    }
    return true;
}

void TracksPane::saveHypothesis()
{
    std::optional<Track> track = m_model->trackAt(m_model->rowOf(m_editing));
    if (!track)
        return;
    track->hypothesis = m_hypothesis->text().trimmed();
    m_hypothesis->setModified(false);
    save(*track);
}

void TracksPane::saveOwner()
{
    std::optional<Track> track = m_model->trackAt(m_model->rowOf(m_editing));
    if (!track)
        return;
    track->ownerId = m_owner->currentData().toUuid();
    save(*track);
}

void TracksPane::saveStatus()
{
    std::optional<Track> track = m_model->trackAt(m_model->rowOf(m_editing));
    if (!track)
        return;
    track->status = TrackStatus(m_status->currentData().toInt());
    save(*track);
}

void TracksPane::addFinding()
{
    std::optional<Track> track = m_model->trackAt(m_model->rowOf(m_editing));
    const QString finding = m_finding->text().trimmed();
    if (!track || finding.isEmpty())
        return;
    // The point of the shared list: a diagnosis is made once.
    const QUuid already = m_ruledOutModel->trackThatRuledOut(finding);
    if (!already.isNull()) {
        const std::optional<Track> by = m_model->trackAt(m_model->rowOf(already));
        emit message(tr("“%1” is already ruled out by track %2.").arg(finding, by ? by->name : QString()));
        return;
    }
    track->ruledOut.append(finding);
    if (save(*track))
        m_finding->clear();
}

QList<ShortcutSheet::Row> TracksPane::keyHelp()
{
    const QString area = tr("Tracks");
    return {
        {area, tr("Add a track"), tr("Insert")},
        {area, tr("Edit the hypothesis of the selected track"), tr("F2")},
        {area, tr("Save the line being edited"), tr("Enter")},
    };
}

} // namespace Sitrep
