#include "Severity.h"

#include <QCoreApplication>
#include <QSet>

namespace Sitrep {

SeverityTaxonomy::SeverityTaxonomy(QList<SeverityLevel> levels)
    : m_levels(std::move(levels))
{
}

namespace {

// Marked for lupdate; translated where shown (SeverityLevel::translated).
const char *const TranslationContext = "Sitrep::SeverityTaxonomy";

} // namespace

SeverityLevel SeverityLevel::translated() const
{
    return {key, QCoreApplication::translate(TranslationContext, name.toUtf8().constData()),
            QCoreApplication::translate(TranslationContext, criteria.toUtf8().constData())};
}

SeverityTaxonomy SeverityTaxonomy::defaults()
{
    const auto text = [](const char *english) { return QString::fromUtf8(english); };
    return SeverityTaxonomy({
        {QStringLiteral("SEV1"), text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy", "Critical")),
         text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy",
                                "Customer-facing outage or data loss for many customers; security breach in progress; "
                                "revenue or safety at immediate risk."))},
        {QStringLiteral("SEV2"), text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy", "Major")),
         text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy",
                                "Significant degradation of a core service or an outage for a subset of customers; "
                                "no workaround."))},
        {QStringLiteral("SEV3"), text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy", "Minor")),
         text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy",
                                "Partial degradation with a workaround, or an internal service impaired."))},
        {QStringLiteral("SEV4"), text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy", "Low")),
         text(QT_TRANSLATE_NOOP("Sitrep::SeverityTaxonomy", "Cosmetic or low-impact issue; no customer impact expected."))},
    });
}

int SeverityTaxonomy::rank(const QString &key) const
{
    for (qsizetype i = 0; i < m_levels.size(); ++i) {
        if (m_levels.at(i).key == key)
            return int(i);
    }
    return -1;
}

const SeverityLevel *SeverityTaxonomy::level(const QString &key) const
{
    const int index = rank(key);
    return index < 0 ? nullptr : &m_levels.at(index);
}

QJsonArray SeverityTaxonomy::toJson() const
{
    QJsonArray array;
    for (const SeverityLevel &level : m_levels) {
        array.append(QJsonObject{{QStringLiteral("key"), level.key},
                                 {QStringLiteral("name"), level.name},
                                 {QStringLiteral("criteria"), level.criteria}});
    }
    return array;
}

Decoded<SeverityTaxonomy> SeverityTaxonomy::fromJson(const QJsonArray &array)
{
    QList<SeverityLevel> levels;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString context = QStringLiteral("severity[%1]").arg(i);
        if (!array.at(i).isObject())
            return Decoded<SeverityTaxonomy>::failure(context + QStringLiteral(": expected an object"));
        const QJsonObject object = array.at(i).toObject();
        JsonReader reader(object, context);
        SeverityLevel level{reader.nonEmptyString("key"), reader.nonEmptyString("name"),
                            reader.string("criteria", Field::Optional)};
        if (reader.ok() && seen.contains(level.key))
            reader.fail("key", QStringLiteral("duplicate level \"%1\"").arg(level.key));
        if (!reader.ok())
            return Decoded<SeverityTaxonomy>::failure(reader.error());
        seen.insert(level.key);
        levels.append(level);
    }
    if (levels.isEmpty())
        return Decoded<SeverityTaxonomy>::failure(QStringLiteral("severity: a taxonomy needs at least one level"));
    return {SeverityTaxonomy(levels), {}};
}

} // namespace Sitrep
