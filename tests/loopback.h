#pragma once

// A transport that calls the server logic (SyncService) in process, and loses, duplicates
// and replays messages on purpose: the convergence property test's network. It records
// what the server accepted, field by field and change by change, so the test can check
// nothing acknowledged was lost and work out what the server must hold. Faults a real
// network produces only by chance, on demand; and the device's crash around a push.
#include "syncservice.h"

#include "sync/change.h"
#include "sync/schema.h"
#include "sync/transport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace df::test {

struct Write
{
    Version version;
    Version base;
    QJsonValue value;
};
using FieldKey = QString; // entity/row/field

// Calls the server logic directly; loses, duplicates and replays messages on purpose.
class FaultyLoopback : public Transport
{
public:
    FaultyLoopback(SyncService &service, User user, QString device, QRandomGenerator &rng,
                   QHash<FieldKey, QList<Write>> &accepted,
                   QList<Change> *acceptedChanges = nullptr)
        : m_service(service)
        , m_user(std::move(user))
        , m_device(std::move(device))
        , m_rng(rng)
        , m_accepted(accepted)
        , m_acceptedChanges(acceptedChanges)
    {}
    bool faults = true;
    bool trace = false; // logs every change delivered, with the server's answer
    // A crash of the device around a push: the post with this index calls `crash` (which
    // throws) before the request leaves, or after the server has applied it and before the
    // device could store the answer.
    int crashPostAt = -1;
    bool crashAfterDelivery = false;
    std::function<void()> crash;
    int posts() const { return m_posts; }

    QSet<int> lostPosts; // the indexes of posts lost before they reach the server

    TransportReply post(const QString &, const QByteArray &json) override
    {
        const int index = m_posts++;
        const bool crashHere = index == crashPostAt && crash;
        if (crashHere && !crashAfterDelivery)
            crash();
        if (lostPosts.contains(index))
            return {0, {}, QStringLiteral("request lost")};
        if (faults && m_rng.bounded(10) == 0)
            return {0, {}, QStringLiteral("request lost")};
        // Replays an older push after newer ones: the server must ignore it.
        if (faults && !m_old.isEmpty() && m_rng.bounded(6) == 0)
            deliver(m_old[m_rng.bounded(m_old.size())]);
        m_old.append(json);
        TransportReply r = deliver(json);
        if (crashHere)
            crash();
        if (faults && m_rng.bounded(8) == 0)
            r = deliver(json); // duplicated: the second answer must be the same
        if (faults && m_rng.bounded(10) == 0)
            return {0, {}, QStringLiteral("response lost")};
        return r;
    }
    int failGetAt = -1; // the index of a get that is lost, whatever `faults` says
    TransportReply get(const QString &pathAndQuery) override
    {
        if (m_gets++ == failGetAt)
            return {0, {}, QStringLiteral("request lost")};
        if (faults && m_rng.bounded(12) == 0)
            return {0, {}, QStringLiteral("request lost")};
        const QUrlQuery q(QUrl(pathAndQuery).query());
        const QByteArray page =
            m_service.pull(m_user, q.queryItemValue(QStringLiteral("cursor")).toLongLong(),
                           q.queryItemValue(QStringLiteral("limit")).toInt());
        if (faults && m_rng.bounded(12) == 0)
            return {0, {}, QStringLiteral("response lost")};
        return {200, page, {}};
    }
    TransportReply deleteResource(const QString &) override { return {204, {}, {}}; }
    void setToken(const QByteArray &) override {}

private:
    TransportReply deliver(const QByteArray &json)
    {
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        const QJsonValue changes = body.value(QStringLiteral("changes"));
        const QJsonObject out = m_service.push(m_user, m_device, changes);
        // Remember what the server acknowledged (first time only).
        QSet<QString> ok;
        for (const QJsonValue &v : out.value(QStringLiteral("accepted")).toArray())
            ok.insert(v.toString());
        if (trace) {
            for (const QJsonValue &v : changes.toArray())
                qInfo().noquote() << m_device
                                  << (ok.contains(v[QStringLiteral("op_id")].toString())
                                          ? "accepted"
                                          : "refused")
                                  << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
        }
        for (const QJsonValue &v : changes.toArray()) {
            const auto c = Change::fromJson(v.toObject(), nullptr);
            if (!c || !ok.contains(c->opId) || m_seenOps.contains(c->opId))
                continue;
            m_seenOps.insert(c->opId);
            if (m_acceptedChanges)
                m_acceptedChanges->append(*c);
            for (auto it = c->fields.begin(); it != c->fields.end(); ++it) {
                const FieldKey key = QString::fromLatin1(Schema::spec(c->entity).wire) +
                                     QLatin1Char('/') + c->rowId + QLatin1Char('/') + it.key();
                m_accepted[key].append(
                    {c->versionOf(it.key()), c->base.value(it.key()), it.value()});
            }
        }
        return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), {}};
    }

    SyncService &m_service;
    User m_user;
    QString m_device;
    QRandomGenerator &m_rng;
    QHash<FieldKey, QList<Write>> &m_accepted;
    QList<Change> *m_acceptedChanges;
    QList<QByteArray> m_old;
    int m_gets = 0;
    int m_posts = 0;
    inline static QSet<QString> m_seenOps;
};

} // namespace df::test
