#pragma once

#include <QObject>
#include <QSet>
#include <QTcpServer>

class QTcpSocket;

namespace df {

// Watches one connection's bytes as they arrive, before Qt's HTTP parser reads them, and
// answers at once what that parser would wait for or mishandle: a Content-Length above the
// body limit (413, without waiting for the body), request headers above 64 KB (431), and
// a chunked body, whose size is not known in advance (411). The connection is closed after
// such an answer. It also tells whether a request is part-way received or an answer is
// still being sent, so that a shutdown can let those finish.
class RequestGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHead = 64 * 1024;

    // `httpServer` is the object whose readyRead handler is cut off after a refusal.
    RequestGuard(QTcpSocket *socket, QObject *httpServer, qint64 maxBody);
    ~RequestGuard() override;
    bool busy() const;

    static const QSet<RequestGuard *> &all();

private:
    void onReadyRead();
    void refuse(int status, const char *reason, const char *code, const QString &message);

    QTcpSocket *m_socket;
    QObject *m_httpServer;
    qint64 m_maxBody;
    QByteArray m_head; // the part of a request's headers received so far
    qint64 m_bodyLeft = 0;
    bool m_refused = false;
};

// A listening socket whose connections each get a RequestGuard before the HTTP server sees
// them.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(QObject *httpServer, qint64 maxBody)
        : m_httpServer(httpServer)
        , m_maxBody(maxBody)
    {}

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    QObject *m_httpServer;
    qint64 m_maxBody;
};

} // namespace df
