// HeapPreTouch: the heap another thread wrote and gave back is the heap the UI thread
// allocates next, so writing it there costs the UI thread no page faults. Built without the sanitizers
// (tests/ui/CMakeLists.txt): AddressSanitizer replaces glibc's heap with its own.
#include "HeapPreTouch.h"

#include <QFile>
#include <QTest>

#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <thread>
#include <vector>

using namespace Sitrep;

namespace {

long threadPageFaults()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_minflt + usage.ru_majflt;
}

const std::size_t PageBytes = std::size_t(sysconf(_SC_PAGESIZE));

bool transparentHugePagesAlways()
{
    QFile setting(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return setting.open(QIODevice::ReadOnly) && setting.readAll().contains("[always]");
}

} // namespace

class tst_HeapPreTouch : public QObject
{
    Q_OBJECT

private slots:
    // What the next test counts: the first write to each fresh page is a fault.
    void aFirstWriteToAPageIsAFault();
    void theUiThreadReusesTheWrittenHeapWithoutFaults();
};

void tst_HeapPreTouch::aFirstWriteToAPageIsAFault()
{
    constexpr std::size_t Pages = 64;
    void *memory = mmap(nullptr, Pages * PageBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    QVERIFY(memory != MAP_FAILED);
    const long before = threadPageFaults();
    for (std::size_t page = 0; page < Pages; ++page)
        static_cast<volatile char *>(memory)[page * PageBytes] = 1;
    const long faults = threadPageFaults() - before;
    munmap(memory, Pages * PageBytes);
    QVERIFY2(faults >= long(Pages), qPrintable(QStringLiteral("%1 faults for %2 fresh pages").arg(faults).arg(Pages)));
}

void tst_HeapPreTouch::theUiThreadReusesTheWrittenHeapWithoutFaults()
{
    if (!HeapPreTouch::applies())
        QSKIP("HeapPreTouch does nothing here: one core, or not glibc's heap");
    if (!qEnvironmentVariableIsEmpty("LD_PRELOAD"))
        QSKIP("LD_PRELOAD may put another allocator in place of glibc's heap");
    if (transparentHugePagesAlways())
        QSKIP("transparent huge pages are always on: one fault maps 2 MB of heap, touched or not");
    HeapPreTouch heap;
    std::thread warmUp([&heap] { heap.writeAndGiveBack(); }); // as StartupWarmUp's thread does
    warmUp.join();
    // What the window does next: many small allocations, each written. 2 MB of them would
    // take ~500 fresh pages (as many faults) from a heap that had not been written.
    constexpr std::size_t Bytes = 2 * 1024 * 1024;
    constexpr std::size_t ChunkBytes = 2000;
    std::vector<char *> chunks;
    chunks.reserve(Bytes / ChunkBytes);
    const long before = threadPageFaults();
    for (std::size_t allocated = 0; allocated < Bytes; allocated += ChunkBytes) {
        auto *chunk = static_cast<char *>(std::malloc(ChunkBytes));
        std::memset(chunk, 1, ChunkBytes);
        chunks.push_back(chunk);
    }
    const long faults = threadPageFaults() - before;
    for (char *chunk : chunks)
        std::free(chunk);
    const long freshPages = long(Bytes / PageBytes);
    // A few: the pieces are ~2.8 MB, and glibc's own bookkeeping may take a fresh page.
    QVERIFY2(faults < freshPages / 10,
             qPrintable(QStringLiteral("%1 faults writing %2 pages' worth of new allocations").arg(faults).arg(freshPages)));
}

QTEST_GUILESS_MAIN(tst_HeapPreTouch)
#include "tst_HeapPreTouch.moc"
