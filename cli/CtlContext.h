#pragma once

#include "CtlOptions.h"
#include "Printer.h"
#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/ServerSettings.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>

#include <memory>

namespace Sitrep::Ctl {

// Waits for a job's finished(result) (ApiReply, CredentialJob) with a local event loop:
// a command-line tool may wait, the console never does.
template<typename Result, typename Job> Result awaitFinished(Job *job)
{
    Result result;
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, [&](const Result &finished) {
        result = finished;
        loop.quit();
    });
    loop.exec();
    return result;
}

// Exit statuses (documented in usage()).
enum Exit { Done = 0, Failed = 1, Usage = 2, SavedNotPushed = 3 };

// What every command works with: the profile's cache and settings, the token, and a
// client for the profile's server. Waiting is fine here (a command-line tool has no UI
// to keep responsive), so the network and the keychain are awaited with local loops.
class CtlContext
{
public:
    explicit CtlContext(const Options &options);
    ~CtlContext();

    // Opens the profile's cache; false with the error printed.
    bool open();
    Store &store() { return m_store; }
    Printer &out() { return m_printer; }
    const Options &options() const { return m_options; }
    ServerSettings &settings() { return m_settings; }
    QString settingsPath() const;
    bool saveSettings();

    // The server from --server or the profile, with --ca/--pin over the profile's trust.
    // Null (with the error printed) when there is none or it is malformed.
    ApiClient *api();
    // SITREP_TOKEN, else the keychain's token for the profile's server and user.
    QByteArray token(QString *problem);

    // Pushes and pulls once; the status it ended in.
    SyncStatus syncOnce();
    // After a write: push it if possible, and say what happened. The exit status.
    int pushAfterWrite();

private:
    Options m_options;
    Printer m_printer;
    Store m_store;
    ServerSettings m_settings;
    std::unique_ptr<ApiClient> m_api;
};

} // namespace Sitrep::Ctl
