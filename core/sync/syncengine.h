#pragma once

#include <QString>
#include <functional>

namespace df {

class SyncStore;
class Transport;
struct TransportReply;
class PulledPage;

// The outcome of one sync round, with a sentence for the user when it failed.
struct SyncResult
{
    bool ok = false;
    int status = 0;             // the HTTP status that ended the round, when not ok
    int pushed = 0;             // changes the server accepted
    int rejected = 0;           // changes the server refused (logged in sync_log)
    int pulled = 0;             // rows applied
    quint32 touched = 0;        // bit 1 << Entity for each kind of row this round changed
    int retryAfterSeconds = -1; // the server's Retry-After, when it sent one
    QString error;
};

// A signed-in session: the token goes to the transport and, in the app, the keychain.
struct SignInResult
{
    bool ok = false;
    int status = 0;
    int retryAfterSeconds = -1; // a lockout (429): how long the server said to wait
    QString error;
    QByteArray token;
    QString username, role, unitId;
};

// Pushes the outbox and pulls pages into the local store until nothing is left, over
// any Transport. Each page is applied with its cursor in one transaction; outbox entries
// are removed only when the server answered for them. Runs on whatever thread calls it,
// with its own connection (SyncStore); while a pull runs, pages are written on a second
// thread, one at a time, while the next is fetched.
class SyncEngine
{
public:
    SyncEngine(SyncStore &store, Transport &transport);

    // POST /api/v1/session with this device's id; on success the transport carries the token.
    SignInResult signIn(const QString &username, const QString &password);
    SyncResult signOut();

    SyncResult sync();
    SyncResult push();
    SyncResult pull();

    void setPageSize(int rows) { m_pageSize = rows; }
    void setPushBatch(int changes) { m_pushBatch = changes; }
    // Called with (rows applied so far, estimated total) after every page.
    void setProgress(std::function<void(qint64, qint64)> progress)
    {
        m_progress = std::move(progress);
    }

private:
    SyncResult failure(int status, const QString &message);
    SyncResult failureFor(const TransportReply &reply);
    void learnServerTime(const QString &serverHlc, qint64 serverTime);
    QString pagePath(qint64 cursor) const;
    // Parses and checks one pull answer; a failed result carries the user's sentence.
    SyncResult readPage(const TransportReply &reply, qint64 cursor, PulledPage &page);

    SyncStore &m_store;
    Transport &m_transport;
    int m_pageSize = 1000;
    int m_pushBatch = 500;
    std::function<void(qint64, qint64)> m_progress;
};

} // namespace df
