#include "StartupWarmUp.h"

#include <QFontDatabase>
#include <QImageReader>

namespace Sitrep {

StartupWarmUp::StartupWarmUp()
    : m_thread([] {
        QFontDatabase::families();
        QImageReader::supportedImageFormats();
    })
{
}

StartupWarmUp::~StartupWarmUp()
{
    m_thread.join();
}

} // namespace Sitrep
