#pragma once

#include "ServerTrust.h"
#include "model/Change.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace Sitrep {

// The live stream of one team server (GET /api/v1/stream, docs/SYNC.md "Live stream"):
// a WebSocket that brings each change as it commits, presence, and heartbeats. It only
// decodes; what to apply and when to pull is the SyncEngine's business.
class LiveChannel : public QObject
{
    Q_OBJECT
public:
    LiveChannel(const QUrl &server, const ServerTrust &trust, QObject *parent = nullptr);

    // known: the certificate of a trusted handshake (ApiClient::verifiedCertificate).
    void open(const QByteArray &token, const QSslCertificate &known);
    void close();
    bool isOpen() const { return m_open; }
    // What this console shows, for the others' presence lists (null: nothing).
    void sendPresence(const QUuid &viewing, const QUuid &bridge);

signals:
    void opened(qint64 seq, int protocol); // hello: every change after seq will come here
    void changesArrived(const QList<Sitrep::Change> &changes);
    void heartbeat(qint64 seq);
    // Something arrived that cannot be applied as it is: pull the feed from the cursor.
    void pullNeeded();
    void presence(const QJsonObject &message);
    void trustRefused(const Sitrep::ServerTrust::Judgement &judgement);
    // The stream ended (closed by the server, cut, refused, silent too long): reconnect.
    void lost(const QString &reason);

private:
    void onMessage(const QString &text);
    void onDisconnected();

    QUrl m_server;
    ServerTrust m_trust;
    QWebSocket m_socket;
    QTimer m_silence; // no frame for three heartbeats: the path is dead even if TCP is not
    bool m_open = false;
    bool m_closing = false;
    int m_heartbeatSeconds = 15;
};

} // namespace Sitrep
