#pragma once

#include <QHostAddress>
#include <memory>

class QHttpServerRequest;
class QHttpServerResponse;

namespace df {

class Auth;
class ServerStore;
class SyncService;

// The HTTP face of the server (docs/PROTOCOL.md): parses requests, authenticates,
// and forwards to Auth and SyncService. Every error, unknown paths and methods included,
// is a JSON body with a sentence. Each connection's bytes are looked at before Qt's parser
// reads them (requestguard.h), so a request announcing more than 8 MB or sending more
// than 64 KB of headers is answered at once and the connection closed.
class HttpApi
{
public:
    static constexpr qsizetype kMaxBody = 8 * 1024 * 1024;

    HttpApi(ServerStore &store, SyncService &sync, Auth &auth);
    ~HttpApi();
    // Returns the bound port, or 0.
    quint16 listen(const QHostAddress &address, quint16 port);
    // Stops accepting connections and waits, at most `graceMs`, for the requests already
    // started to be answered and their answers sent.
    void shutdown(int graceMs);

private:
    class Server;
    friend class Server;
    QHttpServerResponse route(const QHttpServerRequest &request);
    QHttpServerResponse session(const QHttpServerRequest &request);
    QHttpServerResponse signOut(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse pull(const QHttpServerRequest &request);
    QHttpServerResponse health();

    ServerStore &m_store;
    SyncService &m_sync;
    Auth &m_auth;
    std::unique_ptr<Server> m_server;
};

} // namespace df
