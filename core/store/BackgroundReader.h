#pragma once

#include "Store.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace Sitrep {

// A worker thread with its own read-only connection to a profile's cache, for the heavy
// queries the guide keeps off the UI thread (search, metrics). WAL lets it read every
// committed row without ever waiting on the console's writes.
//
// Requests follow the person (typing, changing a filter): a newer one supersedes any that
// has not started, and the answers of superseded ones are dropped on the owner's thread,
// so what arrives always answers the latest request.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    BackgroundReader(const QString &cachePath, const QString &threadName, QObject *parent = nullptr);
    ~BackgroundReader() override;

    // Runs work on the reader's store; then deliver (or fail, with a message a person can
    // act on, when the cache cannot be opened) on this object's thread, if the request
    // is still the latest. Returns the request's ticket (increasing).
    template<typename Result>
    quint64 run(std::function<Result(const Store &)> work, std::function<void(quint64, const Result &)> deliver,
                std::function<void(quint64, const QString &)> fail)
    {
        const quint64 ticket = ++m_latest;
        QMetaObject::invokeMethod(m_workerContext, [this, ticket, work, deliver, fail] {
            if (ticket != m_latest.load())
                return; // superseded before it started
            if (const QString problem = openProblem(); !problem.isEmpty()) {
                QMetaObject::invokeMethod(this, [this, ticket, problem, fail] {
                    if (ticket == m_latest.load())
                        fail(ticket, problem);
                });
                return;
            }
            Result result = work(workerStore());
            QMetaObject::invokeMethod(this, [this, ticket, result = std::move(result), deliver] {
                if (ticket == m_latest.load())
                    deliver(ticket, result);
            });
        });
        return ticket;
    }
    quint64 latestTicket() const { return m_latest.load(); }

private:
    class Worker;
    // On the worker's thread: opens the store lazily (a new profile's cache may not exist
    // yet when the console starts); empty when it is open.
    QString openProblem();
    const Store &workerStore() const;

    QThread m_thread;
    Worker *m_worker;          // lives in m_thread…
    QObject *m_workerContext;  // …and is the context its requests run in
    std::atomic<quint64> m_latest{0};
};

} // namespace Sitrep
