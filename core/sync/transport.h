#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

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
};

// The client side of docs/PROTOCOL.md over QNetworkAccessManager, blocking the calling
// thread (the sync worker) with a local event loop and a timeout on every request.
class HttpTransport : public Transport
{
public:
    explicit HttpTransport(const QUrl &server, int timeoutMs = 30000);
    ~HttpTransport() override;
    TransportReply post(const QString &path, const QByteArray &json) override;
    TransportReply get(const QString &pathAndQuery) override;
    TransportReply deleteResource(const QString &path) override;
    void setToken(const QByteArray &token) override { m_token = token; }
    // Plain http:// is refused for any server that is not on this machine, unless the
    // user allowed it in settings; https:// always verifies the certificate.
    void setAllowInsecure(bool allow) { m_allowInsecure = allow; }
    static bool isLoopback(const QUrl &url);

private:
    enum class Verb { Get, Post, Delete };
    TransportReply run(Verb verb, const QString &path, const QByteArray &body);
    QUrl m_server;
    QByteArray m_token;
    int m_timeoutMs;
    bool m_allowInsecure = false;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace df
