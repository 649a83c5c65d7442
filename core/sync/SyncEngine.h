#pragma once

#include "ApiClient.h"
#include "LiveChannel.h"
#include "StreamApplier.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <limits>

namespace Sitrep {

class Store;

enum class SyncState {
    Offline,    // the server cannot be reached; writes queue up, a retry is scheduled
    Connecting, // reaching the server (again)
    Syncing,    // pushing the outbox or pulling the feed
    Online,     // level with the server, the live stream open
    SignedOut,  // the server wants a new sign-in: nothing moves until then
    Untrusted   // the certificate is unknown or changed: nothing moves until confirmed
};

// What the sync indicator shows, always.
struct SyncStatus {
    SyncState state = SyncState::Offline;
    int pending = 0;          // ops not yet acknowledged by the server
    int conflicts = 0;        // conflicts recorded on incidents this console sees
    int rejected = 0;         // ops the server refused
    QDateTime lastSync;       // last time this console was level with the server
    QString problem;          // for a person: why it is offline, signed out, untrusted
    ServerTrust::Judgement judgement; // when Untrusted: the fingerprint to confirm
};

// Keeps one store in step with one team server (docs/SYNC.md "Client"): pushes the
// outbox in batches, pulls the change feed from the cursor, applies the live stream and
// pulls any gap, and reconnects with exponential backoff and jitter. One request at a
// time, so pushes and pulls never race each other; the stream is applied in bursts
// (StreamApplier), and what it queued is applied before each pull.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Store &store, ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Stays in step until stop(): the console and `sitrepctl sync --watch`.
    void start();
    void stop();
    // Pushes everything and pulls everything once, then emits onceFinished (sitrepctl).
    void syncOnce();

    SyncStatus status() const;
    // Tests make the waits short; the defaults suit people (1 s doubling up to 60 s).
    void setBackoff(int firstMs, int maxMs);
    void setPushBatchSize(int ops) { m_batchSize = std::max(1, ops); }
    // What this console shows, for the others' presence (sent when the stream is open).
    void setPresence(const QUuid &viewing, const QUuid &bridge);

signals:
    void statusChanged(const Sitrep::SyncStatus &status);
    void onceFinished(const Sitrep::SyncStatus &status);
    void presenceChanged(const QJsonObject &message);

private:
    enum class Mode { Idle, Once, Continuous };

    void step();
    void push();
    void pull(qint64 since = -1); // -1: from the cursor
    void fetchMissingIncident();
    void openStream();
    void refreshStaleIncident();
    void fetchDirectory();
    void onPushed(const ApiResponse &response, const QList<Op> &sent);
    void onPulled(const ApiResponse &response);
    void onStreamChanges(const QList<Change> &changes);
    void onStreamApplied(const ApplyResult &applied);
    // What applying a burst means for the engine (no step: callers decide).
    void noteStreamApplied(const ApplyResult &applied);
    // Asks for a pull of the feed. `upTo`: the newest seq the reason was about (a stream
    // message after a hole, a heartbeat); an ask made while a pull is on its way is kept
    // only if that pull's answer ends before it. Without a seq it is always kept.
    void wantPull(qint64 upTo = std::numeric_limits<qint64>::max());
    void rememberMissing(const QList<QUuid> &incidents);
    void fail(const ApiResponse &response);
    void retryLater(int atLeastMs = 0);
    void setState(SyncState state, const QString &problem = {});
    void finishOnce();
    void publish();

    Store &m_store;
    ApiClient &m_api;
    LiveChannel m_stream;
    StreamApplier m_streamApplier; // the stream's changes, a transaction per burst
    QTimer m_retry;
    Mode m_mode = Mode::Idle;
    SyncState m_state = SyncState::Offline;
    QString m_problem;
    ServerTrust::Judgement m_judgement;
    QDateTime m_lastSync;
    QPointer<ApiReply> m_inFlight;
    bool m_pullWanted = true;
    qint64 m_pullWantedUpTo = std::numeric_limits<qint64>::max(); // see wantPull()
    bool m_streamWanted = false;
    QList<QUuid> m_missingIncidents; // seen in the feed, unknown here: fetch whole
    QList<QUuid> m_staleIncidents;   // the server refused a change of ours: take its copy
    bool m_directoryWanted = true;   // once per start/syncOnce: names for people and services
    int m_batchSize = 500;
    int m_attempt = 0;
    int m_firstBackoffMs = 1000;
    int m_maxBackoffMs = 60000;
    QUuid m_viewing;
    QUuid m_bridge;
};

} // namespace Sitrep
