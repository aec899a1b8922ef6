#pragma once

// A real TCP proxy between a client and the real doanfield-server that breaks exchanges
// on demand: it refuses connections, resets them halfway through an answer, drops an
// answer after the server has committed, answers 500 or 503 itself, truncates or garbles
// a body, or never answers. It reads whole HTTP/1.1 messages (Content-Length framing, as
// both QNetworkAccessManager and QHttpServer use) and runs in the caller's thread, which
// the blocking HttpTransport keeps spinning while it waits.
#include <QDebug>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <memory>
#include <sys/socket.h>

class FaultProxy
{
public:
    enum class Fault {
        None,
        Refuse,           // the port is closed: connection refused
        ResetMidResponse, // half of the server's answer, then a TCP reset
        DropAfterCommit,  // the server answers; the client gets a reset instead
        Status500,        // the proxy answers 500 with an HTML body, server untouched
        Status503,        // the proxy answers 503 with Retry-After, server untouched
        Truncated,        // headers and half of the body, then a clean close
        Malformed,        // the server answers; the client gets 200 with broken JSON
        Hang,             // the request is read and never answered
    };

    explicit FaultProxy(const QUrl &upstream)
        : m_upstream(upstream)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] { accept(); });
    }

    bool start()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    // After `skip` requests whose request line contains `pathPart` have passed, the next
    // `times` such requests meet `fault`. Refuse closes the port at once until heal().
    void setFault(Fault fault, const QString &pathPart = {}, int times = 1, int skip = 0)
    {
        m_fault = fault;
        m_pathPart = pathPart.toUtf8();
        m_times = times;
        m_skip = skip;
        if (fault == Fault::Refuse) {
            m_port = m_server.serverPort();
            m_server.close();
            closeClients(); // as a server that went down
        }
    }
    void heal()
    {
        m_fault = Fault::None;
        if (!m_server.isListening())
            m_server.listen(QHostAddress::LocalHost, m_port);
    }
    int injected() const { return m_injected; }
    // The server's answers that the client never saw in full.
    int committedButLost() const { return m_lost; }

private:
    struct Exchange
    {
        QPointer<QTcpSocket> client;
        std::unique_ptr<QTcpSocket> upstream;
        QByteArray request, response;
        Fault fault = Fault::None;
    };

    static qsizetype messageLength(const QByteArray &buf, bool isResponse)
    {
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return -1;
        const QByteArray head = buf.left(end).toLower();
        qsizetype length = 0;
        const qsizetype at = head.indexOf("\r\ncontent-length:");
        if (at >= 0) {
            const qsizetype eol = head.indexOf("\r\n", at + 2);
            length = head.mid(at + 17, eol < 0 ? -1 : eol - at - 17).trimmed().toLongLong();
        } else if (isResponse && !head.startsWith("http/1.1 204")) {
            return -1; // no framing: read until the server closes
        }
        return end + 4 + length;
    }

    static void reset(QTcpSocket *s)
    {
        // SO_LINGER 0 turns close() into a TCP RST, as a dropped mobile link looks.
        const linger l{1, 0};
        ::setsockopt(int(s->socketDescriptor()), SOL_SOCKET, SO_LINGER, &l, sizeof l);
        s->abort();
    }

    // Ends the upstream connection; it may be emitting a signal right now, so it is
    // deleted later, and its handlers (which hold the exchange) go first.
    static void retire(Exchange &ex)
    {
        QTcpSocket *up = ex.upstream.release();
        if (!up)
            return;
        up->disconnect();
        up->abort();
        up->deleteLater();
    }

    void closeClients()
    {
        for (auto &c : m_clients)
            if (c)
                c->disconnectFromHost();
        m_clients.clear();
        for (auto &ex : m_exchanges)
            retire(*ex);
        m_exchanges.clear();
    }

    void accept()
    {
        while (QTcpSocket *c = m_server.nextPendingConnection()) {
            m_clients.append(c);
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(c, &QTcpSocket::readyRead, c, [this, c, buffer] {
                *buffer += c->readAll();
                const qsizetype n = messageLength(*buffer, false);
                if (n < 0 || buffer->size() < n)
                    return;
                const QByteArray request = buffer->left(n);
                buffer->remove(0, n);
                handle(c, request);
            });
            QObject::connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
        }
    }

    void handle(QTcpSocket *client, const QByteArray &request)
    {
        Fault fault = Fault::None;
        const QByteArray line = request.left(request.indexOf("\r\n"));
        if (m_fault != Fault::None && m_times > 0 && line.contains(m_pathPart) && m_skip-- <= 0) {
            fault = m_fault;
            if (--m_times == 0)
                m_fault = Fault::None;
            ++m_injected;
        }
        if (qEnvironmentVariableIsSet("DF_PROXY_DEBUG"))
            qDebug() << "proxy:" << line << int(fault);
        if (fault == Fault::Hang)
            return;
        if (fault == Fault::Status500 || fault == Fault::Status503) {
            const QByteArray body = fault == Fault::Status500
                                        ? QByteArrayLiteral("<html><h1>Internal error</h1></html>")
                                        : QByteArrayLiteral("{\"error\":\"busy\"}");
            client->write((fault == Fault::Status500
                               ? QByteArrayLiteral("HTTP/1.1 500 Internal Server Error\r\n"
                                                   "Content-Type: text/html\r\n")
                               : QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\n"
                                                   "Retry-After: 2\r\n"
                                                   "Content-Type: application/json\r\n")) +
                          "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        auto ex = std::make_shared<Exchange>();
        ex->client = client;
        ex->request = request;
        ex->fault = fault;
        ex->upstream = std::make_unique<QTcpSocket>();
        QTcpSocket *up = ex->upstream.get();
        m_exchanges.append(ex);
        QObject::connect(up, &QTcpSocket::connected, up, [up, ex] { up->write(ex->request); });
        QObject::connect(up, &QTcpSocket::readyRead, up, [this, up, ex] {
            ex->response += up->readAll();
            const qsizetype n = messageLength(ex->response, true);
            if (n >= 0 && ex->response.size() >= n)
                answer(ex, ex->response.left(n));
        });
        QObject::connect(up, &QTcpSocket::disconnected, up, [this, ex] {
            if (!ex->response.isEmpty())
                answer(ex, ex->response);
        });
        up->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    }

    void answer(const std::shared_ptr<Exchange> &ex, QByteArray response)
    {
        if (!m_exchanges.removeOne(ex))
            return; // answered already
        retire(*ex);
        QTcpSocket *client = ex->client;
        if (qEnvironmentVariableIsSet("DF_PROXY_DEBUG"))
            qDebug() << "proxy: answer" << response.left(response.indexOf("\r\n")) << bool(client);
        if (!client)
            return;
        const qsizetype headEnd = response.indexOf("\r\n\r\n") + 4;
        switch (ex->fault) {
        case Fault::DropAfterCommit:
            ++m_lost;
            reset(client);
            return;
        case Fault::ResetMidResponse:
            ++m_lost;
            client->write(response.left(headEnd + (response.size() - headEnd) / 2));
            client->flush();
            reset(client);
            return;
        case Fault::Truncated:
            ++m_lost;
            client->write(response.left(headEnd + (response.size() - headEnd) / 2));
            client->disconnectFromHost();
            return;
        case Fault::Malformed: {
            ++m_lost;
            const QByteArray body = QByteArrayLiteral("{\"accepted\": [\"");
            client->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            return;
        }
        default:
            client->write(response);
        }
    }

    QUrl m_upstream;
    QTcpServer m_server;
    quint16 m_port = 0;
    Fault m_fault = Fault::None;
    QByteArray m_pathPart;
    int m_times = 0;
    int m_skip = 0;
    int m_injected = 0;
    int m_lost = 0;
    QList<QPointer<QTcpSocket>> m_clients;
    QList<std::shared_ptr<Exchange>> m_exchanges;
};
