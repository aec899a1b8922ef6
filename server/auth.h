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
    int revokeDevice(const QString &device);

    QString createUser(const QString &username, const QByteArray &password, const QString &role,
                       const QString &unitId);

private:
    static QString tokenHash(const QByteArray &token);
    int failures(const QString &key, qint64 now);
    void fail(const QString &key, qint64 now);

    ServerStore &m_store;
};

} // namespace df
