#include "Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Sitrep {

Profile::Profile(const QString &directory)
    : m_directory(QDir::cleanPath(QDir(directory).absolutePath()))
{ }

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/default");
}

ProfileResult Profile::create() const
{
    const QFileInfo info(m_directory);
    if (info.exists() && !info.isDir()) {
        return {false, QCoreApplication::translate("Sitrep::Profile", "%1 is not a folder.")
                           .arg(QDir::toNativeSeparators(m_directory))};
    }
    if (!QDir().mkpath(m_directory)) {
        return {false, QCoreApplication::translate("Sitrep::Profile", "The profile folder %1 could not be created.")
                           .arg(QDir::toNativeSeparators(m_directory))};
    }
    return {true, {}};
}

QString Profile::settingsPath() const
{
    return m_directory + QStringLiteral("/settings.ini");
}

QString Profile::cachePath() const
{
    return m_directory + QStringLiteral("/cache.sqlite");
}

} // namespace Sitrep
