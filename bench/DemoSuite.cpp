#include "Report.h"
#include "Suites.h"

#include "demo/DemoData.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace Sitrep::Bench {

int runDemo(const DemoArguments &arguments)
{
    if (!QDir().mkpath(arguments.profile)) {
        progress(QStringLiteral("cannot create the profile folder %1").arg(arguments.profile));
        return 1;
    }
    const QString path = QDir(arguments.profile).filePath(QStringLiteral("cache.sqlite"));
    Store store;
    if (const OpenResult opened = store.open(path); !opened.ok) {
        progress(opened.error);
        return 1;
    }
    if (!store.incidents(IncidentFilter{.limit = 1}).isEmpty()) {
        if (!arguments.force) {
            progress(QStringLiteral("%1 already has incidents; left untouched (pass --force to replace it)").arg(path));
            return 1;
        }
        // Demo ids are fixed by the seed, so adding to the old history would collide:
        // replace the cache as a whole.
        store.close();
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString file = path + QLatin1String(suffix);
            if (QFile::exists(file) && !QFile::remove(file)) {
                progress(QStringLiteral("cannot remove %1").arg(file));
                return 1;
            }
        }
        if (const OpenResult reopened = store.open(path); !reopened.ok) {
            progress(reopened.error);
            return 1;
        }
    }

    DemoData::Options options;
    if (arguments.seed != 0)
        options.seed = arguments.seed;
    if (arguments.incidents > 0)
        options.incidentCount = arguments.incidents;
    options.referenceTime = arguments.now;
    DemoData demo(options);
    progress(QStringLiteral("writing %1 demo incidents to %2").arg(options.incidentCount).arg(path));
    QElapsedTimer timer;
    timer.start();
    const DemoData::Result result = demo.generate(store);
    if (!result.ok) {
        progress(QStringLiteral("demo data failed: %1").arg(result.error));
        return 1;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    print(Figure{QStringLiteral("demo.generate"), seconds, QStringLiteral("s")}
              .with(QStringLiteral("incidents"), result.incidents)
              .with(QStringLiteral("entries"), double(result.entries))
              .with(QStringLiteral("outbox_ops"), store.pendingOpCount()));
    return 0;
}

} // namespace Sitrep::Bench
