#include "PostgresChangeListener.h"

#include "PostgresServerDb.h"

#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace Sitrep::Server {

namespace {

Q_LOGGING_CATEGORY(lcListen, "sitrep.server.listen", QtInfoMsg)

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("sitrep-server-listen-%1").arg(++counter);
}

} // namespace

// Everything of the connection lives on this thread: it is opened, listened on, probed and
// closed here, and its socket notifier runs in this thread's event loop.
class PostgresChangeListener::Thread final : public QThread
{
public:
    Thread(const PostgresUrl &url, std::function<void()> changed, Options options)
        : m_url(url)
        , m_changed(std::move(changed))
        , m_options(std::move(options))
        , m_connectionName(nextConnectionName())
    {
        m_url.options.append(QStringLiteral("application_name=") + m_options.applicationName);
        // A dead peer that never answers (no RST) must not leave the probe waiting for the
        // kernel's retransmission limit (~15 min): TCP keepalives while idle, and a bound on
        // unacknowledged data. Later options win over connect()'s defaults in libpq.
        m_url.options.append(QStringLiteral("keepalives_idle=30"));
        m_url.options.append(QStringLiteral("keepalives_interval=10"));
        m_url.options.append(QStringLiteral("keepalives_count=3"));
        m_url.options.append(QStringLiteral("tcp_user_timeout=30000"));
    }

    QSemaphore firstAttempt;
    std::atomic<bool> firstAttemptListened{false};
    // Set before start().
    std::function<void(const QByteArray &)> presenceHeard;
    std::function<void()> presenceListened;

    // Runs `work` on this thread after everything posted before it; false when the thread
    // does not run its event loop (yet or any more).
    bool post(std::function<void()> work)
    {
        std::lock_guard lock(m_contextMutex);
        if (!m_context)
            return false;
        QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
        return true;
    }

    void notifyPresence(const QByteArray &payload)
    {
        if (!m_database.isOpen())
            return;
        QSqlQuery query(m_database);
        query.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        query.addBindValue(QLatin1String(PostgresServerDb::PresenceChannel));
        query.addBindValue(QString::fromUtf8(payload));
        if (!query.exec())
            qCWarning(lcListen).noquote() << "could not share presence:" << query.lastError().text().simplified();
    }

protected:
    void run() override
    {
        QObject context; // the receiver of the driver's signal and of post(), on this thread
        {
            std::lock_guard lock(m_contextMutex);
            m_context = &context;
        }
        QTimer probe;
        probe.setInterval(m_options.probeInterval);
        QTimer retry;
        retry.setSingleShot(true);
        std::chrono::milliseconds backoff = m_options.minBackoff;

        const auto scheduleRetry = [&] {
            qCWarning(lcListen).noquote() << "retrying in" << backoff.count() << "ms";
            retry.start(backoff);
            backoff = std::min(backoff * 2, m_options.maxBackoff);
        };
        QObject::connect(&probe, &QTimer::timeout, &context, [&] {
            // Nothing tells us when the connection drops (libpq closes the socket, QPSQL's
            // notifier goes quiet): this is how it is noticed. isOpen() is already false
            // when libpq has seen the close; else a query on a dead connection fails.
            QString problem = QStringLiteral("the connection was closed");
            if (m_database.isOpen()) {
                QSqlQuery query(m_database);
                if (query.exec(QStringLiteral("SELECT 1")))
                    return;
                problem = query.lastError().text().simplified();
            }
            qCWarning(lcListen).noquote() << "lost the connection to" << m_url.toDisplayString() + QStringLiteral(":")
                                          << problem;
            probe.stop();
            closeConnection();
            scheduleRetry();
        });
        QObject::connect(&retry, &QTimer::timeout, &context, [&] {
            if (!listen(context)) {
                scheduleRetry();
                return;
            }
            qCInfo(lcListen).noquote() << "listening again for changes on" << m_url.toDisplayString();
            backoff = m_options.minBackoff;
            probe.start();
        });

        if (listen(context)) {
            qCInfo(lcListen).noquote() << "listening for changes on" << m_url.toDisplayString();
            firstAttemptListened = true;
            probe.start();
        } else {
            scheduleRetry();
        }
        firstAttempt.release();
        exec();
        {
            std::lock_guard lock(m_contextMutex);
            m_context = nullptr;
        }
        probe.stop();
        retry.stop();
        closeConnection();
    }

private:
    // Connects and LISTENs; then reports once, for what may have been committed unheard.
    bool listen(QObject &context)
    {
        QString error;
        m_database = PostgresServerDb::connect(m_url, m_connectionName, &error);
        if (!m_database.isOpen()) {
            qCWarning(lcListen).noquote() << error;
            closeConnection();
            return false;
        }
        const QString changes = QLatin1String(PostgresServerDb::ChangesChannel);
        const QString presence = QLatin1String(PostgresServerDb::PresenceChannel);
        QObject::connect(m_database.driver(), &QSqlDriver::notification, &context,
                         [this, changes, presence](const QString &name, QSqlDriver::NotificationSource source,
                                                   const QVariant &payload) {
                             if (name == changes)
                                 m_changed();
                             else if (name == presence && source == QSqlDriver::OtherSource && presenceHeard)
                                 presenceHeard(payload.toString().toUtf8());
                         });
        QStringList channels{changes};
        if (presenceHeard)
            channels.append(presence);
        for (const QString &channel : std::as_const(channels)) {
            if (!m_database.driver()->subscribeToNotification(channel)) {
                qCWarning(lcListen).noquote() << "LISTEN" << channel << "failed on" << m_url.toDisplayString() << "("
                                              << m_database.driver()->lastError().text().simplified() << ")";
                closeConnection();
                return false;
            }
        }
        m_changed();
        if (presenceListened)
            presenceListened();
        return true;
    }

    void closeConnection()
    {
        if (m_database.isValid())
            m_database.close(); // also ends the LISTEN and its socket notifier
        m_database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }

    PostgresUrl m_url;
    const std::function<void()> m_changed;
    const Options m_options;
    const QString m_connectionName;
    QSqlDatabase m_database; // used on this thread only
    std::mutex m_contextMutex;
    QObject *m_context = nullptr; // while the event loop runs
};

PostgresChangeListener::PostgresChangeListener(const PostgresUrl &url, std::function<void()> changed, Options options)
    : m_thread(std::make_unique<Thread>(url, std::move(changed), std::move(options)))
{ }

PostgresChangeListener::~PostgresChangeListener()
{
    stop();
}

void PostgresChangeListener::listenForPresence(std::function<void(const QByteArray &)> heard,
                                               std::function<void()> listened)
{
    m_thread->presenceHeard = std::move(heard);
    m_thread->presenceListened = std::move(listened);
}

void PostgresChangeListener::publishPresence(const QByteArray &payload)
{
    Thread *thread = m_thread.get();
    thread->post([thread, payload] { thread->notifyPresence(payload); });
}

bool PostgresChangeListener::start()
{
    m_thread->setObjectName(QStringLiteral("sitrep-listen"));
    m_thread->start();
    // libpq's connect_timeout (10 s, PostgresServerDb::connect) bounds the attempt.
    if (!m_thread->firstAttempt.tryAcquire(1, 60'000))
        return false;
    return m_thread->firstAttemptListened;
}

void PostgresChangeListener::stop()
{
    if (!m_thread->isRunning())
        return;
    // Behind what was published, so that a stopping instance's last word (its streams
    // gone) reaches the others.
    Thread *thread = m_thread.get();
    if (!thread->post([thread] { thread->quit(); }))
        thread->quit();
    m_thread->wait();
}

} // namespace Sitrep::Server
