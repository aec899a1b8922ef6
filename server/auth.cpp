#include "auth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <sodium.h>

namespace df {

namespace {

// After this many failures within the window, an account or address waits.
constexpr int kFreeAttempts = 5;
constexpr qint64 kWindowMs = 15 * 60 * 1000;

} // namespace

Auth::Auth(ServerStore &store)
    : m_store(store)
{
    if (sodium_init() < 0)
        throw ServerStoreError(QStringLiteral("libsodium could not start"));
}

QString Auth::hashPassword(const QByteArray &password)
{
    if (sodium_init() < 0)
        return {};
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw ServerStoreError(QStringLiteral("out of memory while hashing a password"));
    return QString::fromLatin1(out);
}

bool Auth::verifyPassword(const QString &hash, const QByteArray &password)
{
    const QByteArray h = hash.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), password.constData(),
                                    quint64(password.size())) == 0;
}

QString Auth::tokenHash(const QByteArray &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

int Auth::failures(const QString &key, qint64 now)
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT count, last_at FROM failures WHERE key = ?"), {key});
    if (!q.next() || now - q.value(1).toLongLong() > kWindowMs)
        return 0;
    return q.value(0).toInt();
}

void Auth::fail(const QString &key, qint64 now)
{
    const int count = failures(key, now) + 1;
    m_store.exec(QStringLiteral("INSERT INTO failures(key, count, last_at) VALUES (?, ?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET count = excluded.count, "
                                "last_at = excluded.last_at"),
                 {key, count, now});
}

Auth::SignIn Auth::signIn(const QString &username, const QByteArray &password,
                          const QString &device, const QHostAddress &from)
{
    SignIn r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString accountKey = QStringLiteral("user:") + username.toLower();
    const QString addressKey = QStringLiteral("addr:") + from.toString();
    const int worst = std::max(failures(accountKey, now), failures(addressKey, now));
    if (worst >= kFreeAttempts) {
        // Waits double with every failure past the free ones, up to the window.
        r.outcome = Outcome::Throttled;
        r.retryAfterSeconds =
            int(std::min<qint64>(kWindowMs / 1000, 2LL << std::min(worst - kFreeAttempts, 10)));
        return r;
    }
    QString hash;
    const auto user = m_store.userByName(username, &hash);
    // Verify against a fixed hash when the user is unknown, so timing tells nothing.
    static const QString dummy = hashPassword("not a password");
    const bool ok = verifyPassword(user ? hash : dummy, password) && user;
    if (!ok) {
        fail(accountKey, now);
        fail(addressKey, now);
        return r;
    }
    m_store.exec(QStringLiteral("DELETE FROM failures WHERE key = ?"), {accountKey});
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    r.token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_store.exec(QStringLiteral("INSERT INTO sessions(token_hash, user_id, device, created_at) "
                                "VALUES (?, ?, ?, ?)"),
                 {tokenHash(r.token.toLatin1()), user->id, device, now});
    r.outcome = Outcome::Ok;
    r.user = *user;
    return r;
}

std::optional<Session> Auth::authenticate(const QByteArray &token)
{
    if (token.isEmpty() || token.size() > 100)
        return std::nullopt;
    // One statement per request: every call is authenticated.
    const QList<QVariantList> rows = m_store.select(
        QStringLiteral("SELECT u.id, u.username, u.role, u.unit_id, s.device FROM sessions s "
                       "JOIN users u ON u.id = s.user_id WHERE s.token_hash = ? AND "
                       "s.revoked = 0"),
        {tokenHash(token)});
    if (rows.isEmpty())
        return std::nullopt;
    const QVariantList &r = rows.first();
    return Session{User{r[0].toString(), r[1].toString(), r[2].toString(), r[3].toString()},
                   r[4].toString()};
}

void Auth::signOut(const QByteArray &token)
{
    m_store.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE token_hash = ?"),
                 {tokenHash(token)});
}

int Auth::revokeDevice(const QString &device)
{
    QSqlQuery q = m_store.exec(
        QStringLiteral("UPDATE sessions SET revoked = 1 WHERE device = ? AND revoked = 0"),
        {device});
    return q.numRowsAffected();
}

QString Auth::createUser(const QString &username, const QByteArray &password, const QString &role,
                         const QString &unitId)
{
    static const QStringList roles{QStringLiteral("admin"), QStringLiteral("officer"),
                                   QStringLiteral("secretary")};
    if (!roles.contains(role))
        throw ServerStoreError(QCoreApplication::translate(
                                   "Server", "Unknown role “%1”: use admin, officer or secretary.")
                                   .arg(role));
    if (m_store.unitPath(unitId).isEmpty())
        throw ServerStoreError(
            QCoreApplication::translate("Server", "The unit %1 does not exist.").arg(unitId));
    if (password.size() < 8)
        throw ServerStoreError(
            QCoreApplication::translate("Server", "A password needs at least 8 characters."));
    if (m_store.userByName(username))
        throw ServerStoreError(
            QCoreApplication::translate("Server", "The user “%1” already exists.").arg(username));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_store.exec(
        QStringLiteral("INSERT INTO users(id, username, password_hash, role, unit_id, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {id, username, hashPassword(password), role, unitId, QDateTime::currentMSecsSinceEpoch()});
    return id;
}

} // namespace df
