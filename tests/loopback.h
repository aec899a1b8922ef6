#pragma once

// A transport that calls the server logic (SyncService) in process, and loses, duplicates
// and replays messages on purpose: the convergence property test's network. It records
// what the server accepted, field by field, so the test can check nothing acknowledged
// was lost. Faults a real network produces only by chance, on demand.
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
                   QHash<FieldKey, QList<Write>> &accepted)
        : m_service(service)
        , m_user(std::move(user))
        , m_device(std::move(device))
        , m_rng(rng)
        , m_accepted(accepted)
    {}
    bool faults = true;

    TransportReply post(const QString &, const QByteArray &json) override
    {
        if (faults && m_rng.bounded(10) == 0)
            return {0, {}, QStringLiteral("request lost")};
        // Replays an older push after newer ones: the server must ignore it.
        if (faults && !m_old.isEmpty() && m_rng.bounded(6) == 0)
            deliver(m_old[m_rng.bounded(m_old.size())]);
        m_old.append(json);
        TransportReply r = deliver(json);
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
        for (const QJsonValue &v : changes.toArray()) {
            const auto c = Change::fromJson(v.toObject(), nullptr);
            if (!c || !ok.contains(c->opId) || m_seenOps.contains(c->opId))
                continue;
            m_seenOps.insert(c->opId);
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
    QList<QByteArray> m_old;
    int m_gets = 0;
    inline static QSet<QString> m_seenOps;
};

} // namespace df::test
