#pragma once

#include <QString>

namespace Sitrep {

struct ProfileResult {
    bool ok = false;
    QString error; // for a person: what went wrong and where
};

// One console profile: a folder holding settings.ini and the offline cache. Several
// profiles (a demo, a staging server, production) live side by side.
class Profile
{
public:
    explicit Profile(const QString &directory);

    // <AppDataLocation>/default
    static QString defaultDirectory();

    // Creates the folder (and its parents) if it does not exist yet.
    ProfileResult create() const;

    QString directory() const { return m_directory; }
    QString settingsPath() const;
    QString cachePath() const;

private:
    QString m_directory;
};

} // namespace Sitrep
