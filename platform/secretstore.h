#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace df {

// The session token of each account, in the platform's keychain (Secret Service on
// Linux, Keychain on macOS and iOS, Credential Manager on Windows, Keystore on Android)
// through QtKeychain. Tokens never go to settings, the database or logs. Calls block the
// calling thread for the keychain's answer.
class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("DoanField"));

    // False with `error` set when the keychain refused or is missing.
    bool write(const QString &account, const QByteArray &secret, QString *error = nullptr);
    // Nothing when there is no entry; `error` is set only for a real failure.
    std::optional<QByteArray> read(const QString &account, QString *error = nullptr);
    bool remove(const QString &account, QString *error = nullptr);

private:
    QString m_service;
};

} // namespace df
