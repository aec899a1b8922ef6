#include "auth.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>
#include <sodium.h>

namespace df {

namespace {

// Failed sign-ins are counted per account and per address over a window that restarts
// after 15 quiet minutes. An account has 5 free attempts: enough for typos, too few for
// guessing. An address has 100, so that a conference room behind one Wi-Fi address is not
// locked by one person's typos, while a spray of guesses over many accounts still stops.
// Past the free attempts each further one waits: 30 s, then twice as long after each
// failure, at most 15 minutes.
constexpr int kAccountFreeAttempts = 5;
constexpr int kAddressFreeAttempts = 100;
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

Auth::Failures Auth::failures(const QString &key, qint64 now)
{
    QSqlQuery q =
        m_store.exec(QStringLiteral("SELECT count, last_at FROM failures WHERE key = ?"), {key});
    if (!q.next() || now - q.value(1).toLongLong() > kWindowMs)
        return {};
    return {q.value(0).toInt(), q.value(1).toLongLong()};
}

qint64 Auth::lockedUntil(const Failures &f, int freeAttempts) const
{
    if (f.count < freeAttempts)
        return 0;
    const qint64 wait =
        std::min<qint64>(kWindowMs, m_baseWaitMs << std::min(f.count - freeAttempts, 20));
    return f.lastAt + wait;
}

void Auth::fail(const QString &key, const Failures &before, qint64 now)
{
    m_store.exec(QStringLiteral("INSERT INTO failures(key, count, last_at) VALUES (?, ?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET count = excluded.count, "
                                "last_at = excluded.last_at"),
                 {key, before.count + 1, now});
}

Auth::SignIn Auth::signIn(const QString &username, const QByteArray &password,
                          const QString &device, const QHostAddress &from)
{
    SignIn r;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString accountKey = QStringLiteral("user:") + username.toLower();
    const QString addressKey = QStringLiteral("addr:") + from.toString();
    const Failures account = failures(accountKey, now);
    const Failures address = failures(addressKey, now);
    const qint64 until = std::max(lockedUntil(account, kAccountFreeAttempts),
                                  lockedUntil(address, kAddressFreeAttempts));
    if (until > now) {
        // Not tried, not counted: the answer names the real wait, rounded up to a second.
        r.outcome = Outcome::Throttled;
        r.retryAfterSeconds = int((until - now + 999) / 1000);
        return r;
    }
    QString hash;
    const auto user = m_store.userByName(username, &hash);
    // Verify against a fixed hash when the user is unknown, so timing tells nothing.
    static const QString dummy = hashPassword("not a password");
    const bool ok = verifyPassword(user ? hash : dummy, password) && user;
    if (!ok) {
        fail(accountKey, account, now);
        fail(addressKey, address, now);
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

QList<Auth::SessionInfo> Auth::sessions(const QString &username)
{
    QList<SessionInfo> out;
    const QString sql =
        QStringLiteral("SELECT s.token_hash, u.username, s.device, s.created_at, s.revoked FROM "
                       "sessions s JOIN users u ON u.id = s.user_id%1 ORDER BY s.created_at, "
                       "s.token_hash")
            .arg(username.isEmpty() ? QString() : QStringLiteral(" WHERE u.username = ?"));
    QSqlQuery q = m_store.exec(sql, username.isEmpty() ? QVariantList() : QVariantList{username});
    while (q.next())
        out.append({q.value(0).toString().left(kSessionIdLength), q.value(1).toString(),
                    q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toInt() != 0});
    return out;
}

int Auth::revokeSession(const QString &sessionId)
{
    if (sessionId.size() != kSessionIdLength)
        return 0;
    QSqlQuery q = m_store.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE "
                                              "substr(token_hash, 1, %1) = ? AND revoked = 0")
                                   .arg(kSessionIdLength),
                               {sessionId.toLower()});
    return q.numRowsAffected();
}

int Auth::revokeDevice(const QString &username, const QString &device)
{
    const auto user = m_store.userByName(username);
    if (!user || device.isEmpty())
        return 0;
    QSqlQuery q = m_store.exec(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ? "
                                              "AND device = ? AND revoked = 0"),
                               {user->id, device});
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
