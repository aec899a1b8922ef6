#pragma once

#include <QString>
#include <stdexcept>

namespace df {

// Thrown by the store when SQLite fails. The message is a sentence a user can read;
// callers at the UI or CLI boundary catch it and show message().
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace df
