#include "HeapPreTouch.h"

#include <cstdlib>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define SITREP_SANITIZED_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define SITREP_SANITIZED_HEAP 1
#endif
#endif

namespace Sitrep {

bool HeapPreTouch::applies()
{
#if defined(__GLIBC__) && !defined(SITREP_SANITIZED_HEAP)
    return std::thread::hardware_concurrency() >= 2;
#else
    return false;
#endif
}

HeapPreTouch::HeapPreTouch()
{
#if defined(__GLIBC__) && !defined(SITREP_SANITIZED_HEAP)
    if (!applies())
        return;
    // A piece must come from the heap, and the freed pieces must stay in it (see the header).
    mallopt(M_MMAP_THRESHOLD, int(2 * PieceBytes));
    mallopt(M_TRIM_THRESHOLD, int(KeptFreeBytes));
    std::vector<char *> pieces;
    pieces.reserve(Pieces);
    for (int i = 0; i < Pieces; ++i) {
        if (auto *piece = static_cast<char *>(std::malloc(PieceBytes)))
            pieces.push_back(piece);
    }
    const std::size_t pageBytes = std::size_t(sysconf(_SC_PAGESIZE));
    m_thread = std::thread([pieces = std::move(pieces), pageBytes] {
        for (char *piece : pieces) {
            for (std::size_t offset = 0; offset < PieceBytes; offset += pageBytes)
                static_cast<volatile char *>(piece)[offset] = 0;
            std::free(piece); // at once: the UI thread may use it while the next is written
        }
    });
#endif
}

HeapPreTouch::~HeapPreTouch()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Sitrep
