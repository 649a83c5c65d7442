#pragma once

#include <QObject>

namespace Sitrep {

class ConsoleSession;
class Store;

// A workaround until the team server serves the directory (teams, people, services; core
// has no endpoint for it yet): a profile synced with a demo server (`make run`, the hidden
// --demo-directory) gets the demo organisation that server's history was written with, so
// authors and services show by name instead of as ids.
//
// DemoData makes its directory's ids from its seed and from the moment it ran (UUIDv7s
// three years before it), and the server's demo ran at its own moment. That moment is
// read back from the declarer of a synced incident, and the directory is used only when
// it really contains that person.
class DemoDirectory : public QObject
{
    Q_OBJECT
public:
    DemoDirectory(Store &store, ConsoleSession &session, QObject *parent = nullptr);

private:
    bool fill(); // true when there is nothing (more) to do

    Store &m_store;
    QMetaObject::Connection m_watch;
};

} // namespace Sitrep
