#pragma once

#include <cstddef>
#include <thread>

// Writes, on a second core, the fresh heap the UI thread is about to fill while it opens
// the profile and makes the window, so that the UI thread finds those pages already mapped.
//
// Why: the first write to each page of memory costs a page fault. On the virtual machines
// the console was measured on that is ~12 µs a page (a few hundred ns on bare metal), and
// the console writes ~3 MB of fresh heap before its first paint: ~770 faults on the UI
// thread, ~9 ms, against ~300 for a bare Qt window (perf record -e page-faults,
// bench/README.md).
//
// How: the constructor takes Pieces × PieceBytes from the main heap (glibc's main arena,
// which the UI thread allocates from) and hands them to a thread that writes one byte in
// each page and frees each piece as soon as it is written. The UI thread's next
// allocations reuse the freed pages. Two glibc settings keep them there: pieces this size
// come from the heap (not from mmap, which would give them back on free), and up to
// KeptFreeBytes of free heap stay mapped (glibc would return a free top over 128 KB).
// Nothing else is changed: the memory is malloc'ed, written and freed as any other.
//
// Only with glibc's own allocator (not under a sanitizer's, which replaces it) and with a
// second core; otherwise it does nothing.
// The console's start to its first painted window: `sitrep-bench ui` (ui.cold_start).

namespace Sitrep {

class HeapPreTouch
{
public:
    static constexpr std::size_t PieceBytes = 512 * 1024;
    static constexpr int Pieces = 6;
    static constexpr std::size_t KeptFreeBytes = 4 * 1024 * 1024;

    // The first thing in main(), before the QApplication, which starts filling the heap.
    HeapPreTouch();
    // Joins the thread (it is through long before the window is shown).
    ~HeapPreTouch();

    HeapPreTouch(const HeapPreTouch &) = delete;
    HeapPreTouch &operator=(const HeapPreTouch &) = delete;

    // Whether this build and machine pre-touch at all (see above).
    static bool applies();

private:
    std::thread m_thread;
};

} // namespace Sitrep
