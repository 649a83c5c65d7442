#pragma once

#include <cstddef>
#include <vector>

// Heap for the UI thread, written ahead on the second core, so that the UI thread finds
// those pages already mapped when it makes the window and paints it.
//
// Why: the first write to each page of memory costs a page fault. On the virtual machines
// the console was measured on that is ~12 µs a page (a few hundred ns on bare metal), and
// the console's UI thread wrote ~3 MB of fresh heap before its first paint: ~770 faults,
// ~9 ms, against ~300 for a bare Qt window (perf record -e page-faults; bench/README.md,
// "The second core writes the heap").
//
// How: the constructor, the first thing in main(), takes Pieces pieces of PieceBytes from
// the main heap (glibc's main arena, which the UI thread allocates from). StartupWarmUp's
// thread, once the fonts and image plugins are loaded, writes one byte in each page of
// each piece and frees it (writeAndGiveBack); the UI thread's next allocations reuse those
// pages. Written from the start instead, on a thread of their own, they competed with the
// UI thread while it made the QApplication and then with the font warm-up (three threads
// on two cores), and measured no better: A/B in bench/README.md. A piece is under glibc's
// default mmap threshold (128 KB), so it comes from the heap and no malloc setting is
// changed. One more piece stays allocated until the destructor: the freed pieces never
// join the heap's free top, which glibc gives back to the system once it is over 128 KB.
//
// Only with glibc's own allocator (not under a sanitizer's, which replaces it) and with a
// second core; otherwise it takes nothing.

namespace Sitrep {

class HeapPreTouch
{
public:
    static constexpr std::size_t PieceBytes = 120 * 1024;
    static constexpr int Pieces = 24; // ~2.8 MB

    HeapPreTouch();
    // Frees what was not given back, and the last piece. After the thread that called
    // writeAndGiveBack was joined.
    ~HeapPreTouch();

    HeapPreTouch(const HeapPreTouch &) = delete;
    HeapPreTouch &operator=(const HeapPreTouch &) = delete;

    // Writes each piece and frees it, one after the other, on the calling thread (not the
    // UI thread: the point is that another core takes the faults). Once.
    void writeAndGiveBack();

    // Whether this build and machine pre-touch at all (see above).
    static bool applies();

private:
    std::vector<char *> m_pieces;
    void *m_keepsThemOffTheTop = nullptr;
};

} // namespace Sitrep
