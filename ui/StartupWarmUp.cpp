#include "StartupWarmUp.h"

#include <QFontDatabase>
#include <QImageReader>

namespace Sitrep {

StartupWarmUp::StartupWarmUp()
{
    if (std::thread::hardware_concurrency() < 2)
        return;
    m_thread = std::thread([] {
        QFontDatabase::families();
        QImageReader::supportedImageFormats();
    });
}

StartupWarmUp::~StartupWarmUp()
{
    if (m_thread.joinable())
        m_thread.join();
}

} // namespace Sitrep
