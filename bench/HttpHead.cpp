#include "HttpHead.h"

#include <QList>

namespace Sitrep::Bench {

int httpStatus(const QByteArray &head)
{
    if (!head.startsWith("HTTP/"))
        return 0;
    const qsizetype space = head.indexOf(' ');
    return space > 0 ? head.mid(space + 1, 3).toInt() : 0;
}

QByteArray httpHeaderValue(const QByteArray &head, const QByteArray &name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace Sitrep::Bench
