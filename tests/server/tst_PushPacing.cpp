// When the live hub pushes next (PushPacing): at once while commits are sparse, so a lone
// change is never held back; a short gap after a busy push, so that under load each stream
// gets fewer, bigger messages.

#include "api/PushPacing.h"

#include <QTest>

using namespace Sitrep::Server;
using namespace std::chrono_literals;

// A delay people do not notice, well inside the 50 ms fan-out goal of issue #3.
static_assert(PushPacing::BusyPushGap > 0ms && PushPacing::BusyPushGap <= 25ms);

class tst_PushPacing : public QObject
{
    Q_OBJECT

    const PushPacing::Clock::time_point m_t0 = PushPacing::Clock::now();

private slots:
    void aFreshHubPushesAtOnce()
    {
        QCOMPARE(PushPacing().nextPushAt(), PushPacing::Clock::time_point::min());
    }

    void sparsePushesAreNotHeldBack()
    {
        PushPacing pacing;
        for (int changes = 0; changes < PushPacing::BusyPushChanges; ++changes) {
            pacing.pushed(m_t0, changes);
            QCOMPARE(pacing.nextPushAt(), PushPacing::Clock::time_point::min());
        }
    }

    void aBusyPushMakesTheNextWait()
    {
        PushPacing pacing;
        pacing.pushed(m_t0, PushPacing::BusyPushChanges);
        QCOMPARE(pacing.nextPushAt(), m_t0 + PushPacing::BusyPushGap);
        pacing.pushed(m_t0 + 30ms, 500);
        QCOMPARE(pacing.nextPushAt(), m_t0 + 30ms + PushPacing::BusyPushGap);
        // The load is over: the next lone change goes out at once again.
        pacing.pushed(m_t0 + 60ms, 1);
        QCOMPARE(pacing.nextPushAt(), PushPacing::Clock::time_point::min());
    }

};

QTEST_GUILESS_MAIN(tst_PushPacing)
#include "tst_PushPacing.moc"
