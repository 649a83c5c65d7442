#pragma once

#include "metrics/Metrics.h"

#include <QWidget>

class QComboBox;

namespace Sitrep {

class Store;

// The dashboard's period (the last 7, 30, 90 or 365 days, ending tonight at midnight, local
// time) and its team, severity and service filters, from the console's directory.
class MetricsFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsFilterBar(const Store &store, QWidget *parent = nullptr);

    // The filter as chosen, its period ending at the midnight after `now` (local time).
    MetricsFilter filter(const QDateTime &now = QDateTime::currentDateTime()) const;
    QComboBox *periodBox() const { return m_period; }

signals:
    void changed();

private:
    QComboBox *m_period;
    QComboBox *m_team;
    QComboBox *m_severity;
    QComboBox *m_service;
};

} // namespace Sitrep
