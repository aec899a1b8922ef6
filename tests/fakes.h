#pragma once

// Fakes shared by the tests, for faults a real part cannot produce on demand: a transport
// that answers from a script, and a network that records what goes over the wire while
// the real network carries it. (The in-process server loopback is in loopback.h.)
#include "sync/transport.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <functional>

namespace df::test {

// Answers each request through `respond`; by default with the next of `replies` (the last
// one again when they run out).
class ScriptedTransport : public Transport
{
public:
    enum class Method { Get, Post, Delete };
    using Respond =
        std::function<TransportReply(Method, const QString &path, const QByteArray &body)>;

    ScriptedTransport() = default;
    explicit ScriptedTransport(Respond respond)
        : m_respond(std::move(respond))
    {}

    QList<TransportReply> replies;

    TransportReply post(const QString &path, const QByteArray &body) override
    {
        return answer(Method::Post, path, body);
    }
    TransportReply get(const QString &path) override { return answer(Method::Get, path, {}); }
    TransportReply deleteResource(const QString &path) override
    {
        return answer(Method::Delete, path, {});
    }
    void setToken(const QByteArray &) override {}

private:
    TransportReply answer(Method method, const QString &path, const QByteArray &body)
    {
        if (m_respond)
            return m_respond(method, path, body);
        return replies.size() > 1 ? replies.takeFirst() : replies.value(0);
    }

    Respond m_respond;
};

inline TransportReply reply(int status, const QByteArray &body, int retryAfter = -1)
{
    TransportReply r;
    r.status = status;
    r.body = body;
    r.retryAfterSeconds = retryAfter;
    return r;
}

// Records what goes over the wire, then lets the real network carry it.
class RecordingNetwork : public QNetworkAccessManager
{
public:
    QList<QByteArray> encodings, bodies;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        encodings.append(request.rawHeader("Content-Encoding"));
        if (data) {
            const QByteArray body = data->readAll();
            bodies.append(body);
            auto *buffer = new QBuffer;
            buffer->setData(body);
            buffer->open(QIODevice::ReadOnly);
            QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, buffer);
            buffer->setParent(reply);
            return reply;
        }
        bodies.append(QByteArray());
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace df::test
