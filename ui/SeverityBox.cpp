#include "SeverityBox.h"

#include "LazyControls.h"
#include "Theme.h"

#include <QKeyEvent>
#include <QPixmap>

namespace Sitrep {

namespace {
constexpr int CriteriaRole = Qt::UserRole + 1;
} // namespace

SeverityBox::SeverityBox(QWidget *parent)
    : QComboBox(parent)
{
    setAccessibleName(tr("Severity"));
    fitContentsAfterFirstPaint(this);
    connect(this, &QComboBox::activated, this, [this](int index) { emit severityChosen(keyAt(index)); });
    connect(this, &QComboBox::highlighted, this, [this](int index) { emit criteriaShown(criteriaAt(index)); });
}

void SeverityBox::setTaxonomy(const SeverityTaxonomy &taxonomy)
{
    if (taxonomy == m_taxonomy && count() > 0)
        return;
    m_taxonomy = taxonomy;
    const QSignalBlocker blocker(this);
    clear();
    const int side = fontMetrics().height() / 2 + 2;
    for (const SeverityLevel &stored : taxonomy.levels()) {
        const SeverityLevel level = stored.translated();
        QPixmap swatch(side, side);
        swatch.fill(Theme::severityColor(taxonomy.rank(level.key)));
        //: A severity level in the list: key — name, e.g. "SEV1 — Critical"
        addItem(QIcon(swatch), tr("%1 — %2").arg(level.key, level.name), level.key);
        setItemData(count() - 1, level.criteria, Qt::ToolTipRole);
        setItemData(count() - 1, level.criteria, CriteriaRole);
    }
}

void SeverityBox::setSeverity(const QString &key)
{
    int index = key.isEmpty() ? -1 : findData(key);
    {
        const QSignalBlocker blocker(this); // showing a stored value is no choice
        if (index < 0 && !key.isEmpty()) {
            addItem(key, key);
            index = count() - 1;
        }
        setCurrentIndex(index);
    }
    updateToolTip();
    emit criteriaShown(criteriaAt(index));
}

void SeverityBox::setRefusal(const QString &why)
{
    m_refusal = why;
    updateToolTip();
}

void SeverityBox::updateToolTip()
{
    const int index = currentIndex();
    QString tip = index < 0 ? QString()
              : m_refusal.isEmpty()
              ? tr("Severity %1: %2\nSpace or Alt+Down lists the levels with their criteria.").arg(itemText(index), criteriaAt(index))
              : tr("Severity %1: %2").arg(itemText(index), criteriaAt(index));
    if (!m_refusal.isEmpty())
        tip = tip.isEmpty() ? m_refusal : tip + QLatin1Char('\n') + m_refusal;
    setToolTip(tip);
}

QString SeverityBox::keyAt(int index) const
{
    return index < 0 ? QString() : itemData(index).toString();
}

QString SeverityBox::criteriaAt(int index) const
{
    return index < 0 ? QString() : itemData(index, CriteriaRole).toString();
}

void SeverityBox::hidePopup()
{
    QComboBox::hidePopup();
    emit criteriaShown(criteriaAt(currentIndex()));
}

void SeverityBox::wheelEvent(QWheelEvent *event)
{
    event->ignore();
}

void SeverityBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
    case Qt::Key_Home:
    case Qt::Key_End:
        showPopup();
        return;
    case Qt::Key_Space:
        break;
    default:
        // Letters would pick a level by keyboard search: leave them to shortcuts.
        if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
            event->ignore();
            return;
        }
    }
    QComboBox::keyPressEvent(event);
}

} // namespace Sitrep
