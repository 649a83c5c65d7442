#pragma once

#include "model/Directory.h"
#include "model/Track.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Sitrep {

// The few fields a new track starts with: a name, an owner from the directory (optional)
// and a first hypothesis (optional). Enter in a line or the Add button submits, Escape
// cancels; the pane that shows it does the storing, so a refused track keeps its text.
class NewTrackForm : public QWidget
{
    Q_OBJECT
public:
    explicit NewTrackForm(QWidget *parent = nullptr);

    void setPeople(const QList<Person> &people);
    // An owner list: "No owner" and the directory's people (the track editor's too).
    static void fillOwners(QComboBox *owners, const QList<Person> &people);
    // An owner box that gives way in a narrow dock: it asks for a few characters at least
    // and takes what its row leaves; a long name is cut in the box, whole in its list.
    // Sized to the longest name, the German tracks pane pushed the window past a laptop's
    // 1280 px.
    static void letOwnersGiveWay(QComboBox *owners);
    // A track of the incident with what was typed; the store fills in id and time.
    Track track(const QUuid &incidentId) const;
    void clear();
    void focusName();

    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *addButton() const { return m_add; }

signals:
    void submitted();
    void cancelled();

private:
    QLineEdit *m_name;
    QComboBox *m_owner;
    QLineEdit *m_hypothesis;
    QPushButton *m_add;
};

} // namespace Sitrep
