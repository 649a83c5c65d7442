#pragma once

#include "model/Severity.h"

#include <QComboBox>

namespace Sitrep {

// The severity chooser: the taxonomy's levels as "SEV1 — Critical" beside a colour swatch
// (text and colour, never colour alone), each with its criteria as tooltip.
//
// The severity changes only when a level is picked from the open list (Space, Alt+Down,
// the arrow keys or a click open it): a stray wheel turn, arrow key or typed letter on
// the closed box would otherwise rewrite an incident's severity, and tell the whole
// team, without anyone meaning to.
class SeverityBox : public QComboBox
{
    Q_OBJECT
public:
    explicit SeverityBox(QWidget *parent = nullptr);

    // Refills the list only when the taxonomy differs from the one shown; follow it with
    // setSeverity (a refill forgets which level was shown).
    void setTaxonomy(const SeverityTaxonomy &taxonomy);
    // Shows a stored value without emitting anything; a key the taxonomy no longer has
    // still shows as what it is.
    void setSeverity(const QString &key);
    QString severity() const { return keyAt(currentIndex()); }
    QString keyAt(int index) const;
    QString criteriaAt(int index) const;
    // Why this person may not change the severity (ConsolePermissions), shown in the
    // tooltip; empty when they may. The caller enables or disables the box.
    void setRefusal(const QString &why);

    void hidePopup() override;

signals:
    void severityChosen(const QString &key);
    // The criteria to show beside the box: of the highlighted level while the list is
    // open (so a keyboard user reads them too), of the current level otherwise.
    void criteriaShown(const QString &criteria);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateToolTip();

    SeverityTaxonomy m_taxonomy;
    QString m_refusal;
};

} // namespace Sitrep
