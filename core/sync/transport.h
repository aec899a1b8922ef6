#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace df {

// One HTTP exchange as the sync engine sees it. status 0 means no answer arrived
// (refused, reset, timed out); `error` then says why in a sentence.
struct TransportReply
{
    int status = 0;
    QByteArray body;
    QString error;
    int retryAfterSeconds = -1;
};

// What the sync engine needs from the network; tests put a faulty one in its place.
class Transport
{
public:
    virtual ~Transport() = default;
    virtual TransportReply post(const QString &path, const QByteArray &json) = 0;
    virtual TransportReply get(const QString &pathAndQuery) = 0;
    virtual TransportReply deleteResource(const QString &path) = 0;
    virtual void setToken(const QByteArray &token) = 0;
    // A hint that get(pathAndQuery) comes next: the transport may start it now, so the
    // answer travels while the caller works (the next pull page while this one is applied).
    virtual void prefetch(const QString &pathAndQuery) { Q_UNUSED(pathAndQuery) }
};

// The client side of docs/PROTOCOL.md over QNetworkAccessManager, blocking the calling
// thread (the sync worker) with a local event loop. Every request has two limits: no byte
// for `timeoutMs`, or the whole exchange taking longer than four times that. Push bodies
// over 1 KB go gzip-compressed; answers are inflated by the access manager.
class HttpTransport : public Transport
{
public:
    using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

    explicit HttpTransport(const QUrl &server, int timeoutMs = 30000);
    ~HttpTransport() override;
    TransportReply post(const QString &path, const QByteArray &json) override;
    TransportReply get(const QString &pathAndQuery) override;
    TransportReply deleteResource(const QString &path) override;
    void setToken(const QByteArray &token) override
    {
        dropPrefetch();
        m_token = token;
    }
    void prefetch(const QString &pathAndQuery) override;
    // Plain http:// is refused for any server that is not on this machine, unless the
    // user allowed it in settings; https:// always verifies the certificate.
    void setAllowInsecure(bool allow) { m_allowInsecure = allow; }
    static bool isLoopback(const QUrl &url);
    // Builds the access manager, in the thread that first sends a request; tests put one
    // in that fails in ways a real network cannot be made to on demand.
    void setNetworkFactory(NetworkFactory factory) { m_factory = std::move(factory); }

private:
    enum class Verb { Get, Post, Delete };
    TransportReply run(Verb verb, const QString &path, const QByteArray &body);
    QNetworkReply *start(Verb verb, const QString &path, const QByteArray &body);
    TransportReply finish(QNetworkReply *reply);
    bool secure() const;
    void dropPrefetch();
    QUrl m_server;
    QByteArray m_token;
    int m_timeoutMs;
    bool m_allowInsecure = false;
    NetworkFactory m_factory;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QNetworkReply *m_prefetch = nullptr; // owned; started by prefetch(), taken by get()
    QString m_prefetchPath;
};

} // namespace df
