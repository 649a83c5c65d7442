#include "Ids.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <atomic>

namespace Sitrep {

namespace {

QUuid makeV7(qint64 msecs, quint64 randomA, quint64 randomB)
{
    const quint64 ms = quint64(msecs) & 0xFFFFFFFFFFFFull; // 48-bit big-endian timestamp
    QUuid id;
    id.data1 = uint(ms >> 16);
    id.data2 = ushort(ms & 0xFFFF);
    id.data3 = ushort(0x7000 | (randomA & 0x0FFF)); // version 7 + rand_a (12 bits)
    // variant 10xx + rand_b (62 bits)
    id.data4[0] = uchar(0x80 | ((randomB >> 56) & 0x3F));
    for (int i = 1; i < 8; ++i)
        id.data4[i] = uchar(randomB >> (8 * (7 - i)));
    return id;
}

} // namespace

QUuid newId()
{
    // rand_a carries a per-millisecond counter so ids made in one millisecond by one
    // process still sort in creation order (RFC 9562, method 1).
    static std::atomic<quint64> lastMsAndCounter{0};
    const quint64 now = quint64(QDateTime::currentMSecsSinceEpoch());
    quint64 previous = lastMsAndCounter.load();
    quint64 next;
    do {
        const quint64 prevMs = previous >> 12;
        const quint64 prevCounter = previous & 0xFFF;
        if (now > prevMs)
            next = now << 12 | (QRandomGenerator::system()->generate() & 0x1FF); // leave headroom
        else if (prevCounter < 0xFFF)
            next = previous + 1;
        else
            next = (prevMs + 1) << 12; // counter exhausted: borrow the next millisecond
    } while (!lastMsAndCounter.compare_exchange_weak(previous, next));
    return makeV7(qint64(next >> 12), next & 0xFFF, QRandomGenerator::system()->generate64());
}

QUuid newIdAt(qint64 msecsSinceEpoch, QRandomGenerator &random)
{
    return makeV7(msecsSinceEpoch, random.generate(), random.generate64());
}

qint64 idTimestamp(const QUuid &id)
{
    if ((id.data3 >> 12) != 7)
        return -1;
    return qint64((quint64(id.data1) << 16) | id.data2);
}

void idToBytes(const QUuid &id, uchar out[16])
{
    out[0] = uchar(id.data1 >> 24);
    out[1] = uchar(id.data1 >> 16);
    out[2] = uchar(id.data1 >> 8);
    out[3] = uchar(id.data1);
    out[4] = uchar(id.data2 >> 8);
    out[5] = uchar(id.data2);
    out[6] = uchar(id.data3 >> 8);
    out[7] = uchar(id.data3);
    for (int i = 0; i < 8; ++i)
        out[8 + i] = id.data4[i];
}

QUuid idFromBytes(const uchar bytes[16])
{
    QUuid id;
    id.data1 = uint(bytes[0]) << 24 | uint(bytes[1]) << 16 | uint(bytes[2]) << 8 | bytes[3];
    id.data2 = ushort(bytes[4] << 8 | bytes[5]);
    id.data3 = ushort(bytes[6] << 8 | bytes[7]);
    for (int i = 0; i < 8; ++i)
        id.data4[i] = bytes[8 + i];
    return id;
}

QString idToString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

QUuid idFromString(const QString &text)
{
    if (text.size() != 36 && text.size() != 38)
        return {};
    return QUuid::fromString(text);
}

} // namespace Sitrep
