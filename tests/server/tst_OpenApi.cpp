// docs/openapi.yaml and the server's router describe the same API: every served route is
// documented and every documented route is served.

#include "Api.h"
#include "auth/LoginThrottle.h"
#include "storage/ServerStore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Sitrep;
using namespace Sitrep::Server;

namespace {

// The paths and their methods, read from the document's "paths:" block. The document is
// ours and written in one style (two-space path keys, four-space method keys), which is
// all this reader understands; a style change fails the test loudly rather than silently.
QSet<QString> documentedRoutes(const QString &file)
{
    QFile yaml(file);
    if (!yaml.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    static const QRegularExpression pathLine(QStringLiteral("^  (/[^:]*):\\s*$"));
    static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|patch|delete):\\s*$"));
    QSet<QString> routes;
    bool inPaths = false;
    QString path;
    while (!yaml.atEnd()) {
        const QString line = QString::fromUtf8(yaml.readLine()).chopped(1);
        if (!line.startsWith(QLatin1Char(' ')) && !line.isEmpty())
            inPaths = line == QLatin1String("paths:");
        if (!inPaths)
            continue;
        if (const auto match = pathLine.match(line); match.hasMatch())
            path = match.captured(1);
        else if (const auto method = methodLine.match(line); method.hasMatch() && !path.isEmpty())
            routes.insert(method.captured(1).toUpper() + QLatin1Char(' ') + path);
    }
    return routes;
}

} // namespace

class tst_OpenApi : public QObject
{
    Q_OBJECT
private slots:
    void routerAndDocumentAgree()
    {
        QTemporaryDir dir;
        ServerStore store(Clock::system(), PasswordHasher::Limits::minimum());
        QVERIFY(store.open(dir.path()).ok);
        LoginThrottle throttle(Clock::system());
        Router router;
        registerRoutes(router, ApiContext{dir.path(), &store, &throttle});

        QSet<QString> served;
        for (const Router::Route &route : router.routes())
            served.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
        const QSet<QString> documented = documentedRoutes(QStringLiteral(SITREP_SOURCE_DIR "/docs/openapi.yaml"));
        QVERIFY(!documented.isEmpty());
        QVERIFY2(served.subtract(QSet<QString>(documented)).isEmpty(),
                 qPrintable(QStringLiteral("served but not documented: ") + QStringList(served.values()).join(QStringLiteral(", "))));
        QSet<QString> servedAgain;
        for (const Router::Route &route : router.routes())
            servedAgain.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pattern);
        QSet<QString> missing = documented;
        missing.subtract(servedAgain);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("documented but not served: ") + QStringList(missing.values()).join(QStringLiteral(", "))));
    }
};

QTEST_GUILESS_MAIN(tst_OpenApi)
#include "tst_OpenApi.moc"
