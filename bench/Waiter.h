#pragma once

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace Sitrep::Bench {

// Runs the event loop until a condition holds or a timeout passes, without polling:
// whoever changes what the condition reads calls poke(), which ends the wait as soon
// as the condition is true. No sleep between checks, so a timestamp taken in a handler
// is not delayed by the waiting (QTest::qWaitFor sleeps 10 ms between checks).
class Waiter
{
public:
    bool wait(const std::function<bool()> &done, int timeoutMs)
    {
        if (done())
            return true;
        QEventLoop loop;
        m_done = done;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, Qt::PreciseTimer, &loop, &QEventLoop::quit);
        loop.exec();
        m_loop = nullptr;
        m_done = {};
        return done();
    }

    void poke()
    {
        if (m_loop && m_done && m_done())
            m_loop->quit();
    }

private:
    QEventLoop *m_loop = nullptr;
    std::function<bool()> m_done;
};

} // namespace Sitrep::Bench
