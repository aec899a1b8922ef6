#include "sync/syncengine.h"

#include "store/storeerror.h"
#include "sync/change.h"
#include "sync/pulledpage.h"
#include "sync/syncstore.h"
#include "sync/transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <array>
#include <future>

Q_LOGGING_CATEGORY(lcSync, "doanfield.sync")

namespace df {

namespace {

// What the user reads for a failed request: the app's own sentence for the server's
// error code (in the user's language), the server's English message only for a code this
// version does not know.
QString sentenceFor(const TransportReply &reply)
{
    if (reply.status == 0)
        return reply.error.isEmpty()
                   ? QCoreApplication::translate("Sync", "The server cannot be reached.")
                   : reply.error;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString server = body.value(QStringLiteral("message")).toString();
    const auto is = [&](const char *c) { return code == QLatin1String(c); };
    if (is("wrong_credentials"))
        return QCoreApplication::translate("Sync", "The username or password is wrong.");
    if (is("unauthorized") || reply.status == 401)
        return QCoreApplication::translate(
            "Sync", "Your session has ended. Sign in again; your changes are kept.");
    if (is("throttled") || reply.status == 429) {
        const int wait = std::max(reply.retryAfterSeconds, 1);
        if (wait < 120)
            return QCoreApplication::translate(
                "Sync", "Too many failed sign-ins. Wait %n second(s), then try again.", nullptr,
                wait);
        const int minutes = (wait + 59) / 60;
        return QCoreApplication::translate(
            "Sync", "Too many failed sign-ins. Wait %n minute(s), then try again.", nullptr,
            minutes);
    }
    if (is("upgrade_required") || reply.status == 426)
        return QCoreApplication::translate(
            "Sync", "This version of Đoàn Field is too old for the server. Update the app to keep "
                    "syncing; your changes are kept.");
    if (is("no_scope"))
        return QCoreApplication::translate(
            "Sync", "Your account's unit no longer exists on the server. Ask the officer who "
                    "manages accounts to assign you to a unit; your changes are kept.");
    if (is("not_found") || is("method_not_allowed"))
        return QCoreApplication::translate(
            "Sync", "This address does not answer like a Đoàn Field server. Check the server "
                    "address.");
    if (is("too_large") || is("too_many_changes") || is("headers_too_large") ||
        is("length_required") || is("bad_request") || is("bad_change"))
        return QCoreApplication::translate(
                   "Sync",
                   "The server could not accept a request from this device (%1). Sync will try "
                   "again; if this repeats, update the app or tell the district office.")
            .arg(code);
    if (reply.status == 503)
        return QCoreApplication::translate("Sync",
                                           "The server is busy; sync will try again shortly.");
    if (is("server_error") || reply.status >= 500)
        return QCoreApplication::translate(
                   "Sync", "The server had a problem (%1); sync will try again shortly.")
            .arg(reply.status);
    if (!server.isEmpty())
        return server;
    return QCoreApplication::translate("Sync",
                                       "The server answered with an error (%1); sync will try "
                                       "again.")
        .arg(reply.status);
}

} // namespace

SyncEngine::SyncEngine(SyncStore &store, Transport &transport)
    : m_store(store)
    , m_transport(transport)
{}

SyncResult SyncEngine::failureFor(const TransportReply &reply)
{
    SyncResult r = failure(reply.status, sentenceFor(reply));
    r.retryAfterSeconds = reply.retryAfterSeconds;
    return r;
}

SyncResult SyncEngine::failure(int status, const QString &message)
{
    SyncResult r;
    r.status = status;
    r.error = message;
    qCInfo(lcSync) << "sync failed:" << status << message;
    return r;
}

void SyncEngine::learnServerTime(const QString &serverHlc, qint64 serverTime)
{
    HybridClock &clock = m_store.clock();
    clock.observe(serverHlc.toLongLong());
    if (serverTime <= 0)
        return;
    // A device clock that is off by more than a few seconds is corrected by an offset,
    // so new changes are stamped near the server's time.
    const qint64 device = clock.wallMs() - clock.offsetMs();
    const qint64 offset = serverTime - device;
    if (std::abs(offset - clock.offsetMs()) > 2000) {
        clock.setOffsetMs(std::abs(offset) > 2000 ? offset : 0);
        m_store.setState("clock_offset", QString::number(clock.offsetMs()));
    }
}

SignInResult SyncEngine::signIn(const QString &username, const QString &password)
{
    SignInResult r;
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("username"), username},
                                  {QStringLiteral("password"), password},
                                  {QStringLiteral("device"), m_store.deviceId()}})
            .toJson(QJsonDocument::Compact);
    const TransportReply reply = m_transport.post(QStringLiteral("/api/v1/session"), body);
    r.status = reply.status;
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (reply.status == 401) {
        r.error = QCoreApplication::translate("Sync", "The username or password is wrong.");
        return r;
    }
    if (reply.status == 429)
        r.retryAfterSeconds = reply.retryAfterSeconds;
    if (reply.status != 200 || !o.value(QStringLiteral("token")).isString()) {
        r.error = reply.status == 200
                      ? QCoreApplication::translate(
                            "Sync", "The server sent an answer that could not be read.")
                      : sentenceFor(reply);
        return r;
    }
    r.ok = true;
    r.token = o.value(QStringLiteral("token")).toString().toLatin1();
    const QJsonObject user = o.value(QStringLiteral("user")).toObject();
    r.username = user.value(QStringLiteral("username")).toString();
    r.role = user.value(QStringLiteral("role")).toString();
    r.unitId = user.value(QStringLiteral("unit_id")).toString();
    m_transport.setToken(r.token);
    learnServerTime(o.value(QStringLiteral("server_hlc")).toString(),
                    o.value(QStringLiteral("server_time")).toInteger());
    return r;
}

SyncResult SyncEngine::signOut()
{
    const TransportReply reply = m_transport.deleteResource(QStringLiteral("/api/v1/session"));
    m_transport.setToken({});
    if (reply.status != 204)
        return failureFor(reply);
    SyncResult r;
    r.ok = true;
    return r;
}

SyncResult SyncEngine::sync()
{
    SyncResult pushed = push();
    if (!pushed.ok)
        return pushed;
    SyncResult pulled = pull();
    pulled.pushed = pushed.pushed;
    pulled.rejected = pushed.rejected;
    pulled.touched |= pushed.touched;
    if (!pulled.ok)
        return pulled;
    // Changes made while pulling go out now rather than at the next round.
    if (m_store.pendingCount() > 0) {
        const SyncResult again = push();
        pulled.pushed += again.pushed;
        pulled.rejected += again.rejected;
        pulled.touched |= again.touched;
        if (!again.ok)
            return again;
    }
    return pulled;
}

SyncResult SyncEngine::push()
{
    SyncResult result;
    int restamps = 0;
    for (int round = 0; round < 10000; ++round) {
        const QList<OutboxEntry> entries = m_store.pending(m_pushBatch);
        if (entries.isEmpty())
            break;
        QJsonArray changes;
        for (const OutboxEntry &e : entries) {
            if (!e.change.fields.isEmpty())
                changes.append(e.change.toJson());
        }
        QStringList done;
        for (const OutboxEntry &e : entries) {
            if (e.change.fields.isEmpty())
                done.append(e.change.opId); // its row is gone from this device
        }
        if (changes.isEmpty()) {
            m_store.acknowledge(done);
            continue;
        }
        const TransportReply reply =
            m_transport.post(QStringLiteral("/api/v1/sync/push"),
                             QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes}})
                                 .toJson(QJsonDocument::Compact));
        if (reply.status != 200)
            return failureFor(reply);
        QJsonParseError pe;
        const QJsonObject answer = QJsonDocument::fromJson(reply.body, &pe).object();
        if (pe.error != QJsonParseError::NoError || !answer.contains(QStringLiteral("accepted")))
            return failure(reply.status,
                           QCoreApplication::translate(
                               "Sync", "The server sent a reply that could not be read; "
                                       "sync will try again."));
        learnServerTime(answer.value(QStringLiteral("server_hlc")).toString(),
                        answer.value(QStringLiteral("server_time")).toInteger());
        for (const QJsonValue &v : answer.value(QStringLiteral("accepted")).toArray())
            done.append(v.toString());
        result.pushed += int(answer.value(QStringLiteral("accepted")).toArray().size());
        QStringList restamp;
        for (const QJsonValue &v : answer.value(QStringLiteral("rejected")).toArray()) {
            const QJsonObject rej = v.toObject();
            const QString op = rej.value(QStringLiteral("op_id")).toString();
            const auto entry =
                std::find_if(entries.begin(), entries.end(),
                             [&](const OutboxEntry &e) { return e.change.opId == op; });
            if (entry == entries.end())
                continue;
            if (rej.value(QStringLiteral("code")).toString() == QLatin1String("clock_ahead")) {
                restamp.append(op);
                continue;
            }
            const Change &c = entry->change;
            m_store.logRejection(c, rej.value(QStringLiteral("message")).toString());
            std::optional<RowState> server;
            const QJsonValue current = rej.value(QStringLiteral("current"));
            if (current.isObject()) {
                QJsonObject row = current.toObject();
                row.insert(QStringLiteral("entity"), QLatin1String(Schema::spec(c.entity).wire));
                row.insert(QStringLiteral("id"), c.rowId);
                // Read as a pull row is: one reader for the wire's rows.
                server = PulledPage().readOne(QJsonDocument(row).toJson(QJsonDocument::Compact));
            }
            // "current": null means the server has no such row; an answer without the key
            // says nothing about the row, so the local copy is left alone.
            if (current.isObject() || current.isNull()) {
                m_store.resetToServer(c.entity, c.rowId, c.fields.keys(), server);
                result.touched |= 1u << int(c.entity);
            }
            done.append(op);
            ++result.rejected;
        }
        m_store.acknowledge(done);
        if (!restamp.isEmpty()) {
            if (++restamps > 3)
                return failure(200,
                               QCoreApplication::translate(
                                   "Sync", "The device clock is wrong and the server refuses its "
                                           "changes. Set the date and time, then sync again."));
            m_store.clock().rewind(
                answer.value(QStringLiteral("server_hlc")).toString().toLongLong());
            m_store.restamp(restamp);
        }
    }
    result.ok = true;
    return result;
}

QString SyncEngine::pagePath(qint64 cursor) const
{
    return QStringLiteral("/api/v1/sync/pull?cursor=%1&limit=%2").arg(cursor).arg(m_pageSize);
}

SyncResult SyncEngine::readPage(const TransportReply &reply, qint64 cursor, PulledPage &page)
{
    if (reply.status != 200)
        return failureFor(reply);
    switch (page.parse(reply.body)) {
    case PulledPage::Error::None:
        break;
    case PulledPage::Error::Page:
        return failure(reply.status, QCoreApplication::translate(
                                         "Sync", "The server sent a page that could not be read; "
                                                 "sync will try again."));
    case PulledPage::Error::Row:
        return failure(reply.status, QCoreApplication::translate(
                                         "Sync", "The server sent a row that could not be read; "
                                                 "sync will try again."));
    }
    if (page.cursor < cursor)
        return failure(reply.status, QCoreApplication::translate(
                                         "Sync", "The server sent an older cursor; sync stopped to "
                                                 "keep your data safe."));
    SyncResult ok;
    ok.ok = true;
    return ok;
}

namespace {

// Where the next page starts, read from the tail of a page without parsing it: the server
// writes "cursor" and "has_more" after the rows. Only a hint for the prefetch, which the
// parsed page confirms; any other layout gives no hint.
std::optional<qint64> peekNextCursor(const QByteArray &body)
{
    const QByteArrayView tail = QByteArrayView(body).last(std::min<qsizetype>(body.size(), 256));
    const qsizetype more = tail.lastIndexOf(QByteArrayView("\"has_more\":true"));
    const qsizetype at = tail.lastIndexOf(QByteArrayView("\"cursor\":"));
    if (more < 0 || at < 0)
        return std::nullopt;
    qsizetype end = at + 9;
    while (end < tail.size() && tail[end] >= '0' && tail[end] <= '9')
        ++end;
    bool ok = false;
    const qint64 cursor = tail.sliced(at + 9, end - at - 9).toLongLong(&ok);
    return ok ? std::optional(cursor) : std::nullopt;
}

} // namespace

SyncResult SyncEngine::pull()
{
    SyncResult result;
    qint64 applied = 0;
    m_store.beginInitialLoad();
    // Whatever ends this pull (an error, a failed page), the pages applied so far stay.
    struct CommitLoad
    {
        SyncStore &store;
        ~CommitLoad()
        {
            try {
                store.commitLoad();
            } catch (const StoreError &e) {
                qCWarning(lcSync) << "could not keep the pages pulled so far:" << e.message();
            }
        }
    } commitLoad{m_store};
    // Two pages take turns (their parsers keep their buffers): one is parsed while the
    // other is written. (Declared before `writing`, whose end waits for the write, so a
    // page outlives any write of it however this function ends.)
    std::array<PulledPage, 2> pages;
    // A page is written on a second thread while the next one travels and is parsed here.
    // The store is used by one thread at a time: this one touches it only after join().
    // (Declared after commitLoad, so that a write still running ends before that commit.)
    std::future<void> writing;
    const auto join = [&writing] {
        if (writing.valid())
            writing.get(); // rethrows what the write threw
    };
    qint64 cursor = m_store.cursor();
    for (int turn = 0;; turn ^= 1) {
        PulledPage &page = pages[turn];
        const TransportReply reply = m_transport.get(pagePath(cursor));
        // The next page is asked for at once, before this one is parsed: the server builds
        // it and it travels while this page is parsed and the one before is written.
        const std::optional<qint64> hint =
            reply.status == 200 ? peekNextCursor(reply.body) : std::nullopt;
        if (hint)
            m_transport.prefetch(pagePath(*hint));
        const SyncResult read = readPage(reply, cursor, page);
        if (read.ok && page.more && hint != page.cursor)
            m_transport.prefetch(pagePath(page.cursor));
        join();
        if (!read.ok)
            return read;
        learnServerTime(page.serverHlc, page.serverTime);
        const qsizetype count = page.size();
        const bool more = page.more;
        const qint64 next = page.cursor;
        const qint64 remaining = page.remaining;
        writing = std::async(std::launch::async, [this, &page] { m_store.applyPage(page); });
        applied += count;
        result.pulled += int(count);
        for (qsizetype i = 0; i < count; ++i)
            result.touched |= 1u << int(page.row(i).entity);
        for (const RowRef &e : page.evictions)
            result.touched |= 1u << int(e.entity);
        if (!more) {
            join();
            if (m_progress)
                m_progress(applied, applied);
            break;
        }
        cursor = next;
        if (m_progress)
            m_progress(applied, applied + remaining);
    }
    m_store.finishInitialLoad();
    result.ok = true;
    return result;
}

} // namespace df
