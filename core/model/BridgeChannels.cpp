#include "BridgeChannels.h"

namespace Sitrep {

QJsonObject BridgeChannels::toJson() const
{
    QJsonObject object;
    if (!meetingLink.isEmpty())
        object.insert(QStringLiteral("meetingLink"), meetingLink);
    if (!dialIn.isEmpty())
        object.insert(QStringLiteral("dialIn"), dialIn);
    if (!fallback.isEmpty())
        object.insert(QStringLiteral("fallback"), fallback);
    return object;
}

Decoded<BridgeChannels> BridgeChannels::fromJson(const QJsonObject &object, const QString &context)
{
    JsonReader reader(object, context);
    BridgeChannels channels;
    channels.meetingLink = reader.string("meetingLink", Field::Optional);
    channels.dialIn = reader.string("dialIn", Field::Optional);
    channels.fallback = reader.string("fallback", Field::Optional);
    if (!reader.ok())
        return Decoded<BridgeChannels>::failure(reader.error());
    return {channels, {}};
}

} // namespace Sitrep
