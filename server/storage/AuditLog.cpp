#include "AuditLog.h"

#include "ServerDb.h"

#include <QCryptographicHash>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace Sitrep::Server {

namespace {
// The chain's anchor: the "previous hash" of the first row.
const QString Genesis = QString(64, QLatin1Char('0'));

// The password database rather than $USER: an environment variable is whatever the
// caller set, the effective uid is who actually has the data folder open.
QString osUserName()
{
#ifdef Q_OS_UNIX
    passwd entry{};
    passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(geteuid(), &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return {};
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace

AuditActor AuditActor::commandLine()
{
    const QString user = osUserName();
    return {user.isEmpty() ? QStringLiteral("admin-cli") : user, QStringLiteral("local")};
}

QString AuditLog::rowHash(const QString &previous, qint64 seq, qint64 at, const AuditEvent &event)
{
    // Unit separators keep field boundaries unambiguous ("ab"+"c" differs from "a"+"bc").
    const QString material = QStringList{previous, QString::number(seq), QString::number(at), event.actor,
                                         event.address, event.action, event.subject, event.detail}
                                 .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::append(ServerDb &db, const AuditEvent &event, qint64 atMsecs)
{
    QString previous = Genesis;
    qint64 seq = 1;
    {
        Statement last = db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.next()) {
            seq = last.int64(0) + 1;
            previous = last.text(1);
        }
    }
    Statement insert = db.prepare(
        "INSERT INTO audit (seq, at, actor, address, action, subject, detail, prev_hash, hash) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    insert.bind(1, seq)
        .bind(2, atMsecs)
        .bind(3, event.actor)
        .bind(4, event.address)
        .bind(5, event.action)
        .bind(6, event.subject)
        .bind(7, event.detail)
        .bind(8, previous)
        .bind(9, rowHash(previous, seq, atMsecs, event));
    return insert.exec();
}

AuditLog::Verification AuditLog::verify(ServerDb &db)
{
    Verification result;
    QString previous = Genesis;
    qint64 expectedSeq = 1;
    Statement rows = db.prepare(
        "SELECT seq, at, actor, address, action, subject, detail, prev_hash, hash FROM audit ORDER BY seq");
    while (rows.next()) {
        const qint64 seq = rows.int64(0);
        const AuditEvent event{rows.text(2), rows.text(3), rows.text(4), rows.text(5), rows.text(6)};
        if (seq != expectedSeq) {
            result.brokenAt = expectedSeq;
            result.error = QStringLiteral("entry %1 is missing (the next entry is %2)").arg(expectedSeq).arg(seq);
            return result;
        }
        if (rows.text(7) != previous) {
            result.brokenAt = seq;
            result.error = QStringLiteral("entry %1 does not link to the entry before it").arg(seq);
            return result;
        }
        if (rows.text(8) != rowHash(previous, seq, rows.int64(1), event)) {
            result.brokenAt = seq;
            result.error = QStringLiteral("entry %1 was changed after it was written").arg(seq);
            return result;
        }
        previous = rows.text(8);
        ++expectedSeq;
        ++result.entries;
    }
    result.ok = true;
    result.lastHash = previous;
    return result;
}

} // namespace Sitrep::Server
