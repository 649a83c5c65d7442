#include "DemoData.h"

#include "model/Ids.h"
#include "model/RaciMatrix.h"
#include "rules/Clock.h"
#include "store/Store.h"

#include <QtMath>

#include <algorithm>
#include <limits>

namespace Sitrep {

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 HistorySpan = 730 * Day;
// Mean gap between two entries of the big incident: a busy war room, a few a second.
constexpr qint64 BigEntryGap = 250;
constexpr qint64 Never = std::numeric_limits<qint64>::max();

QDateTime timeAt(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// --- the organisation -------------------------------------------------------------

struct TeamSeed {
    const char *name;
    const char *businessUnit;
};
const TeamSeed TeamSeeds[] = {
    {"Payments", "Commerce"},      {"Search", "Consumer"}, {"Platform/SRE", "Technology"},
    {"Identity", "Technology"},    {"Data", "Technology"}, {"Mobile", "Consumer"},
};

struct PersonSeed {
    const char *name;
    const char *handle;
    int team;
};
const PersonSeed PersonSeeds[] = {
    {"Ana Rivera", "arivera", 0},      {"Marcus Chen", "mchen", 0},        {"Priya Natarajan", "pnatarajan", 0},
    {"Tomás Silva", "tsilva", 0},      {"Grace Kim", "gkim", 0},           {"Olu Adeyemi", "oadeyemi", 0},
    {"Hannah Weiss", "hweiss", 0},     {"Jo Okafor", "jokafor", 1},        {"Lars Nilsson", "lnilsson", 1},
    {"Mei Tanaka", "mtanaka", 1},      {"Diego Ramos", "dramos", 1},       {"Fatima Zahra", "fzahra", 1},
    {"Ben Carter", "bcarter", 1},      {"Sam Patel", "spatel", 2},         {"Ingrid Larsen", "ilarsen", 2},
    {"Kofi Mensah", "kmensah", 2},     {"Rachel Stone", "rstone", 2},      {"Yusuf Demir", "ydemir", 2},
    {"Chloé Martin", "cmartin", 2},    {"Nikolai Petrov", "npetrov", 2},   {"Julia Costa", "jcosta", 2},
    {"Aisha Bello", "abello", 3},      {"Daniel Moreau", "dmoreau", 3},    {"Sofia Rossi", "srossi", 3},
    {"Ethan Brooks", "ebrooks", 3},    {"Leila Haddad", "lhaddad", 3},     {"Ravi Kumar", "rkumar", 3},
    {"Tariq Aziz", "taziz", 3},        {"Emma Novak", "enovak", 4},        {"Hiro Sato", "hsato", 4},
    {"Zanele Dlamini", "zdlamini", 4}, {"Owen Murphy", "omurphy", 4},      {"Camila Torres", "ctorres", 4},
    {"Pavel Horák", "phorak", 4},      {"Lucy Zhang", "lzhang", 5},        {"Mateo García", "mgarcia", 5},
    {"Noor Rahman", "nrahman", 5},     {"Jack O'Brien", "jobrien", 5},     {"Ama Owusu", "aowusu", 5},
    {"Felix Wagner", "fwagner", 5},
};
constexpr int PlatformTeam = 2;

struct ServiceSeed {
    const char *name;
    const char *label; // how people name it in a title
    int team;
    int tier;
};
const ServiceSeed ServiceSeeds[] = {
    {"checkout-api", "Checkout", 0, 1},
    {"payments-gateway", "Card payments", 0, 1},
    {"billing-worker", "Billing", 0, 2},
    {"fraud-scoring", "Fraud scoring", 0, 2},
    {"search-api", "Search", 1, 1},
    {"search-indexer", "Search indexing", 1, 2},
    {"recommendations", "Recommendations", 1, 3},
    {"edge-lb", "Edge load balancing", 2, 1},
    {"cdn", "CDN", 2, 1},
    {"k8s-prod", "Kubernetes prod", 2, 1},
    {"service-mesh", "Service mesh", 2, 2},
    {"postgres-core", "Core Postgres", 2, 1},
    {"auth-gateway", "Login", 3, 1},
    {"session-store", "Sessions", 3, 1},
    {"sso-bridge", "SSO", 3, 2},
    {"mfa-service", "MFA", 3, 2},
    {"kafka-events", "Event pipeline", 4, 2},
    {"warehouse-etl", "Warehouse ETL", 4, 3},
    {"mobile-bff", "Mobile API", 5, 1},
    {"push-notifications", "Push notifications", 5, 3},
};

const char *const Regions[] = {"EU", "US-East", "US-West", "APAC"};
const char *const Flags[] = {"new-checkout-flow", "search-v2-ranking", "fast-login", "batch-sync", "edge-http3",
                             "async-capture"};

// --- what goes wrong ----------------------------------------------------------------

// Each cause is also a troubleshooting track: the one that finds it is confirmed, the
// others rule their suspect out.
struct Cause {
    const char *track;
    const char *hypothesis;
    const char *suspect;    // what the track rules out when it is not the cause
    const char *titles[2];
    const char *finding;    // the note that identifies it
    const char *fix;        // the decision that mitigates it
    const char *tag;
};
const Cause Causes[] = {
    {"application", "Bad deploy: {S} {ver} raises errors on the hot path", "Recent deploy of {S}",
     {"Elevated 5xx on {S} after deploy", "{L} errors in {R}"},
     "Found it: {ver} changed the retry policy; every failed call to {S2} is retried 5 times",
     "Roll back {S} to {ver0}", "deploy"},
    {"network", "LB health checks failing in {R} after a config push", "Load balancer config",
     {"{L} errors in {R}", "{L} unavailable for some users in {R}"},
     "Found it: the {hhmm} LB config push marked half of the {R} pool unhealthy",
     "Revert the LB config push in {R}", "network"},
    {"database", "Slow queries on {host} after the nightly migration", "Database failover",
     {"{L} latency p99 above {sec}s", "Database connection pool exhausted on {S}"},
     "Found it: a migration dropped the index behind the {S} order lookup; sequential scans on {host}",
     "Recreate the missing index concurrently and pause the migration job", "database"},
    {"dependencies", "Upstream provider degraded for {R} traffic", "Third-party provider",
     {"Timeouts from {S} to an upstream provider", "{L} degraded in {R}"},
     "Found it: the provider confirms a partial outage in {R}, ETA unknown",
     "Fail over {S} to the secondary provider", "third-party"},
    {"capacity", "Traffic spike beyond the autoscaling ceiling of {S}", "Traffic spike",
     {"{L} latency p99 above {sec}s", "Queue backlog in {S}"},
     "Found it: autoscaling capped at {n} pods while traffic is {pct}% above normal",
     "Scale {S} out and raise the autoscaling ceiling", "capacity"},
    {"dns", "Resolver timeouts in {R} for internal names", "DNS",
     {"DNS resolution failures for {S}", "{L} errors in {R}"},
     "Found it: the new resolver pool in {R} drops queries over UDP above {n} qps",
     "Switch {R} resolvers back to the previous pool", "dns"},
    {"certificates", "Expired intermediate certificate on {S}", "Certificate expiry",
     {"Certificate expiry on {S}", "TLS handshake failures on {S}"},
     "Found it: the intermediate certificate on {S} expired at {hhmm} UTC; renewal job failed silently",
     "Rotate the certificate on {S} and add an expiry alert", "certificates"},
};
constexpr int CauseCount = int(std::size(Causes));

const char *const Summaries[] = {
    "Customers in {R} see errors when using {L}. Detected by alerting on {S}.",
    "{L} is slow or failing for part of the traffic in {R}; support is receiving tickets.",
    "Degradation of {S} with knock-on effects on {S2}. Customer impact under assessment.",
};

// --- timeline texts, by kind and stage --------------------------------------------------

const char *const SymptomNotes[] = {
    "{R} 5xx at {pct}%, other regions normal",
    "Error rate on {S} at {pct}% and climbing",
    "p99 latency for {S} at {ms} ms (SLO 300 ms)",
    "Support reports {n} tickets about {L} in the last 15 min",
    "Synthetic checks failing from {R} probes",
    "Logs show timeouts from {S} to {S2}",
    "{S} pods restarting: {n} OOMKilled in 10 min",
    "Traffic is {pct}% above the usual for this hour",
    "Dashboards: error budget for {S} burning at {n}x",
};
const char *const InvestigationNotes[] = {
    "CPU on {host} pinned at {hot}%",
    "Connection pool on {S} saturated: {n} requests waiting for a connection",
    "Deploy {ver} of {S} went out at {hhmm} UTC",
    "Replica lag on {host} at {n} s",
    "Queue depth in front of {S} at {n}k requests",
    "No errors in {S2} logs; it looks like a victim, not the cause",
    "Traces show {ms} ms spent waiting on {S2}",
    "Only requests through {R} are affected; {R2} is clean",
    "Heap on {host} grows {n} MB per minute since {hhmm}",
    "Retry storm visible on {S}: {n2} rps of retries",
};
const char *const RecoveryNotes[] = {
    "Recovering: error rate down to {pct}%",
    "No errors in the last 10 min after the change",
    "Latency for {S} back under the SLO",
    "Backlog in front of {S} draining, {n}k requests left",
    "Support confirms tickets about {L} have stopped",
};
const char *const Decisions[] = {
    "Freeze deploys for {team} until resolved",
    "Disable feature flag {flag}",
    "Fail over {L} traffic from {R} to {R2}",
    "Scale {S} from {r} to {r2} replicas",
    "Keep {S} in degraded mode; do not restart yet",
    "Declare customer impact and move to public comms",
    "Stop the {S2} batch jobs to relieve the database",
};
const char *const Actions[] = {
    "@{h} check LB health checks in {R}",
    "@{h} prepare rollback of {S} to {ver0}",
    "@{h} pull the slow query log from {host}",
    "@{h} open a case with the cloud provider",
    "@{h} confirm with {team2} whether anything changed at {hhmm}",
    "@{h} watch the error rate for 15 min and report back",
    "@{h} capture a heap dump from {host} before restarting",
    "@{h} draft the customer update for {L}",
};
// Comms follow the incident's stage: before the cause is known, while it is fixed, and
// while recovery is watched. Status page texts only for customer-facing (SEV1/SEV2).
const char *const InternalComms[] = {
    "Internal update sent to #inc-{num} and the exec brief list",
    "Support briefed with a macro for {L} tickets",
};
const char *const PublicComms[][2] = {
    {"Status page: Investigating — some customers in {R} may see errors using {L}.",
     "Status page: Investigating — we are looking into reports of slow or failing {L}."},
    {"Status page: Identified — we found the cause and are applying a fix.",
     "Enterprise customers notified by email (approved by @{h})"},
    {"Status page: Monitoring — a fix is in place; we are watching recovery.",
     "Status page: Monitoring — {L} is recovering in {R}."},
};
const char *const Escalations[] = {
    "Paged {team} on-call (@{h})",
    "Escalated to the database on-call",
    "Engaged vendor support, case {case}",
    "Paged the secondary IC: @{h}",
    "Raised to engineering leadership: impact over {min} min",
    "Pulled in {team2} for {S2}",
};
const char *const Checkpoints[] = {
    "Checkpoint {min} min: error rate {pct}%, next checkpoint in 30 min",
    "Checkpoint: rollback {pct}% complete",
    "Checkpoint: no change since last check; keep the current plan",
    "Checkpoint: customer impact confirmed in {R}; comms every 30 min",
};
// Only the big incident writes these kinds as plain entries; elsewhere the commands
// (setStatus, assignRole) write them.
const char *const StatusChanges[] = {
    "Status: investigating → identified",
    "Status: identified → mitigated",
    "Status: mitigated → investigating (errors are back)",
};
const char *const RoleChanges[] = {
    "Handover of scribe: {p} → {p2}",
    "{p} takes the role technical_lead",
    "Handover of incident_commander at shift change: {p} → {p2}",
};
const char *const PhoneGuests[] = {"Payments provider support", "Cloud provider TAM", "Carrier NOC", "Guest (phone)"};

template<std::size_t N> constexpr int countOf(const char *const (&)[N])
{
    return int(N);
}

QString severityKey(int rank)
{
    return QStringLiteral("SEV%1").arg(rank + 1);
}

} // namespace

// The incident's cast and props, used to fill the text templates consistently.
struct DemoData::Scene {
    QUuid incidentId;
    int number = 0; // the incident's chat channel, #inc-<number>
    int service = 0;
    int otherService = 0;
    int cause = 0;
    QString region;
    QString otherRegion;
    QString version;         // the deploy in question
    QString previousVersion; // what a rollback goes back to
    QList<int> responders;   // indices into m_people; [0] is the IC, [1] the scribe
    QList<QUuid> tracks;
    qint64 declaredAt = 0;
    // The big incident's stream: where its clock stands and how many entries it made.
    qint64 cursor = 0;
    qint64 emitted = 0;
};

// While demo history is written, the store's clock shows the history's time, so that
// everything a command stamps (status transitions and their entries, milestones, op
// times, last activity) is historical and the same on every run. Afterwards the store
// is back on the system clock and its actor is restored.
class DemoData::HistoricalSession
{
public:
    HistoricalSession(Store &store, qint64 at)
        : m_store(store)
        , m_clock(timeAt(at))
        , m_actor(store.actor())
        , m_previousClock(store.clock())
    {
        m_store.setClock(&m_clock);
    }
    ~HistoricalSession()
    {
        m_store.setClock(m_previousClock);
        m_store.setActor(m_actor);
    }
    HistoricalSession(const HistoricalSession &) = delete;
    HistoricalSession &operator=(const HistoricalSession &) = delete;

    void at(qint64 msecs) { m_clock.set(timeAt(msecs)); }

private:
    Store &m_store;
    ManualClock m_clock;
    QUuid m_actor;
    const Clock *m_previousClock;
};

struct DemoData::Plan {
    Scene scene;
    Incident incident;
    QList<QPair<IncidentStatus, qint64>> steps;
    QList<RoleAssignment> roles;
    QList<Track> tracks;
    QList<BridgeParticipant> participants;
    int entryCount = 0;
    // The milestones the narrative follows; "never" while the incident has not got there.
    qint64 identifiedAt = Never;
    qint64 mitigatedAt = Never;
    qint64 endAt = 0; // the last moment of the narrative
};

DemoData::DemoData(const Options &options)
    : m_options(options)
    , m_random(options.seed)
{
    m_reference = (m_options.referenceTime.isValid() ? m_options.referenceTime : QDateTime::currentDateTimeUtc())
                      .toMSecsSinceEpoch();
    if (m_options.minEntries > m_options.maxEntries)
        std::swap(m_options.minEntries, m_options.maxEntries);
    m_options.minEntries = std::max(1, m_options.minEntries);
    m_options.batchSize = std::max(1, m_options.batchSize);
    buildDirectory();
}

DemoData::~DemoData() = default;

QDateTime DemoData::referenceTime() const
{
    return timeAt(m_reference);
}

QString DemoData::rareToken()
{
    return QStringLiteral("quokka");
}

int DemoData::uniform(int lowest, int highest)
{
    return lowest >= highest ? lowest : int(m_random.bounded(lowest, highest + 1));
}

double DemoData::unit()
{
    return m_random.generateDouble();
}

bool DemoData::chance(double probability)
{
    return unit() < probability;
}

double DemoData::lognormal(double median, double sigma)
{
    // Box–Muller: two uniforms make one standard normal.
    const double u1 = std::max(unit(), 1e-12);
    const double u2 = unit();
    const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    return median * std::exp(sigma * normal);
}

void DemoData::buildDirectory()
{
    const qint64 idTime = m_reference - 3 * 365 * Day;
    for (const TeamSeed &seed : TeamSeeds)
        m_teams.append({newIdAt(idTime, m_random), text(seed.name), text(seed.businessUnit)});
    for (const PersonSeed &seed : PersonSeeds) {
        const QString handle = text(seed.handle);
        m_people.append({newIdAt(idTime, m_random), text(seed.name), handle, handle + QStringLiteral("@example.com"),
                         m_teams.at(seed.team).id});
    }
    for (const ServiceSeed &seed : ServiceSeeds) {
        m_services.append({newIdAt(idTime, m_random), text(seed.name), m_teams.at(seed.team).id, seed.tier});
        m_serviceLabels.append(text(seed.label));
    }
}

bool DemoData::ensureDirectory(Store &store)
{
    if (!store.people().isEmpty())
        return true;
    return store.replaceDirectory(m_teams, m_people, m_services);
}

QString DemoData::fill(const char *pattern, const Scene &scene, qint64 at)
{
    const QString source = QString::fromUtf8(pattern);
    QString out;
    out.reserve(source.size() + 40);
    auto person = [&](int offset) -> const Person & {
        return m_people.at(scene.responders.at(offset % scene.responders.size()));
    };
    qsizetype i = 0;
    while (i < source.size()) {
        const qsizetype open = source.indexOf(QLatin1Char('{'), i);
        if (open < 0) {
            out += QStringView(source).mid(i);
            break;
        }
        out += QStringView(source).mid(i, open - i);
        const qsizetype close = source.indexOf(QLatin1Char('}'), open);
        const QStringView key = QStringView(source).mid(open + 1, close - open - 1);
        i = close + 1;
        const Service &service = m_services.at(scene.service);
        if (key == u"L") {
            out += m_serviceLabels.at(scene.service);
        } else if (key == u"S") {
            out += service.name;
        } else if (key == u"S2") {
            out += m_services.at(scene.otherService).name;
        } else if (key == u"R") {
            out += scene.region;
        } else if (key == u"R2") {
            out += scene.otherRegion;
        } else if (key == u"h") {
            out += person(uniform(0, 1000)).handle;
        } else if (key == u"p") {
            out += person(uniform(0, 1000)).name;
        } else if (key == u"p2") {
            out += pick(m_people).name;
        } else if (key == u"team") {
            const auto owner = std::find_if(m_teams.cbegin(), m_teams.cend(),
                                            [&](const Team &team) { return team.id == service.ownerTeamId; });
            out += owner->name;
        } else if (key == u"team2") {
            out += pick(m_teams).name;
        } else if (key == u"pct") {
            out += QString::number(uniform(2, 95));
        } else if (key == u"hot") {
            out += QString::number(uniform(88, 100));
        } else if (key == u"ms") {
            out += QString::number(uniform(35, 480) * 10);
        } else if (key == u"n") {
            out += QString::number(uniform(3, 480));
        } else if (key == u"n2") {
            out += QString::number(uniform(500, 2000));
        } else if (key == u"r") {
            out += QString::number(uniform(4, 24));
        } else if (key == u"r2") {
            out += QString::number(uniform(30, 60));
        } else if (key == u"sec") {
            out += QString::number(uniform(1, 5));
        } else if (key == u"ver") {
            out += scene.version;
        } else if (key == u"ver0") {
            out += scene.previousVersion;
        } else if (key == u"hhmm") {
            out += timeAt(at - uniform(5, 90) * Minute).toString(QStringLiteral("HH:mm"));
        } else if (key == u"host") {
            out += service.name + QLatin1Char('-') + QString::number(uniform(1, 48)) + QLatin1Char('.')
                + scene.region.toLower() + QStringLiteral(".prod");
        } else if (key == u"flag") {
            out += text(pickText(Flags, countOf(Flags)));
        } else if (key == u"case") {
            out += QString::number(uniform(100000, 999999));
        } else if (key == u"num") {
            out += QString::number(scene.number);
        } else if (key == u"min") {
            out += QString::number(std::max<qint64>(1, (at - scene.declaredAt) / Minute));
        }
    }
    return out;
}

EntryKind DemoData::pickKind(int stage, bool withCommandKinds)
{
    // Weights per mille before the cause is known / while it is fixed / during recovery:
    // escalations cluster at the start, decisions in the middle, comms at the end.
    struct Weights {
        EntryKind kind;
        int perStage[3];
    };
    static const Weights weights[] = {
        {EntryKind::Note, {450, 450, 450}},    {EntryKind::Action, {150, 200, 100}},
        {EntryKind::Decision, {50, 100, 100}}, {EntryKind::Comms, {100, 80, 200}},
        {EntryKind::Escalation, {150, 40, 20}}, {EntryKind::Checkpoint, {100, 130, 130}},
        {EntryKind::StatusChange, {0, 0, 0}},  {EntryKind::RoleChange, {0, 0, 0}},
    };
    auto weightOf = [&](const Weights &w) {
        if (w.kind == EntryKind::StatusChange || w.kind == EntryKind::RoleChange)
            return withCommandKinds ? 30 : 0;
        return w.perStage[std::clamp(stage, 0, 2)];
    };
    int total = 0;
    for (const Weights &w : weights)
        total += weightOf(w);
    int roll = uniform(0, total - 1);
    for (const Weights &w : weights) {
        roll -= weightOf(w);
        if (roll < 0)
            return w.kind;
    }
    return EntryKind::Note;
}

const char *DemoData::pattern(EntryKind kind, int stage, double progress, bool severe)
{
    switch (kind) {
    case EntryKind::Note:
        if (stage == 0)
            return progress < 0.4 ? pickText(SymptomNotes, countOf(SymptomNotes))
                                  : pickText(InvestigationNotes, countOf(InvestigationNotes));
        return stage == 1 ? pickText(InvestigationNotes, countOf(InvestigationNotes))
                          : pickText(RecoveryNotes, countOf(RecoveryNotes));
    case EntryKind::Decision:
        return pickText(Decisions, countOf(Decisions));
    case EntryKind::Action:
        return pickText(Actions, countOf(Actions));
    case EntryKind::Comms:
        return severe && chance(0.5) ? PublicComms[std::clamp(stage, 0, 2)][uniform(0, 1)]
                                     : pickText(InternalComms, countOf(InternalComms));
    case EntryKind::Escalation:
        return pickText(Escalations, countOf(Escalations));
    case EntryKind::Checkpoint:
        return pickText(Checkpoints, countOf(Checkpoints));
    case EntryKind::StatusChange:
        return pickText(StatusChanges, countOf(StatusChanges));
    case EntryKind::RoleChange:
        return pickText(RoleChanges, countOf(RoleChanges));
    }
    return SymptomNotes[0];
}

TimelineEntry DemoData::makeEntry(Scene &scene, EntryKind kind, qint64 occurredAt, qint64 recordedAt)
{
    TimelineEntry entry;
    entry.id = newIdAt(recordedAt, m_random);
    entry.incidentId = scene.incidentId;
    entry.kind = kind;
    entry.occurredAt = timeAt(occurredAt);
    entry.recordedAt = timeAt(recordedAt);
    // The scribe writes most of the timeline; the IC and responders the rest.
    const int who = chance(0.6) ? 1 : uniform(0, int(scene.responders.size()) - 1);
    entry.author = m_people.at(scene.responders.at(who % scene.responders.size())).id;
    if (!scene.tracks.isEmpty() && kind != EntryKind::Comms && chance(0.35))
        entry.trackId = pick(scene.tracks);
    return entry;
}

DemoData::Plan DemoData::planIncident(int index, qint64 declaredAt, Stage stage, const QString &severity)
{
    const bool active = stage == Stage::Active;
    Plan plan;
    Scene &scene = plan.scene;
    const int rank = severity.mid(3).toInt() - 1; // 0 for SEV1
    scene.number = 1000 + index;
    scene.declaredAt = declaredAt;
    scene.incidentId = newIdAt(declaredAt, m_random);
    // A SEV1 hits a tier-1 service, a SEV2 at least a tier-2 one.
    const int maxTier = rank == 0 ? 1 : rank == 1 ? 2 : 4;
    do {
        scene.service = uniform(0, int(m_services.size()) - 1);
    } while (m_services.at(scene.service).tier > maxTier);
    do {
        scene.otherService = uniform(0, int(m_services.size()) - 1);
    } while (scene.otherService == scene.service);
    scene.cause = uniform(0, CauseCount - 1);
    const int region = uniform(0, countOf(Regions) - 1);
    scene.region = text(Regions[region]);
    scene.otherRegion = text(Regions[(region + uniform(1, countOf(Regions) - 1)) % countOf(Regions)]);
    const int major = uniform(1, 9);
    const int minor = uniform(1, 40);
    const int patch = uniform(1, 12);
    scene.version = QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(patch);
    scene.previousVersion = QStringLiteral("v%1.%2.%3").arg(major).arg(minor).arg(patch - 1);

    // The cast: an IC (the owning team's or SRE's), a scribe, and responders from the
    // owning team and SRE.
    const Service &service = m_services.at(scene.service);
    QList<int> owners;
    QList<int> sre;
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).teamId == service.ownerTeamId)
            owners.append(i);
        else if (m_people.at(i).teamId == m_teams.at(PlatformTeam).id)
            sre.append(i);
    }
    // Draws from the preferred pool, or the other when it has run dry.
    auto draft = [&](QList<int> &preferred, QList<int> &fallback) {
        QList<int> &pool = preferred.isEmpty() ? fallback : preferred;
        if (pool.isEmpty())
            return;
        const int at = uniform(0, int(pool.size()) - 1);
        scene.responders.append(pool.at(at));
        pool.removeAt(at);
    };
    if (chance(0.5))
        draft(sre, owners); // the IC
    else
        draft(owners, sre);
    draft(owners, sre); // the scribe
    const int extra = 2 - rank / 2 + uniform(0, 2);
    for (int i = 0; i < extra; ++i) {
        if (i % 2 == 0)
            draft(owners, sre);
        else
            draft(sre, owners);
    }

    // Clocks: lognormal, as real time-to-acknowledge and time-to-resolve are.
    static const double ackMedianMinutes[] = {4, 8, 15, 30};
    static const double resolveMedianMinutes[] = {45, 120, 240, 480};
    const qint64 tta = std::clamp(qint64(lognormal(ackMedianMinutes[rank], 0.8) * Minute), Minute / 2, 6 * Hour);
    qint64 ttr = std::clamp(qint64(lognormal(resolveMedianMinutes[rank], 0.9) * Minute), tta + 10 * Minute, 3 * Day);

    Incident &incident = plan.incident;
    incident.id = scene.incidentId;
    incident.severity = severity;
    incident.title = fill(Causes[scene.cause].titles[uniform(0, 1)], scene, declaredAt);
    incident.summary = fill(pickText(Summaries, countOf(Summaries)), scene, declaredAt);
    incident.declaredAt = timeAt(declaredAt);
    incident.declaredBy = m_people.at(scene.responders.first()).id;
    incident.owningTeam = service.ownerTeamId;
    for (const Team &team : std::as_const(m_teams)) {
        if (team.id == service.ownerTeamId)
            incident.businessUnit = team.businessUnit;
    }
    incident.affectedServices = {service.id};
    if (chance(0.4))
        incident.affectedServices.append(m_services.at(scene.otherService).id);
    incident.tags = {scene.region.toLower(), text(Causes[scene.cause].tag)};
    if (rank <= 1)
        incident.tags.append(QStringLiteral("customer-impact"));
    incident.restricted = service.ownerTeamId == m_teams.at(3).id && chance(0.15);
    // SEV1 and SEV2 get a bridge and its fallbacks at once, as teams set one up when they
    // declare, and the RACI matrix of their severity. (No random draw here: the rest of the
    // history stays as it was.)
    if (rank <= 1) {
        incident.raci = RaciMatrix::defaultFor(severity);
        incident.bridge.meetingLink = fill("https://meet.example.com/inc-{num}", scene, declaredAt);
        incident.bridge.dialIn = fill("+44 20 7946 0000, PIN {num}#", scene, declaredAt);
        incident.bridge.fallback = fill("If the meeting tool is down: #inc-{num} in chat, then the phone tree "
                                        "(the comms lead calls each team lead).",
                                        scene, declaredAt);
    }

    const qint64 ackAt = declaredAt + tta;
    if (active) {
        // Still open: as far along as the time since declaration allows.
        const qint64 elapsed = m_reference - declaredAt;
        plan.endAt = m_reference - uniform(10, 120) * 1000;
        const qint64 ack = std::min(ackAt, declaredAt + elapsed / 4);
        incident.acknowledgedAt = timeAt(ack);
        plan.steps.append({IncidentStatus::Investigating, ack});
        const int stage = uniform(0, 2);
        if (stage >= 1) {
            plan.identifiedAt = declaredAt + elapsed / 2;
            plan.steps.append({IncidentStatus::Identified, plan.identifiedAt});
        }
        if (stage >= 2) {
            plan.mitigatedAt = declaredAt + elapsed * 3 / 4;
            incident.mitigatedAt = timeAt(plan.mitigatedAt);
            plan.steps.append({IncidentStatus::Mitigated, plan.mitigatedAt});
        }
    } else {
        const qint64 resolvedAt = std::max(declaredAt + tta + 10 * Minute, std::min(declaredAt + ttr, m_reference - Hour));
        plan.identifiedAt = ackAt + qint64((resolvedAt - ackAt) * (0.2 + 0.3 * unit()));
        const qint64 mitigatedAt = ackAt + qint64((resolvedAt - ackAt) * (0.55 + 0.35 * unit()));
        plan.mitigatedAt = mitigatedAt;
        incident.acknowledgedAt = timeAt(ackAt);
        incident.mitigatedAt = timeAt(mitigatedAt);
        incident.resolvedAt = timeAt(resolvedAt);
        plan.steps = {{IncidentStatus::Investigating, ackAt},
                      {IncidentStatus::Identified, plan.identifiedAt},
                      {IncidentStatus::Mitigated, mitigatedAt},
                      {IncidentStatus::Resolved, resolvedAt}};
        // Closed once the postmortem is done, a few days later; the latest stay resolved.
        const qint64 closedAt = resolvedAt + uniform(1, 5) * Day + uniform(0, 8) * Hour;
        if (stage == Stage::Closed && closedAt < m_reference) {
            incident.closedAt = timeAt(closedAt);
            plan.steps.append({IncidentStatus::Closed, closedAt});
        }
        plan.endAt = resolvedAt + uniform(5, 40) * Minute;
    }

    // Severe incidents get the long timelines.
    const int span = m_options.maxEntries - m_options.minEntries;
    static const double fromShare[] = {0.4, 0.2, 0.0, 0.0};
    static const double toShare[] = {1.0, 0.8, 0.5, 0.25};
    plan.entryCount = uniform(m_options.minEntries + int(span * fromShare[rank]), m_options.minEntries + int(span * toShare[rank]));

    // Roles: the IC at once, the others as the incident grows; SEV1 fills every bridge role.
    const QUuid icId = m_people.at(scene.responders.at(0)).id;
    auto role = [&](const QString &key, int responder, qint64 at, RoleRank roleRank = RoleRank::Primary) {
        plan.roles.append({newIdAt(at, m_random), scene.incidentId, key,
                           m_people.at(scene.responders.at(responder % scene.responders.size())).id, roleRank,
                           timeAt(at), {}, icId});
    };
    role(Roles::IncidentCommander, 0, declaredAt + uniform(10, 90) * 1000);
    if (rank <= 2 || chance(0.5))
        role(Roles::Scribe, 1, declaredAt + uniform(1, 5) * Minute);
    if (rank <= 2)
        role(Roles::TechnicalLead, 2, ackAt + uniform(1, 4) * Minute);
    // The open SEV1 has no comms lead yet: the console must make that obvious.
    const bool leaveCommsEmpty = active && rank == 0;
    if (rank <= 1 && !leaveCommsEmpty)
        role(Roles::CommsLead, 3, ackAt + uniform(2, 10) * Minute);
    if (rank == 0) {
        role(Roles::Facilitator, 4, ackAt + uniform(3, 12) * Minute);
        if (!active)
            role(Roles::IncidentCommander, 5, ackAt + uniform(5, 15) * Minute, RoleRank::Secondary);
    }
    // A long incident changes shift: the IC hands over.
    if (plan.endAt - declaredAt > 4 * Hour && scene.responders.size() > 3)
        role(Roles::IncidentCommander, int(scene.responders.size()) - 1, declaredAt + (plan.endAt - declaredAt) / 2);

    // Tracks: the larger incidents split the work 1–3 ways.
    const int trackCount = plan.entryCount >= 40 ? uniform(1, 3) : (plan.entryCount >= 25 && chance(0.5) ? 1 : 0);
    QList<int> trackCauses{scene.cause};
    while (trackCauses.size() < trackCount) {
        const int other = uniform(0, CauseCount - 1);
        if (!trackCauses.contains(other))
            trackCauses.append(other);
    }
    for (int i = 0; i < trackCount; ++i) {
        const Cause &cause = Causes[trackCauses.at(i)];
        const qint64 created = ackAt + uniform(2, 20) * Minute;
        Track track;
        track.id = newIdAt(created, m_random);
        track.incidentId = scene.incidentId;
        track.name = text(cause.track);
        track.ownerId = m_people.at(scene.responders.at((2 + i) % scene.responders.size())).id;
        track.teamId = m_people.at(scene.responders.at((2 + i) % scene.responders.size())).teamId;
        track.hypothesis = fill(cause.hypothesis, scene, created);
        track.createdAt = timeAt(created);
        const bool found = i == 0 && (!active || plan.steps.size() >= 2);
        if (i == 0)
            track.status = found ? TrackStatus::Confirmed : TrackStatus::Active;
        else
            track.status = active ? (chance(0.5) ? TrackStatus::Active : TrackStatus::RuledOut) : TrackStatus::RuledOut;
        // What this track looked at and cleared, shown to every other track.
        for (int c = 0; c < CauseCount && track.ruledOut.size() < 2; ++c) {
            if (!trackCauses.contains(c) && chance(0.3))
                track.ruledOut.append(fill(Causes[c].suspect, scene, created));
        }
        if (track.status == TrackStatus::RuledOut)
            track.ruledOut.prepend(fill(cause.suspect, scene, created));
        plan.tracks.append(track);
        scene.tracks.append(track.id);
    }

    // The bridge: everyone on the cast, and for severe incidents someone dialled in by phone.
    if (rank <= 1 || (rank == 2 && chance(0.5))) {
        for (int i = 0; i < scene.responders.size(); ++i) {
            const Person &who = m_people.at(scene.responders.at(i));
            BridgeParticipant participant;
            const qint64 joined = declaredAt + uniform(0, 15) * Minute;
            participant.id = newIdAt(joined, m_random);
            participant.incidentId = scene.incidentId;
            participant.kind = ParticipantKind::Console;
            participant.personId = who.id;
            participant.displayName = who.name;
            participant.joinedAt = timeAt(joined);
            participant.essential = i < 3;
            if (active) {
                participant.handRaised = i == 3;
                participant.muteRequested = i == 4;
            } else {
                participant.leftAt = timeAt(plan.endAt);
            }
            plan.participants.append(participant);
        }
        if (rank == 0 || chance(0.3)) {
            BridgeParticipant phone;
            const qint64 joined = ackAt + uniform(5, 30) * Minute;
            phone.id = newIdAt(joined, m_random);
            phone.incidentId = scene.incidentId;
            phone.kind = ParticipantKind::Phone;
            phone.displayName = text(pickText(PhoneGuests, countOf(PhoneGuests)));
            phone.channel = QStringLiteral("tel:+44 20 7946 0%1").arg(uniform(0, 999), 3, 10, QLatin1Char('0'));
            phone.joinedAt = timeAt(joined);
            phone.inLobby = active;
            if (!active)
                phone.leftAt = timeAt(plan.endAt);
            plan.participants.append(phone);
        }
    }
    return plan;
}

QList<TimelineEntry> DemoData::narrative(const Plan &plan)
{
    Scene scene = plan.scene;
    const qint64 start = scene.declaredAt;
    const qint64 end = std::max(plan.endAt, start + Minute);
    const Cause &cause = Causes[scene.cause];
    const bool severe = plan.incident.severity == QLatin1String("SEV1") || plan.incident.severity == QLatin1String("SEV2");

    // Busier at the start: times drawn denser early, then sorted. The story ends at the
    // resolution; the closing beats follow it.
    const qint64 storyEnd = plan.incident.resolvedAt.isValid() ? plan.incident.resolvedAt.toMSecsSinceEpoch() : end;
    QList<qint64> times;
    for (int i = 0; i < plan.entryCount; ++i)
        times.append(start + qint64(double(storyEnd - start) * std::pow(unit(), 1.3)));
    std::sort(times.begin(), times.end());

    QList<TimelineEntry> entries;
    entries.reserve(plan.entryCount + 3);
    auto add = [&](EntryKind kind, qint64 at, const QString &body) {
        // A scribe often records a moment after it happened, sometimes minutes later.
        const qint64 recorded = std::min(at + (chance(0.05) ? uniform(10, 240) : uniform(0, 3)) * 1000, m_reference);
        TimelineEntry entry = makeEntry(scene, kind, std::min(at, recorded), recorded);
        entry.body = body;
        entries.append(entry);
        return &entries.last();
    };
    // The story's fixed beats: the alert, the finding and the fix (pinned), the resolution.
    bool found = false;
    for (int i = 0; i < times.size(); ++i) {
        const qint64 at = times.at(i);
        if (i == 0) {
            add(EntryKind::Note, at, fill("Alert: {S} error rate above threshold in {R} (from monitoring)", scene, at));
            continue;
        }
        if (!found && at >= plan.identifiedAt) {
            found = true;
            add(EntryKind::Note, at, fill(cause.finding, scene, at));
            add(EntryKind::Decision, at + 30 * 1000, fill(cause.fix, scene, at))->pinned = true;
            continue;
        }
        const int stage = at < plan.identifiedAt ? 0 : at < plan.mitigatedAt ? 1 : 2;
        const double progress = stage == 0 ? double(at - start) / double(std::min(plan.identifiedAt, storyEnd) - start + 1) : 0.5;
        const EntryKind kind = pickKind(stage, false);
        add(kind, at, fill(pattern(kind, stage, progress, severe), scene, at));
    }
    if (plan.incident.resolvedAt.isValid()) {
        const qint64 resolved = plan.incident.resolvedAt.toMSecsSinceEpoch();
        add(EntryKind::Comms, resolved + Minute,
            severe ? fill("Status page: Resolved — {L} is working normally in {R}.", scene, resolved)
                   : fill("Internal update: resolved, see #inc-{num} for details", scene, resolved));
        add(EntryKind::Action, resolved + 3 * Minute,
            fill("@{h} write the postmortem (due in 48 h) and file the follow-up actions", scene, resolved));
    }
    return entries;
}

bool DemoData::writeIncident(Store &store, HistoricalSession &session, const Plan &plan, Result &result)
{
    auto failed = [&](const QString &error) {
        result.error = QStringLiteral("incident %1 (%2): %3").arg(plan.scene.number).arg(plan.incident.title, error);
        return false;
    };
    const QUuid ic = m_people.at(plan.scene.responders.first()).id;
    store.setActor(ic);
    session.at(plan.scene.declaredAt);
    if (const CommandResult declared = store.declareIncident(plan.incident); !declared)
        return failed(declared.error);
    for (const RoleAssignment &assignment : plan.roles) {
        session.at(assignment.assignedAt.toMSecsSinceEpoch());
        if (const CommandResult assigned = store.assignRole(assignment); !assigned)
            return failed(assigned.error);
    }
    for (const Track &track : plan.tracks) {
        session.at(track.createdAt.toMSecsSinceEpoch());
        if (const CommandResult upserted = store.upsertTrack(track); !upserted)
            return failed(upserted.error);
    }
    for (const BridgeParticipant &participant : plan.participants) {
        session.at(participant.joinedAt.toMSecsSinceEpoch());
        if (const CommandResult upserted = store.upsertParticipant(participant); !upserted)
            return failed(upserted.error);
    }
    const QList<TimelineEntry> entries = narrative(plan);
    // The scribe's console wrote them as they came; the batch's op time is the last one.
    if (!entries.isEmpty())
        session.at(entries.last().recordedAt.toMSecsSinceEpoch());
    if (const CommandResult added = store.addEntries(entries); !added)
        return failed(added.error);
    for (const auto &[status, at] : plan.steps) {
        session.at(at);
        if (const CommandResult changed = store.setStatus(plan.incident.id, status); !changed)
            return failed(changed.error);
    }
    ++result.incidents;
    result.entries += entries.size() + plan.roles.size() + plan.steps.size();
    return true;
}

QList<qint64> DemoData::pastDeclarations(int count)
{
    // Spread evenly over two years up to a day ago.
    QList<qint64> starts;
    for (int i = 0; i < count; ++i)
        starts.append(m_reference - HistorySpan + qint64(unit() * double(HistorySpan - Day)));
    std::sort(starts.begin(), starts.end());
    return starts;
}

QString DemoData::pastSeverity()
{
    const double roll = unit();
    return severityKey(roll < 0.05 ? 0 : roll < 0.20 ? 1 : roll < 0.60 ? 2 : 3);
}

QList<Incident> DemoData::incidentHistory(int count)
{
    const QList<qint64> starts = pastDeclarations(count);
    QList<Incident> history;
    history.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Plan plan = planIncident(i, starts.at(i), Stage::Closed, pastSeverity());
        Incident incident = plan.incident;
        incident.transitions = {{IncidentStatus::Declared, incident.declaredAt, incident.declaredBy}};
        for (const auto &[status, at] : plan.steps)
            incident.transitions.append({status, timeAt(at), incident.declaredBy});
        incident.status = incident.transitions.constLast().status;
        history.append(incident);
    }
    return history;
}

DemoData::Result DemoData::generate(Store &store)
{
    Result result;
    if (!store.replaceDirectory(m_teams, m_people, m_services)) {
        result.error = QStringLiteral("could not write the directory");
        return result;
    }
    const int count = std::max(0, m_options.incidentCount);
    const int active = std::clamp(m_options.activeIncidents, 0, count);

    // The newest of the past incidents are resolved but not yet closed (their postmortem
    // is still due).
    const QList<qint64> starts = pastDeclarations(count - active);
    QList<qint64> recent;
    for (int i = 0; i < active; ++i)
        recent.append(m_reference - uniform(20, 600) * Minute);
    std::sort(recent.begin(), recent.end());

    HistoricalSession session(store, m_reference - HistorySpan);
    QStringList recentTitles;
    bool ok = true;
    for (int i = 0; ok && i < count; ++i) {
        const bool isActive = i >= count - active;
        // The two newest of the past incidents still await their postmortem.
        const Stage stage = isActive ? Stage::Active : i >= count - active - 2 ? Stage::Resolved : Stage::Closed;
        QString severity;
        if (isActive) {
            // The open incidents show the whole range, most severe first in age.
            severity = severityKey((i - (count - active)) % 4);
        } else {
            severity = pastSeverity();
        }
        const qint64 declaredAt = isActive ? recent.at(i - (count - active)) : starts.at(i);
        // Two neighbours in the list with the same title would look like a bug.
        Plan plan = planIncident(i, declaredAt, stage, severity);
        for (int retry = 0; retry < 8 && recentTitles.contains(plan.incident.title); ++retry)
            plan = planIncident(i, declaredAt, stage, severity);
        recentTitles.append(plan.incident.title);
        if (recentTitles.size() > 12)
            recentTitles.removeFirst();
        ok = writeIncident(store, session, plan, result);
    }
    result.ok = ok;
    return result;
}

DemoData::Result DemoData::declareBigIncident(Store &store, qint64 plannedEntries)
{
    Result result;
    if (!ensureDirectory(store)) {
        result.error = QStringLiteral("could not write the directory");
        return result;
    }
    const qint64 declaredAt = m_reference - std::max<qint64>(plannedEntries, 1) * BigEntryGap - 10 * Minute;
    Plan plan = planIncident(0, declaredAt, Stage::Active, QStringLiteral("SEV1"));
    plan.incident.title = fill("{L} errors in {R} (war room)", plan.scene, declaredAt);
    plan.incident.restricted = false;
    // The opening minutes are told like any incident's; the stream continues from there.
    plan.endAt = declaredAt + 10 * Minute;
    plan.steps = {plan.steps.first()};
    // A war room that runs for days has a big cast.
    for (int i = 0; plan.scene.responders.size() < 12 && i < m_people.size(); i += 3) {
        if (!plan.scene.responders.contains(i))
            plan.scene.responders.append(i);
    }
    {
        HistoricalSession session(store, declaredAt);
        if (!writeIncident(store, session, plan, result))
            return result;
    }
    m_big = std::make_unique<Scene>(plan.scene);
    m_big->cursor = plan.endAt;
    result.ok = true;
    result.incidentId = plan.incident.id;
    return result;
}

QList<TimelineEntry> DemoData::nextBigEntries(int count)
{
    QList<TimelineEntry> entries;
    if (!m_big)
        return entries;
    Scene &scene = *m_big;
    entries.reserve(count);
    for (int i = 0; i < count; ++i) {
        scene.cursor += uniform(0, 2 * BigEntryGap);
        const qint64 recorded = scene.cursor;
        // Back-dated entries land earlier in display order than in insertion order.
        const qint64 occurred = chance(0.02) ? recorded - uniform(10, 300) * 1000 : recorded;
        // A days-long war room cycles through every stage many times.
        const int stage = uniform(0, 2);
        const EntryKind kind = pickKind(stage, true);
        TimelineEntry entry = makeEntry(scene, kind, occurred, recorded);
        if (kind == EntryKind::Decision)
            entry.pinned = chance(0.02);
        entry.body = fill(pattern(kind, stage, unit(), true), scene, occurred);
        // The planted rare term: early enough that short runs have it too.
        if (scene.emitted % RareTokenEvery == 777)
            entry.body += QStringLiteral(" (the %1 canary host answers again)").arg(rareToken());
        ++scene.emitted;
        entries.append(entry);
    }
    return entries;
}

DemoData::Result DemoData::generateBigIncident(Store &store, qint64 entryCount, const Progress &progress)
{
    Result result = declareBigIncident(store, entryCount);
    if (!result.ok)
        return result;
    HistoricalSession session(store, m_big->cursor);
    qint64 done = 0;
    while (done < entryCount) {
        const int size = int(std::min<qint64>(m_options.batchSize, entryCount - done));
        const QList<TimelineEntry> batch = nextBigEntries(size);
        session.at(batch.last().recordedAt.toMSecsSinceEpoch());
        const CommandResult added = store.addEntries(batch);
        if (!added) {
            result.ok = false;
            result.error = added.error;
            return result;
        }
        done += size;
        result.entries += size;
        if (progress)
            progress(done, entryCount);
    }
    return result;
}

} // namespace Sitrep
