#pragma once

#include <cstddef>
#include <thread>

// Writes, on a second core, the fresh heap the UI thread is about to fill while it opens
// the profile and makes the window, so that the UI thread finds those pages already mapped.
//
// Why: the first write to each page of memory costs a page fault. On the virtual machines
// the console was measured on that is ~12 µs a page (a few hundred ns on bare metal), and
// the console's UI thread wrote ~3 MB of fresh heap before its first paint: ~770 faults,
// ~9 ms, against ~300 for a bare Qt window (perf record -e page-faults; bench/README.md,
// "The second core writes the heap").
//
// How: the constructor takes Pieces pieces of PieceBytes from the main heap (glibc's main
// arena, which the UI thread allocates from) and hands them to a thread that writes one
// byte in each page and frees each piece as soon as it is written; the UI thread's next
// allocations reuse those pages. A piece is under glibc's default mmap threshold (128 KB),
// so it comes from the heap, and no malloc setting is changed. One more piece after them
// stays allocated until the destructor: the freed pieces never join the heap's free top,
// which glibc would give back to the system once it is over 128 KB.
//
// Only with glibc's own allocator (not under a sanitizer's, which replaces it) and with a
// second core; otherwise it does nothing.
// The console's start to its first painted window: `sitrep-bench ui` (ui.cold_start).

namespace Sitrep {

class HeapPreTouch
{
public:
    static constexpr std::size_t PieceBytes = 120 * 1024;
    static constexpr int Pieces = 24; // ~2.8 MB

    // The first thing in main(), before the QApplication, which starts filling the heap.
    HeapPreTouch();
    // Joins the thread (it is through long before the window is shown) and frees the last
    // piece.
    ~HeapPreTouch();

    HeapPreTouch(const HeapPreTouch &) = delete;
    HeapPreTouch &operator=(const HeapPreTouch &) = delete;

    // Whether this build and machine pre-touch at all (see above).
    static bool applies();

private:
    std::thread m_thread;
    void *m_keepsThemOffTheTop = nullptr;
};

} // namespace Sitrep
