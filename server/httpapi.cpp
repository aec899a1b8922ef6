#include "httpapi.h"

#include "auth.h"
#include "requestguard.h"
#include "sync/gzip.h"
#include "syncservice.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>

Q_LOGGING_CATEGORY(lcHttp, "doanfield.server.http")

namespace df {

namespace {

using Status = QHttpServerResponse::StatusCode;

QString tr(const char *text)
{
    return QCoreApplication::translate("Server", text);
}

QHttpServerResponse error(int status, const QString &code, const QString &message)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}},
        Status(status));
}

// A JSON answer, gzip-compressed when the client accepts it and the body is large enough
// for compression to pay (pull pages shrink about eight times).
// The answer to a call whose token is unknown, expired or revoked.
QHttpServerResponse sessionEnded()
{
    return error(401, QStringLiteral("unauthorized"),
                 tr("Your session has ended. Sign in again; your changes are kept."));
}

QHttpServerResponse json(const QHttpServerRequest &r, const QByteArray &body)
{
    constexpr qsizetype kCompressAbove = 1024;
    if (body.size() > kCompressAbove &&
        r.value(QByteArrayLiteral("Accept-Encoding")).contains(QByteArrayLiteral("gzip"))) {
        const QByteArray packed = gzipCompress(body);
        if (!packed.isEmpty()) {
            QHttpServerResponse resp(QByteArrayLiteral("application/json"), packed);
            resp.setHeader(QByteArrayLiteral("Content-Encoding"), QByteArrayLiteral("gzip"));
            return resp;
        }
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body);
}

QHttpServerResponse json(const QHttpServerRequest &r, const QJsonObject &body)
{
    return json(r, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

// Checks what every call must carry; returns an error response, or nothing.
std::optional<QHttpServerResponse> checkCommon(const QHttpServerRequest &r)
{
    const QByteArray protocol = r.value(QByteArrayLiteral("DoanField-Protocol"));
    if (protocol != QByteArray::number(SyncService::kProtocol))
        return error(426, QStringLiteral("upgrade_required"),
                     tr("This version of Đoàn Field is too old for the server. Update the app "
                        "to keep syncing; your unsynced changes are kept."));
    if (r.body().size() > HttpApi::kMaxBody)
        return error(413, QStringLiteral("too_large"),
                     tr("The request is larger than 8 MB; send fewer changes at a time."));
    return std::nullopt;
}

// The request body as JSON, inflated first when it came with Content-Encoding: gzip.
std::optional<QJsonObject> parseBody(const QHttpServerRequest &r, QString *why)
{
    QByteArray raw = r.body();
    const QByteArray encoding = r.value(QByteArrayLiteral("Content-Encoding")).trimmed();
    if (encoding == "gzip") {
        auto inflated = gzipDecompress(raw, HttpApi::kMaxBody);
        if (!inflated) {
            *why = tr("The request body is not a whole gzip stream of at most 8 MB.");
            return std::nullopt;
        }
        raw = std::move(*inflated);
    } else if (!encoding.isEmpty() && encoding != "identity") {
        *why = tr("The request body is in an encoding the server does not read (%1).")
                   .arg(QString::fromLatin1(encoding));
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *why = tr("The request body is not a JSON object (%1).").arg(pe.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QByteArray bearer(const QHttpServerRequest &r)
{
    const QByteArray h = r.value(QByteArrayLiteral("Authorization"));
    return h.startsWith("Bearer ") ? h.mid(7).trimmed() : QByteArray();
}

} // namespace

// Qt's QHttpServer answers an unknown path with an empty 404; this server routes itself so
// that every answer, those included, is the protocol's JSON error.
class HttpApi::Server : public QAbstractHttpServer
{
public:
    explicit Server(HttpApi &api)
        : m_api(api)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_api.route(request).write(makeResponder(request, socket));
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    HttpApi &m_api;
};

HttpApi::HttpApi(ServerStore &store, SyncService &sync, Auth &auth)
    : m_store(store)
    , m_sync(sync)
    , m_auth(auth)
    , m_server(std::make_unique<Server>(*this))
{}

HttpApi::~HttpApi() = default;

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new GuardedTcpServer(m_server.get(), kMaxBody);
    if (!tcp->listen(address, port)) {
        qCWarning(lcHttp) << "cannot listen:" << tcp->errorString();
        delete tcp;
        return 0;
    }
    m_server->bind(tcp);
    return tcp->serverPort();
}

void HttpApi::shutdown(int graceMs)
{
    for (QTcpServer *tcp : m_server->servers())
        tcp->close();
    const auto busy = [] {
        const QSet<RequestGuard *> &all = RequestGuard::all();
        return std::any_of(all.begin(), all.end(), [](const RequestGuard *g) { return g->busy(); });
    };
    QElapsedTimer timer;
    timer.start();
    while (busy() && timer.elapsed() < graceMs) {
        QEventLoop wait;
        QTimer::singleShot(20, &wait, &QEventLoop::quit);
        wait.exec();
    }
}

QHttpServerResponse HttpApi::route(const QHttpServerRequest &r)
{
    using M = QHttpServerRequest::Method;
    const QString path = r.url().path();
    const M method = r.method();
    const auto notAllowed = [&](const char *allow) {
        QHttpServerResponse resp = error(405, QStringLiteral("method_not_allowed"),
                                         tr("%1 takes only %2.").arg(path, QLatin1String(allow)));
        resp.setHeader(QByteArrayLiteral("Allow"), QByteArray(allow));
        return resp;
    };
    if (path == QLatin1String("/api/v1/session")) {
        if (method == M::Post)
            return session(r);
        if (method == M::Delete)
            return signOut(r);
        return notAllowed("POST, DELETE");
    }
    if (path == QLatin1String("/api/v1/sync/push"))
        return method == M::Post ? push(r) : notAllowed("POST");
    if (path == QLatin1String("/api/v1/sync/pull"))
        return method == M::Get ? pull(r) : notAllowed("GET");
    if (path == QLatin1String("/api/v1/health"))
        return method == M::Get ? health() : notAllowed("GET");
    return error(404, QStringLiteral("not_found"),
                 tr("There is nothing at %1 on this server; the calls are under /api/v1/ (see "
                    "the protocol document).")
                     .arg(path));
}

QHttpServerResponse HttpApi::health()
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                           {QStringLiteral("protocol"), SyncService::kProtocol},
                                           {QStringLiteral("backend"), m_store.backendName()}});
}

QHttpServerResponse HttpApi::session(const QHttpServerRequest &r)
{
    if (auto e = checkCommon(r))
        return std::move(*e);
    QString why;
    const auto body = parseBody(r, &why);
    if (!body)
        return error(400, QStringLiteral("bad_request"), why);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != QLatin1String("username") && it.key() != QLatin1String("password") &&
            it.key() != QLatin1String("device"))
            return error(400, QStringLiteral("bad_request"),
                         tr("Unknown key “%1” in the sign-in request.").arg(it.key()));
        if (!it.value().isString())
            return error(400, QStringLiteral("bad_request"),
                         tr("“%1” must be a text.").arg(it.key()));
    }
    const QString username = body->value(QStringLiteral("username")).toString().trimmed();
    const QString device = body->value(QStringLiteral("device")).toString();
    if (username.isEmpty() || device.isEmpty() || device.size() > 64)
        return error(400, QStringLiteral("bad_request"),
                     tr("A sign-in needs a username, a password and a device id."));
    try {
        const Auth::SignIn s =
            m_auth.signIn(username, body->value(QStringLiteral("password")).toString().toUtf8(),
                          device, r.remoteAddress());
        if (s.outcome == Auth::Outcome::Throttled) {
            QHttpServerResponse resp =
                error(429, QStringLiteral("throttled"),
                      QCoreApplication::translate(
                          "Server", "Too many failed sign-ins. Wait %n second(s) and try again.",
                          "", s.retryAfterSeconds));
            resp.setHeader(QByteArrayLiteral("Retry-After"),
                           QByteArray::number(s.retryAfterSeconds));
            return resp;
        }
        if (s.outcome == Auth::Outcome::WrongCredentials)
            return error(401, QStringLiteral("wrong_credentials"),
                         tr("The username or password is wrong."));
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("protocol"), SyncService::kProtocol},
            {QStringLiteral("token"), s.token},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("username"), s.user.username},
                                                 {QStringLiteral("role"), s.user.role},
                                                 {QStringLiteral("unit_id"), s.user.unitId}}},
            {QStringLiteral("server_hlc"), QString::number(m_sync.serverHlc())},
            {QStringLiteral("server_time"), m_sync.serverTimeMs()}});
    } catch (const ServerStoreError &e) {
        qCWarning(lcHttp) << "sign-in failed:" << e.message();
        return error(500, QStringLiteral("server_error"), tr("The server could not sign you in."));
    }
}

QHttpServerResponse HttpApi::signOut(const QHttpServerRequest &r)
{
    if (auto e = checkCommon(r))
        return std::move(*e);
    const QByteArray token = bearer(r);
    if (!m_auth.authenticate(token))
        return error(401, QStringLiteral("unauthorized"), tr("Sign in again."));
    m_auth.signOut(token);
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse HttpApi::push(const QHttpServerRequest &r)
{
    if (auto e = checkCommon(r))
        return std::move(*e);
    const auto session = m_auth.authenticate(bearer(r));
    if (!session)
        return sessionEnded();
    QString why;
    const auto body = parseBody(r, &why);
    if (!body)
        return error(400, QStringLiteral("bad_request"), why);
    for (auto it = body->begin(); it != body->end(); ++it) {
        if (it.key() != QLatin1String("changes"))
            return error(400, QStringLiteral("bad_request"),
                         tr("Unknown key “%1” in the push request.").arg(it.key()));
    }
    try {
        const QJsonObject out =
            m_sync.push(session->user, session->device, body->value(QStringLiteral("changes")));
        return json(r, out);
    } catch (const RequestError &e) {
        return error(e.status, e.code, e.message);
    } catch (const ServerStoreError &e) {
        qCWarning(lcHttp) << "push failed:" << e.message();
        return error(500, QStringLiteral("server_error"),
                     tr("The server could not store the changes; they will be sent again."));
    }
}

QHttpServerResponse HttpApi::pull(const QHttpServerRequest &r)
{
    if (auto e = checkCommon(r))
        return std::move(*e);
    const auto session = m_auth.authenticate(bearer(r));
    if (!session)
        return sessionEnded();
    const QUrlQuery q = r.query();
    bool okCursor = true, okLimit = true;
    const QString cursorText = q.queryItemValue(QStringLiteral("cursor"));
    const QString limitText = q.queryItemValue(QStringLiteral("limit"));
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&okCursor);
    const int limit = limitText.isEmpty() ? 1000 : limitText.toInt(&okLimit);
    if (!okCursor || cursor < 0 || !okLimit || limit < 1 || limit > SyncService::kMaxPage)
        return error(400, QStringLiteral("bad_request"),
                     tr("cursor must be a number ≥ 0 and limit a number from 1 to %1.")
                         .arg(SyncService::kMaxPage));
    try {
        return json(r, m_sync.pull(session->user, cursor, limit));
    } catch (const RequestError &e) {
        return error(e.status, e.code, e.message);
    } catch (const ServerStoreError &e) {
        qCWarning(lcHttp) << "pull failed:" << e.message();
        return error(500, QStringLiteral("server_error"), tr("The server could not read changes."));
    }
}

} // namespace df
