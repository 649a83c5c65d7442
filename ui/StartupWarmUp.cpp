#include "StartupWarmUp.h"

#include "HeapPreTouch.h"

#include <QFontDatabase>
#include <QImageReader>

namespace Sitrep {

StartupWarmUp::StartupWarmUp(HeapPreTouch *heap)
{
    if (std::thread::hardware_concurrency() < 2)
        return;
    m_thread = std::thread([heap] {
        QFontDatabase::families();
        QImageReader::supportedImageFormats();
        // After the fonts, which the UI thread is soon waiting for.
        if (heap)
            heap->writeAndGiveBack();
    });
}

StartupWarmUp::~StartupWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Sitrep
