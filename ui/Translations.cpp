#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Sitrep::Translations {

bool install(QCoreApplication &app, const QString &directory)
{
    // Parented to the application so they live exactly as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(QLocale(), QStringLiteral("sitrep"), QStringLiteral("_"), directory))
        return false;
    return QCoreApplication::installTranslator(appTranslator);
}

} // namespace Sitrep::Translations
