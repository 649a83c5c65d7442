#include "auth/LoginThrottle.h"
#include "rules/Clock.h"

#include <QTest>

using namespace Sitrep;
using namespace Sitrep::Server;

class tst_LoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void refusal_data();
    void refusal();
    void windowExpires();
    void rollingWindow();
    void retryAfter();
    void successClearsNameOnly();
    void memoryBounded();

private:
    static QDateTime start() { return QDateTime(QDate(2026, 11, 30), QTime(4, 0), Qt::UTC); }
};

// Each row: failures recorded as (name, address) pairs, then whether a probe is refused.
void tst_LoginThrottle::refusal_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<bool>("sameName");
    QTest::addColumn<bool>("sameAddress");
    QTest::addColumn<QString>("probeName");
    QTest::addColumn<QString>("probeAddress");
    QTest::addColumn<bool>("refused");

    const QString alice = QStringLiteral("alice");
    const QString here = QStringLiteral("10.0.0.1");
    QTest::newRow("9 failures: allowed") << 9 << true << true << alice << here << false;
    QTest::newRow("10 failures: refused") << 10 << true << true << alice << here << true;
    QTest::newRow("11 failures: refused") << 11 << true << true << alice << here << true;
    // One address guessing many names: refused by address, for any name.
    QTest::newRow("per address, other name") << 10 << false << true << QStringLiteral("bob") << here << true;
    QTest::newRow("per address, other address")
        << 10 << false << true << QStringLiteral("bob") << QStringLiteral("10.0.0.2") << false;
    // Many addresses guessing one name: refused by name, from anywhere.
    QTest::newRow("per name, other address") << 10 << true << false << alice << QStringLiteral("192.168.1.1") << true;
    QTest::newRow("per name, case folded")
        << 10 << true << false << QStringLiteral("ALICE") << QStringLiteral("192.168.1.1") << true;
    QTest::newRow("per name, other name")
        << 10 << true << false << QStringLiteral("bob") << QStringLiteral("192.168.1.1") << false;
}

void tst_LoginThrottle::refusal()
{
    QFETCH(int, failures);
    QFETCH(bool, sameName);
    QFETCH(bool, sameAddress);
    QFETCH(QString, probeName);
    QFETCH(QString, probeAddress);
    QFETCH(bool, refused);

    ManualClock clock(start());
    LoginThrottle throttle(clock);
    for (int i = 0; i < failures; ++i) {
        if (i < 10) // below the limit, every attempt is let through
            QVERIFY(!throttle.isRefused(sameName ? QStringLiteral("alice") : QStringLiteral("user%1").arg(i),
                                        sameAddress ? QStringLiteral("10.0.0.1") : QStringLiteral("10.1.0.%1").arg(i)));
        throttle.recordFailure(sameName ? QStringLiteral("alice") : QStringLiteral("user%1").arg(i),
                               sameAddress ? QStringLiteral("10.0.0.1") : QStringLiteral("10.1.0.%1").arg(i));
        clock.advanceSeconds(1);
    }
    QCOMPARE(throttle.isRefused(probeName, probeAddress), refused);
}

void tst_LoginThrottle::windowExpires()
{
    ManualClock clock(start());
    LoginThrottle throttle(clock);
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("10.0.0.1"));
    QVERIFY(throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.1")));
    clock.advanceSeconds(59);
    QVERIFY(throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.1")));
    clock.advanceSeconds(1);
    QVERIFY(!throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.1")));
}

void tst_LoginThrottle::rollingWindow()
{
    // Failures spread over more than a minute never reach ten inside one window.
    ManualClock clock(start());
    LoginThrottle throttle(clock);
    for (int i = 0; i < 30; ++i) {
        throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("10.0.0.1"));
        QVERIFY2(!throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.1")),
                 qPrintable(QString::number(i)));
        clock.advanceSeconds(7); // 9 per 63 s
    }
    // Then a burst: the last 10 inside a minute refuse; the refusal lasts until the
    // oldest of those ten leaves the window.
    for (int i = 0; i < 9; ++i)
        throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("10.0.0.1"));
    QVERIFY(throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.1")));
}

void tst_LoginThrottle::retryAfter()
{
    ManualClock clock(start());
    LoginThrottle throttle(clock);
    QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("alice"), QStringLiteral("10.0.0.1")), qint64(0));
    for (int i = 0; i < 10; ++i) {
        throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("10.0.0.1"));
        clock.advanceSeconds(2);
    }
    // The oldest failure was 20 s ago: 40 s to go.
    QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("alice"), QStringLiteral("10.0.0.1")), qint64(40));
    clock.advanceMSecs(39500);
    QCOMPARE(throttle.retryAfterSeconds(QStringLiteral("alice"), QStringLiteral("10.0.0.1")), qint64(1));
}

void tst_LoginThrottle::successClearsNameOnly()
{
    ManualClock clock(start());
    LoginThrottle throttle(clock);
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(QStringLiteral("alice"), QStringLiteral("10.0.0.1"));
    throttle.recordSuccess(QStringLiteral("alice"));
    QVERIFY(!throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.2")));
    QVERIFY(throttle.isRefused(QStringLiteral("alice"), QStringLiteral("10.0.0.1")));
}

void tst_LoginThrottle::memoryBounded()
{
    ManualClock clock(start());
    LoginThrottle throttle(clock, {10, std::chrono::seconds(60), 1000});
    for (int i = 0; i < 20000; ++i) {
        throttle.recordFailure(QStringLiteral("user%1").arg(i), QStringLiteral("10.%1").arg(i));
        QVERIFY(throttle.trackedKeys() <= 1000);
        if (i % 100 == 0)
            clock.advanceMSecs(10);
    }
    // Old entries leave once their window has passed, flood or not.
    clock.advanceSeconds(61);
    throttle.recordFailure(QStringLiteral("x"), QStringLiteral("y"));
    QCOMPARE(throttle.trackedKeys(), 2);
    // A huge name is stored truncated, and still counted.
    const QString huge(1 << 20, QLatin1Char('a'));
    for (int i = 0; i < 10; ++i)
        throttle.recordFailure(huge, QStringLiteral("10.9.9.9"));
    QVERIFY(throttle.isRefused(huge, QStringLiteral("10.9.9.8")));
}

QTEST_GUILESS_MAIN(tst_LoginThrottle)
#include "tst_LoginThrottle.moc"
