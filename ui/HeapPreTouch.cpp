#include "HeapPreTouch.h"

#include <cstdlib>
#include <system_error>
#include <vector>

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
    std::vector<char *> pieces;
    pieces.reserve(Pieces);
    for (int i = 0; i < Pieces; ++i) {
        if (auto *piece = static_cast<char *>(std::malloc(PieceBytes)))
            pieces.push_back(piece);
    }
    m_keepsThemOffTheTop = std::malloc(PieceBytes); // see the header
    const std::size_t pageBytes = std::size_t(sysconf(_SC_PAGESIZE));
    auto writeAndFree = [pageBytes](const std::vector<char *> &written) {
        for (char *piece : written) {
            for (std::size_t offset = 0; offset < PieceBytes; offset += pageBytes)
                static_cast<volatile char *>(piece)[offset] = 0;
            std::free(piece); // at once: the UI thread may use it while the next is written
        }
    };
    try {
        m_thread = std::thread(writeAndFree, pieces); // a copy: ours stays for the catch
    } catch (const std::system_error &) {
        // No thread to be had (a process limit): the pieces go back unwritten.
        for (char *piece : pieces)
            std::free(piece);
    }
#endif
}

HeapPreTouch::~HeapPreTouch()
{
    if (m_thread.joinable())
        m_thread.join();
    std::free(m_keepsThemOffTheTop);
}

} // namespace Sitrep
