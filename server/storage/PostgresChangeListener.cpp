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

protected:
    void run() override
    {
        QObject context; // the receiver of the driver's signal, on this thread
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
        const QString channel = QLatin1String(PostgresServerDb::ChangesChannel);
        QObject::connect(m_database.driver(), &QSqlDriver::notification, &context,
                         [this, channel](const QString &name) {
                             if (name == channel)
                                 m_changed();
                         });
        if (!m_database.driver()->subscribeToNotification(channel)) {
            qCWarning(lcListen).noquote() << "LISTEN" << channel << "failed on" << m_url.toDisplayString() << "("
                                          << m_database.driver()->lastError().text().simplified() << ")";
            closeConnection();
            return false;
        }
        m_changed();
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
};

PostgresChangeListener::PostgresChangeListener(const PostgresUrl &url, std::function<void()> changed, Options options)
    : m_thread(std::make_unique<Thread>(url, std::move(changed), std::move(options)))
{ }

PostgresChangeListener::~PostgresChangeListener()
{
    stop();
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
    m_thread->quit();
    m_thread->wait();
}

} // namespace Sitrep::Server
