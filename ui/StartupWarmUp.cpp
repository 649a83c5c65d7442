#include "StartupWarmUp.h"

#include "HeapPreTouch.h"

#include <QFontDatabase>
#include <QImageReader>

#include <system_error>

namespace Sitrep {

bool StartupWarmUp::hasASecondCore()
{
    return std::thread::hardware_concurrency() >= 2;
}

StartupWarmUp::StartupWarmUp(HeapPreTouch *heap)
{
    if (!hasASecondCore())
        return;
    try {
        m_thread = std::thread([heap] {
            QFontDatabase::families();
            QImageReader::supportedImageFormats();
            // After the fonts, which the UI thread is soon waiting for.
            if (heap)
                heap->writeAndGiveBack();
        });
    } catch (const std::system_error &) {
        // No thread to be had (a process limit): the UI thread loads them as it goes, and
        // the heap set aside is freed unwritten.
    }
}

StartupWarmUp::~StartupWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Sitrep
