#pragma once

#include "Json.h"

#include <QList>
#include <QString>

namespace Sitrep {

// One level of the severity taxonomy. Teams configure their own; the default is SEV1–SEV4.
struct SeverityLevel {
    QString key;      // wire value on incidents, e.g. "SEV1"
    QString name;     // short label, e.g. "Critical"
    QString criteria; // when to pick this level, shown beside the choice
    bool operator==(const SeverityLevel &) const = default;

    // The level as a console shows it: the default levels' name and criteria in the UI's
    // language. The cache and the server keep the English texts (data every console
    // shares); a team's own levels have no translation and show as written.
    SeverityLevel translated() const;
};

// The ordered levels, most severe first.
class SeverityTaxonomy
{
public:
    SeverityTaxonomy() = default;
    explicit SeverityTaxonomy(QList<SeverityLevel> levels);

    static SeverityTaxonomy defaults();

    const QList<SeverityLevel> &levels() const { return m_levels; }
    bool contains(const QString &key) const { return rank(key) >= 0; }
    // 0 for the most severe level; -1 for a key not in the taxonomy.
    int rank(const QString &key) const;
    const SeverityLevel *level(const QString &key) const;

    QJsonArray toJson() const;
    static Decoded<SeverityTaxonomy> fromJson(const QJsonArray &array);

    bool operator==(const SeverityTaxonomy &) const = default;

private:
    QList<SeverityLevel> m_levels;
};

} // namespace Sitrep
