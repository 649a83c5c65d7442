#pragma once

#include "model/Directory.h"
#include "model/Incident.h"
#include "model/TimelineEntry.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace Sitrep {

class Store;

// What DemoData makes; a namespace-level struct so that it can be a default argument.
struct DemoOptions {
    quint32 seed = 20240611;
    int incidentCount = 200;
    // Entries per incident, beside those the commands add (status and role changes).
    // Severe incidents get the long timelines, minor ones the short.
    int minEntries = 15;
    int maxEntries = 120;
    // How many of the newest incidents are still open (investigating, identified or
    // mitigated); everything older is resolved or closed.
    int activeIncidents = 4;
    // The "now" the history ends at; invalid: the current time. Pass a fixed time for
    // output that does not depend on the day it is made.
    QDateTime referenceTime;
    // Entries per addEntries call (one transaction) in the big incident.
    int batchSize = 5000;
};

// Believable demo data for a console profile, the screenshots and the benchmarks: an
// organisation (6 teams, 40 people, 20 services), two years of incidents ending at a
// reference time, with timelines of every entry kind, roles and handovers, tracks with
// ruled-out findings, and bridge rosters.
//
// Everything is written through the store's commands, as a console would write it: the
// rows are pending and the outbox holds one op per change, as if this console had made
// the history offline. While writing, the store's clock is set to the history's time
// (a ManualClock), so status transitions, milestones and op times are historical too.
// The same seed and reference time always give the same data (op ids aside: the store
// makes those).
class DemoData
{
public:
    using Options = DemoOptions;

    struct Result {
        bool ok = false;
        QString error;
        int incidents = 0;
        qint64 entries = 0; // timeline entries written by this call, including the commands' own
        QUuid incidentId;   // the big incident (declareBigIncident, generateBigIncident)
    };

    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoData(const Options &options = {});
    ~DemoData();
    DemoData(const DemoData &) = delete;
    DemoData &operator=(const DemoData &) = delete;

    const Options &options() const { return m_options; }
    QDateTime referenceTime() const;

    // The organisation: the same people and services for every seed (their ids follow
    // the seed), so a demo looks familiar from one profile to the next.
    const QList<Team> &teams() const { return m_teams; }
    const QList<Person> &people() const { return m_people; }
    const QList<Service> &services() const { return m_services; }

    // Writes the directory and the incident history into an open store. The store's
    // actor is restored afterwards; its clock is set back to the system clock.
    Result generate(Store &store);
    // Incidents planned as generate() plans its history (all resolved or closed, with
    // their milestones and transitions) but not written and without timelines: for the
    // metrics benchmark and dashboards over many more incidents than a console holds.
    QList<Incident> incidentHistory(int count);

    // One long-running SEV1 for benchmarks: writes the directory if the store has none,
    // declares the incident with roles, tracks and a bridge, and keeps its timeline
    // state for nextBigEntries().
    // plannedEntries places the declaration so that that many entries end near the
    // reference time.
    Result declareBigIncident(Store &store, qint64 plannedEntries);
    // The next entries of the big incident's timeline, not yet written: plausible
    // entries of all eight kinds a few hundred milliseconds apart, some back-dated as a
    // scribe does. One entry in RareTokenEvery carries rareToken().
    QList<TimelineEntry> nextBigEntries(int count);
    // declareBigIncident, then entryCount entries through Store::addEntries in batches of
    // Options::batchSize. Progress is reported after each batch.
    Result generateBigIncident(Store &store, qint64 entryCount, const Progress &progress = {});

    // A word that appears only in the planted entries of the big incident (and nowhere
    // in the templates): the rare term of the search benchmark.
    static QString rareToken();
    static constexpr int RareTokenEvery = 100000;

private:
    struct Scene;
    struct Plan;
    class HistoricalSession;

    // Where an incident of the history stands at the reference time.
    enum class Stage { Active, Resolved, Closed };

    void buildDirectory();
    QList<qint64> pastDeclarations(int count); // sorted
    QString pastSeverity();
    bool ensureDirectory(Store &store);
    Plan planIncident(int index, qint64 declaredAt, Stage stage, const QString &severity);
    bool writeIncident(Store &store, HistoricalSession &session, const Plan &plan, Result &result);
    QList<TimelineEntry> narrative(const Plan &plan);
    TimelineEntry makeEntry(Scene &scene, EntryKind kind, qint64 occurredAt, qint64 recordedAt);
    QString fill(const char *pattern, const Scene &scene, qint64 at);
    // Stage 0: before the cause is known; 1: while it is fixed; 2: recovery.
    EntryKind pickKind(int stage, bool withCommandKinds);
    const char *pattern(EntryKind kind, int stage, double progress, bool severe);

    int uniform(int lowest, int highest); // both inclusive
    double unit();
    bool chance(double probability);
    double lognormal(double median, double sigma);
    template<typename T> const T &pick(const QList<T> &list) { return list.at(uniform(0, int(list.size()) - 1)); }
    const char *pickText(const char *const *texts, int count) { return texts[uniform(0, count - 1)]; }

    Options m_options;
    QRandomGenerator m_random;
    qint64 m_reference = 0;
    QList<Team> m_teams;
    QList<Person> m_people;
    QList<Service> m_services;
    QStringList m_serviceLabels; // "Checkout" for checkout-api, as people say it
    std::unique_ptr<Scene> m_big;
};

} // namespace Sitrep
