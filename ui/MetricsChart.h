#pragma once

#include "metrics/Metrics.h"

#include <QChartView>
#include <QHash>
#include <QWidget>

#include <functional>

class QComboBox;
class QValueAxis;
class QHBoxLayout;
class QLabel;

namespace Sitrep {

// How the dashboard names its groups: teams and services by name, "No team" for none.
struct MetricsNames {
    QHash<QString, QString> teams;    // Metrics::keyOf(id) → name
    QHash<QString, QString> services; // Metrics::keyOf(id) → name
    QString label(MetricsDimension dimension, const QString &key) const;
};

// One chart of the metrics dashboard; MetricsWindow shows each in a tab. Adding a chart is
// a subclass and one line in MetricsWindow: it draws a dashboard, tells what was chosen on
// it (figureSelected), and gives its data as CSV.
//
// Every chart is a row of categories (groups, weeks) that the keyboard walks too: Left and
// Right move between them and say what the highlighted one holds, Enter selects it, as a
// click on its bar does.
class MetricsChart : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsChart(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual void setDashboard(const MetricsDashboard &dashboard, const MetricsNames &names) = 0;
    // The figures drawn, one row per category, with a header row.
    virtual QString csv() const = 0;

    QChartView *view() const { return m_view; }
    QChart *chart() const { return m_view->chart(); }
    bool savePng(const QString &path) const;
    // The highlighted category (keyboard), -1 when none.
    int currentCategory() const { return m_current; }
    QString describe() const;

signals:
    void figureSelected(const Sitrep::MetricsSelection &selection);

protected:
    virtual int categoryCount() const = 0;
    // What one category holds, in words (the keyboard's readout and the hover's tooltip).
    virtual QString describeCategory(int category) const = 0;
    virtual MetricsSelection selectionOf(int category) const = 0;

    // Subclasses put their controls in a row above the chart.
    void addControl(QWidget *control);
    // The choice between time to acknowledge (index 0) and time to resolve (1), as a control;
    // changing it calls changed.
    QComboBox *addMeasureChoice(const char *objectName, const QString &accessibleName,
                                const std::function<void()> &changed);
    // Before a redraw: no series, no axes.
    void clearChart();
    // The vertical axis of durations, up to a little above highest.
    QValueAxis *minutesAxis(double highest);
    // A CSV field: quoted, quotes doubled.
    static QString csvText(const QString &text);
    // After a redraw: the readout and the dark or light chart theme.
    void chartRedrawn();
    void showTip(const QString &text);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void moveCurrent(int by);
    void applyTheme();

    QWidget *m_controls;
    QHBoxLayout *m_controlsRow;
    QChartView *m_view;
    QLabel *m_readout;
    int m_current = -1;
};

// Minutes as people read them: "42 min", "3.5 h", "2.1 d".
QString formatMinutes(double minutes);

} // namespace Sitrep
