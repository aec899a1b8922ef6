#include "sync/transport.h"

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

HttpTransport::~HttpTransport() = default;

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

TransportReply HttpTransport::run(Verb verb, const QString &path, const QByteArray &body)
{
    if (m_server.scheme() != QLatin1String("https") && !isLoopback(m_server) && !m_allowInsecure)
        return {0,
                {},
                QCoreApplication::translate("Sync", "The server address is not secure (http). "
                                                    "Use https, or allow insecure servers in "
                                                    "Settings.")};
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>(); // in the calling thread
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
    QNetworkReply *reply = verb == Verb::Post     ? m_nam->post(request, body)
                           : verb == Verb::Delete ? m_nam->deleteResource(request)
                                                  : m_nam->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    TransportReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->hasRawHeader("Retry-After"))
        r.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    if (r.status == 0) {
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
            r.error = QCoreApplication::translate("Sync", "The server cannot be reached.");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            r.error = QCoreApplication::translate("Sync", "The server did not answer in time.");
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
