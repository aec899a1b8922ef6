#include "sync/transport.h"

#include "sync/gzip.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace df {

HttpTransport::HttpTransport(const QUrl &server, int timeoutMs)
    : m_server(server)
    , m_timeoutMs(timeoutMs)
{}

HttpTransport::~HttpTransport()
{
    dropPrefetch();
}

TransportReply HttpTransport::post(const QString &path, const QByteArray &json)
{
    return run(Verb::Post, path, json);
}

TransportReply HttpTransport::get(const QString &pathAndQuery)
{
    return run(Verb::Get, pathAndQuery, {});
}

TransportReply HttpTransport::deleteResource(const QString &path)
{
    return run(Verb::Delete, path, {});
}

bool HttpTransport::isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

void HttpTransport::prefetch(const QString &pathAndQuery)
{
    dropPrefetch();
    if (!secure())
        return;
    m_prefetch = start(Verb::Get, pathAndQuery, {});
    m_prefetchPath = pathAndQuery;
}

void HttpTransport::dropPrefetch()
{
    if (m_prefetch) {
        m_prefetch->abort();
        m_prefetch->deleteLater();
    }
    m_prefetch = nullptr;
    m_prefetchPath.clear();
}

bool HttpTransport::secure() const
{
    return m_server.scheme() == QLatin1String("https") || isLoopback(m_server) || m_allowInsecure;
}

TransportReply HttpTransport::run(Verb verb, const QString &path, const QByteArray &body)
{
    if (!secure())
        return {0,
                {},
                QCoreApplication::translate("Sync", "The server address is not secure (http). "
                                                    "Use https, or allow insecure servers in "
                                                    "Settings.")};
    if (verb == Verb::Get && m_prefetch && m_prefetchPath == path) {
        QNetworkReply *reply = m_prefetch;
        m_prefetch = nullptr;
        m_prefetchPath.clear();
        return finish(reply);
    }
    dropPrefetch(); // asked for something else: the guess was wrong
    return finish(start(verb, path, body));
}

QNetworkReply *HttpTransport::start(Verb verb, const QString &path, const QByteArray &body)
{
    if (!m_nam)
        m_nam = m_factory ? m_factory() : std::make_unique<QNetworkAccessManager>();
    QUrl url = m_server;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_server.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader("DoanField-Protocol", "1");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setTransferTimeout(m_timeoutMs);
    QByteArray payload = body;
    if (payload.size() > 1024) {
        QByteArray packed = gzipCompress(payload);
        if (!packed.isEmpty()) {
            payload = std::move(packed);
            request.setRawHeader("Content-Encoding", "gzip");
        }
    }
    return verb == Verb::Post     ? m_nam->post(request, payload)
           : verb == Verb::Delete ? m_nam->deleteResource(request)
                                  : m_nam->get(request);
}

TransportReply HttpTransport::finish(QNetworkReply *reply)
{
    // The transfer timeout catches silence; this catches an answer that trickles forever.
    bool overran = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, reply, [&] {
        overran = true;
        reply->abort();
    });
    deadline.start(m_timeoutMs * 4);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    deadline.stop();
    TransportReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen())
        r.body = reply->readAll();
    if (reply->hasRawHeader("Retry-After"))
        r.retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt();
    const QNetworkReply::NetworkError error = reply->error();
    // An answer cut off after its status line is no answer: the body cannot be trusted.
    // HTTP 4xx and 5xx statuses also set error() (201–299 and 401–499); those are answers
    // and keep their status and body.
    const bool statusError = (error >= QNetworkReply::ContentAccessDenied &&
                              error < QNetworkReply::ProtocolUnknownError) ||
                             error >= QNetworkReply::InternalServerError;
    const bool transportFailed =
        error != QNetworkReply::NoError && (r.status == 0 || overran || !statusError);
    if (transportFailed) {
        r.status = 0;
        r.body.clear();
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::NetworkSessionFailedError:
            r.error = QCoreApplication::translate("Sync", "The server cannot be reached.");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            r.error = QCoreApplication::translate("Sync", "The server did not answer in time.");
            break;
        case QNetworkReply::RemoteHostClosedError:
            r.error = QCoreApplication::translate(
                "Sync", "The connection to the server broke off; sync will try again.");
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.error = QCoreApplication::translate(
                "Sync", "The server's certificate could not be verified, so nothing was sent. "
                        "Check the server address.");
            break;
        default:
            r.error = QCoreApplication::translate("Sync", "The connection to the server failed: %1")
                          .arg(reply->errorString());
        }
    }
    reply->deleteLater();
    return r;
}

} // namespace df
