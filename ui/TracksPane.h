#pragma once

#include "model/Track.h"

#include "ShortcutSheet.h"

#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Sitrep {

class NewTrackForm;
class RuledOutModel;
class Store;
class TracksModel;

// The incident's troubleshooting tracks (owner, status, hypothesis), the findings every
// track ruled out, always in view under them, and the controls to add a track and to
// edit the selected one. Every change is one Store::upsertTrack of the whole track, so
// fields this pane does not show (team, creation time) are kept; what the store refuses
// is reported through message() and changes nothing.
//
// Keys: Insert opens the new-track form (Escape closes it), F2 on the list goes to the
// selected track's hypothesis; Enter saves a line, the combo boxes save when changed.
class TracksPane : public QWidget
{
    Q_OBJECT
public:
    // The keys this pane understands, for the shortcut sheet (F1).
    static QList<ShortcutSheet::Row> keyHelp();

    explicit TracksPane(Store *store, QWidget *parent = nullptr);

    void setIncident(const QUuid &incidentId);
    QUuid incident() const { return m_incidentId; }
    // Why nothing may be changed here (ConsolePermissions::readOnlyReason): adding tracks
    // and the selected track's controls are off; the tracks and findings still read.
    void setRefusal(const QString &why);

    TracksModel *tracksModel() const { return m_model; }
    RuledOutModel *ruledOutModel() const { return m_ruledOutModel; }
    QTableView *tracksView() const { return m_view; }
    QTableView *ruledOutView() const { return m_ruledOutView; }
    // The track whose controls are shown (the current row), or a null id.
    QUuid selectedTrack() const;

signals:
    void message(const QString &text);

private:
    void buildEditor();
    void fillPeople();
    void openAddForm();
    void closeAddForm();
    void addTrack();
    void updateEditor(bool selectionChanged);
    bool save(const Track &track);
    void saveHypothesis();
    void saveOwner();
    void saveStatus();
    void addFinding();

    Store *m_store;
    QUuid m_incidentId;
    QString m_refusal;
    QUuid m_editing; // the track the editor shows
    TracksModel *m_model;
    RuledOutModel *m_ruledOutModel;

    QPushButton *m_openAdd;
    NewTrackForm *m_addForm;

    QTableView *m_view;
    QLabel *m_ruledOutLabel;
    QTableView *m_ruledOutView;

    QLabel *m_editorTitle;
    QLineEdit *m_hypothesis;
    QComboBox *m_owner;
    QComboBox *m_status;
    QLineEdit *m_finding;
};

} // namespace Sitrep
