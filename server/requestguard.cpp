#include "requestguard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>
#include <sys/socket.h>

namespace df {

namespace {

QSet<RequestGuard *> &guards()
{
    static QSet<RequestGuard *> set;
    return set;
}

// The value of header `name` (lower case) in a request head, trimmed; empty when absent.
QByteArray headerValue(const QByteArray &head, const QByteArray &name, bool *found)
{
    *found = false;
    QByteArray value;
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.left(colon).trimmed().toLower() != name)
            continue;
        *found = true;
        value = line.mid(colon + 1).trimmed();
    }
    return value;
}

} // namespace

RequestGuard::RequestGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBody)
    : QObject(socket)
    , m_socket(socket)
    , m_httpServer(httpServer)
    , m_maxBody(maxBody)
{
    guards().insert(this);
    connect(socket, &QTcpSocket::readyRead, this, &RequestGuard::onReadyRead);
}

RequestGuard::~RequestGuard()
{
    guards().remove(this);
}

const QSet<RequestGuard *> &RequestGuard::all()
{
    return guards();
}

bool RequestGuard::busy() const
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    return !m_head.trimmed().isEmpty() || m_bodyLeft > 0 || m_socket->bytesToWrite() > 0;
}

void RequestGuard::onReadyRead()
{
    if (m_refused) {
        m_socket->readAll(); // what follows a refused request is dropped
        return;
    }
    // Connected before the HTTP server's handler, which reads everything available each
    // time: what is available now is exactly what arrived since the last call.
    QByteArray data = m_socket->peek(m_socket->bytesAvailable());
    while (!data.isEmpty()) {
        if (m_bodyLeft > 0) {
            const qint64 take = std::min<qint64>(m_bodyLeft, data.size());
            m_bodyLeft -= take;
            data.remove(0, take);
            continue;
        }
        m_head += data;
        data.clear();
        while (m_head.startsWith("\r\n"))
            m_head.remove(0, 2);
        const qsizetype end = m_head.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_head.size() > kMaxHead)
                return refuse(431, "Request Header Fields Too Large", "headers_too_large",
                              QCoreApplication::translate(
                                  "Server", "The request headers are larger than 64 KB."));
            return;
        }
        if (end + 4 > kMaxHead)
            return refuse(431, "Request Header Fields Too Large", "headers_too_large",
                          QCoreApplication::translate(
                              "Server", "The request headers are larger than 64 KB."));
        const QByteArray head = m_head.left(end + 4);
        data = m_head.mid(end + 4);
        m_head.clear();
        bool chunked = false;
        headerValue(head, "transfer-encoding", &chunked);
        if (chunked)
            return refuse(411, "Length Required", "length_required",
                          QCoreApplication::translate(
                              "Server", "Send the request body with a Content-Length; chunked "
                                        "bodies are not accepted."));
        bool hasLength = false;
        const QByteArray length = headerValue(head, "content-length", &hasLength);
        if (hasLength) {
            bool ok = false;
            const qint64 n = length.toLongLong(&ok);
            if (!ok || n < 0)
                return refuse(
                    400, "Bad Request", "bad_request",
                    QCoreApplication::translate("Server", "The Content-Length is not a number."));
            if (n > m_maxBody)
                return refuse(
                    413, "Payload Too Large", "too_large",
                    QCoreApplication::translate(
                        "Server",
                        "The request is larger than 8 MB; send fewer changes at a time."));
            m_bodyLeft = n;
        }
    }
}

void RequestGuard::refuse(int status, const char *reason, const char *code, const QString &message)
{
    m_refused = true;
    m_head.clear();
    m_bodyLeft = 0;
    // The HTTP server never sees this connection's bytes again.
    disconnect(m_socket, &QTcpSocket::readyRead, m_httpServer, nullptr);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                  {QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction(); // the parser's buffered bytes are let go
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                    "\r\nContent-Type: application/json\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    // A socket closed while the client is still sending is reset by the kernel, and a reset
    // can destroy the answer before the client reads it. So the sending side is closed once
    // the answer is out, what still arrives is read and dropped, and the connection ends
    // when the client closes it or after two seconds.
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_socket->bytesToWrite() == 0)
            ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    });
    QTimer::singleShot(2000, m_socket, [socket = m_socket] { socket->abort(); });
}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestGuard(socket, m_httpServer, m_maxBody);
    addPendingConnection(socket);
}

} // namespace df
