#pragma once

#include "serverstore.h"

#include <QHostAddress>

namespace df {

struct Session
{
    User user;
    QString device;
};

// Sign-in: Argon2id password hashes (libsodium), opaque 256-bit tokens of which only a
// SHA-256 hash is stored, and throttling of failed attempts per account and per address.
class Auth
{
public:
    explicit Auth(ServerStore &store);

    static QString hashPassword(const QByteArray &password);
    static bool verifyPassword(const QString &hash, const QByteArray &password);

    enum class Outcome { Ok, WrongCredentials, Throttled };
    struct SignIn
    {
        Outcome outcome = Outcome::WrongCredentials;
        QString token;
        User user;
        int retryAfterSeconds = 0;
    };
    SignIn signIn(const QString &username, const QByteArray &password, const QString &device,
                  const QHostAddress &from);
    std::optional<Session> authenticate(const QByteArray &token);
    void signOut(const QByteArray &token);

    // Sessions as an administrator sees them: the id is the first 16 hexadecimal digits of
    // the token's hash (it says nothing of the token).
    static constexpr int kSessionIdLength = 16;
    struct SessionInfo
    {
        QString id;
        QString username;
        QString device;
        qint64 createdAt = 0;
        bool revoked = false;
    };
    QList<SessionInfo> sessions(const QString &username = {});
    // The number of sessions revoked: one session, or one user's sessions on one device.
    int revokeSession(const QString &sessionId);
    int revokeDevice(const QString &username, const QString &device);
    // The first wait after the free attempts (30 s; doubled after each further failure).
    void setThrottleBaseMs(qint64 ms) { m_baseWaitMs = ms; }

    QString createUser(const QString &username, const QByteArray &password, const QString &role,
                       const QString &unitId);

private:
    static QString tokenHash(const QByteArray &token);
    struct Failures
    {
        int count = 0;
        qint64 lastAt = 0;
    };
    Failures failures(const QString &key, qint64 now);
    qint64 lockedUntil(const Failures &f, int freeAttempts) const; // 0: not locked
    void fail(const QString &key, const Failures &before, qint64 now);

    ServerStore &m_store;
    qint64 m_baseWaitMs = 30 * 1000;
};

} // namespace df
