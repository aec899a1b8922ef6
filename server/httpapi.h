#pragma once

#include <QHostAddress>
#include <QHttpServer>
#include <memory>

namespace df {

class Auth;
class ServerStore;
class SyncService;

// The HTTP face of the server (docs/PROTOCOL.md): parses requests, authenticates,
// and forwards to Auth and SyncService. Every error is a JSON body with a sentence.
class HttpApi
{
public:
    static constexpr qsizetype kMaxBody = 8 * 1024 * 1024;

    HttpApi(ServerStore &store, SyncService &sync, Auth &auth);
    ~HttpApi();
    // Returns the bound port, or 0.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    QHttpServerResponse session(const QHttpServerRequest &request);
    QHttpServerResponse signOut(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);

    ServerStore &m_store;
    SyncService &m_sync;
    Auth &m_auth;
    QHttpServer m_server;
};

} // namespace df
