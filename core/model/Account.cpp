#include "Account.h"

#include "Ids.h"

namespace Sitrep {

QJsonObject Account::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("role"), enumToString(role)},
                       {QStringLiteral("disabled"), disabled}};
    putTime(object, "createdAt", createdAt);
    if (!personId.isNull())
        object.insert(QStringLiteral("personId"), idToString(personId));
    return object;
}

Decoded<Account> Account::fromJson(const QJsonObject &object)
{
    JsonReader reader(object, QStringLiteral("account"));
    Account account;
    // Ids are 64-bit database keys: JsonReader::integer stops at 32 bits. JSON numbers are
    // doubles, exact up to 2^53, far beyond any account count.
    const QJsonValue id = object.value(QStringLiteral("id"));
    const double number = id.toDouble(-1);
    if (!id.isDouble() || number < 0 || number > 9007199254740992.0 || number != double(qint64(number)))
        reader.fail("id", id.isUndefined() || id.isNull() ? QStringLiteral("missing required field")
                                                          : QStringLiteral("expected a non-negative integer"));
    else
        account.id = qint64(number);
    account.name = reader.nonEmptyString("name");
    account.role = reader.enumValue("role", AccountRole::Viewer);
    account.disabled = reader.boolean("disabled");
    account.createdAt = reader.time("createdAt", Field::Optional);
    account.personId = reader.id("personId", Field::Optional);
    if (!reader.ok())
        return Decoded<Account>::failure(reader.error());
    return {account, {}};
}

} // namespace Sitrep
