#include "HeapPreTouch.h"

#include "StartupWarmUp.h"

#include <cstdlib>

#if defined(__GLIBC__)
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
    return StartupWarmUp::hasASecondCore(); // its thread writes the pieces
#else
    return false;
#endif
}

HeapPreTouch::HeapPreTouch()
{
    if (!applies())
        return;
    m_pieces.reserve(Pieces);
    for (int i = 0; i < Pieces; ++i) {
        if (auto *piece = static_cast<char *>(std::malloc(PieceBytes)))
            m_pieces.push_back(piece);
    }
    m_keepsThemOffTheTop = std::malloc(PieceBytes); // see the header
}

HeapPreTouch::~HeapPreTouch()
{
    for (char *piece : m_pieces)
        std::free(piece);
    std::free(m_keepsThemOffTheTop);
}

void HeapPreTouch::writeAndGiveBack()
{
#if defined(__GLIBC__)
    const std::size_t pageBytes = std::size_t(sysconf(_SC_PAGESIZE));
    for (char *piece : m_pieces) {
        for (std::size_t offset = 0; offset < PieceBytes; offset += pageBytes)
            static_cast<volatile char *>(piece)[offset] = 0;
        std::free(piece); // at once: the UI thread may use it while the next is written
    }
#endif
    m_pieces.clear();
}

} // namespace Sitrep
