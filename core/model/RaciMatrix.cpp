#include "RaciMatrix.h"

#include "RoleAssignment.h"

#include <QCoreApplication>
#include <QSet>

namespace Sitrep {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Sitrep::RaciMatrix", text);
}

constexpr Raci Cells[] = {Raci::Responsible, Raci::Accountable, Raci::Consulted, Raci::Informed};
constexpr char Letters[] = {'R', 'A', 'C', 'I'};

} // namespace

QString raciLetter(Raci value)
{
    for (int i = 0; i < 4; ++i) {
        if (Cells[i] == value)
            return QString(QLatin1Char(Letters[i]));
    }
    return {};
}

std::optional<Raci> raciFromLetter(const QString &letter)
{
    if (letter.size() != 1)
        return std::nullopt;
    for (int i = 0; i < 4; ++i) {
        if (letter.at(0).toUpper() == QLatin1Char(Letters[i]))
            return Cells[i];
    }
    return std::nullopt;
}

int RaciMatrix::accountableCount(qsizetype activity) const
{
    if (activity < 0 || activity >= activities.size())
        return 0;
    int count = 0;
    const QMap<QString, Raci> &cells = activities.at(activity).cells;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        count += it.value() == Raci::Accountable && roles.contains(it.key()) ? 1 : 0;
    return count;
}

QString RaciMatrix::problem() const
{
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const int accountable = accountableCount(i);
        if (accountable == 0)
            return tr("Nobody is accountable for “%1”: mark exactly one role A.").arg(activities.at(i).name);
        if (accountable > 1)
            return tr("“%1” has %2 accountable roles: exactly one role may be A.").arg(activities.at(i).name).arg(accountable);
    }
    return {};
}

RaciMatrix RaciMatrix::defaultFor(const QString &severity)
{
    // Columns in Roles::mandatory() order: commander, scribe, technical lead, comms lead,
    // facilitator; '.' leaves the cell empty. The first pattern is for SEV1 and SEV2.
    struct Row {
        const char *name;
        const char *major;
        const char *minor;
    };
    static const Row Rows[] = {
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Declare and set severity"), "AICII", "A.C.."},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Coordinate the response"), "AICIR", "A.C.R"},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Diagnose"), "I.AI.", "I.A.."},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Mitigate"), "AIRI.", "AIR.."},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Customer communication"), "AICRI", "A.CR."},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Internal updates"), "CCIAI", "CCIA."},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Record the timeline"), "IA.IC", "IA..."},
        {QT_TRANSLATE_NOOP("Sitrep::RaciMatrix", "Post-incident review"), "ACCCR", "ACCIR"},
    };
    const bool major = severity.compare(QLatin1String("SEV1"), Qt::CaseInsensitive) == 0
        || severity.compare(QLatin1String("SEV2"), Qt::CaseInsensitive) == 0;
    RaciMatrix matrix;
    matrix.roles = Roles::mandatory();
    for (const Row &row : Rows) {
        RaciActivity activity{tr(row.name), {}};
        const char *pattern = major ? row.major : row.minor;
        for (qsizetype column = 0; column < matrix.roles.size(); ++column) {
            if (const std::optional<Raci> cell = raciFromLetter(QString(QLatin1Char(pattern[column]))))
                activity.cells.insert(matrix.roles.at(column), *cell);
        }
        matrix.activities.append(activity);
    }
    return matrix;
}

QJsonObject RaciMatrix::toJson() const
{
    if (isEmpty())
        return {};
    QJsonArray rows;
    for (const RaciActivity &activity : activities) {
        QJsonObject cells;
        for (auto it = activity.cells.cbegin(); it != activity.cells.cend(); ++it) {
            if (it.value() != Raci::None)
                cells.insert(it.key(), raciLetter(it.value()));
        }
        rows.append(QJsonObject{{QStringLiteral("name"), activity.name}, {QStringLiteral("cells"), cells}});
    }
    return QJsonObject{{QStringLiteral("roles"), QJsonArray::fromStringList(roles)}, {QStringLiteral("activities"), rows}};
}

Decoded<RaciMatrix> RaciMatrix::fromJson(const QJsonObject &object, const QString &context)
{
    JsonReader reader(object, context);
    RaciMatrix matrix;
    matrix.roles = reader.strings("roles");
    const QJsonArray rows = reader.array("activities");
    QSet<QString> seen;
    for (const QString &role : std::as_const(matrix.roles)) {
        if (!reader.ok())
            break;
        if (!Roles::isValidKey(role))
            reader.fail("roles", QStringLiteral("invalid role key \"%1\"").arg(role.left(64)));
        else if (seen.contains(role))
            reader.fail("roles", QStringLiteral("role \"%1\" is listed twice").arg(role));
        seen.insert(role);
    }
    QSet<QString> names;
    for (qsizetype i = 0; i < rows.size() && reader.ok(); ++i) {
        JsonReader row(rows.at(i).toObject(), context + QStringLiteral(".activities[%1]").arg(i));
        if (!rows.at(i).isObject())
            row.fail("name", QStringLiteral("expected an object"));
        RaciActivity activity;
        activity.name = row.nonEmptyString("name");
        if (row.ok() && names.contains(activity.name.trimmed().toCaseFolded()))
            row.fail("name", QStringLiteral("activity \"%1\" is listed twice").arg(activity.name.left(64)));
        names.insert(activity.name.trimmed().toCaseFolded());
        const QJsonObject cells = row.object("cells");
        for (auto it = cells.constBegin(); it != cells.constEnd() && row.ok(); ++it) {
            const std::optional<Raci> cell = it.value().isString() ? raciFromLetter(it.value().toString()) : std::nullopt;
            if (!seen.contains(it.key()))
                row.fail("cells", QStringLiteral("\"%1\" is not one of the matrix's roles").arg(it.key().left(64)));
            else if (!cell)
                row.fail("cells", QStringLiteral("%1: expected \"R\", \"A\", \"C\" or \"I\"").arg(it.key()));
            else
                activity.cells.insert(it.key(), *cell);
        }
        reader.failNested(row.error());
        matrix.activities.append(activity);
    }
    if (!reader.ok())
        return Decoded<RaciMatrix>::failure(reader.error());
    return {matrix, {}};
}

} // namespace Sitrep
