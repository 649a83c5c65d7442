#pragma once

#include <QString>

class QCoreApplication;

namespace Sitrep::Translations {

// Installs Qt's own and Sitrep's catalogues for the system locale (LANG, LC_ALL,
// LANGUAGE), parented to the application. directory: where sitrep_LANG.qm files are
// (the application embeds them under ":/i18n"). Returns whether Sitrep's catalogue for
// the locale was found (English needs none).
bool install(QCoreApplication &app, const QString &directory = QStringLiteral(":/i18n"));

} // namespace Sitrep::Translations
