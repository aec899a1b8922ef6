#include "importcommand.h"

#include "memberimport.h"
#include "reportcommand.h"
#include "serverstore.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "syncservice.h"
#include "write/localstore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cstdio>
#include <optional>

namespace df {

namespace {

int fail(const QString &sentence)
{
    std::fprintf(stderr, "doanfield-server: %s\n", qPrintable(sentence));
    return 1;
}

// The server's push and pull called in process: SyncEngine sends the import's outbox
// exactly as a device would, and the server checks and audits it the same way.
class InProcess : public Transport
{
public:
    InProcess(SyncService &sync, User user, QString device)
        : m_sync(sync)
        , m_user(std::move(user))
        , m_device(std::move(device))
    {}
    TransportReply post(const QString &path, const QByteArray &json) override
    {
        if (!path.endsWith(QLatin1String("/sync/push")))
            return {404, {}, QStringLiteral("not served in process")};
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        try {
            const QJsonObject out =
                m_sync.push(m_user, m_device, body.value(QStringLiteral("changes")));
            for (const auto &r : out.value(QStringLiteral("rejected")).toArray()) {
                const QString why = r.toObject().value(QStringLiteral("message")).toString();
                if (!refusals.contains(why))
                    refusals.append(why);
            }
            return {200, QJsonDocument(out).toJson(QJsonDocument::Compact), {}};
        } catch (const RequestError &e) {
            return {e.status, {}, e.message};
        }
    }
    TransportReply get(const QString &) override { return {404, {}, {}}; }
    TransportReply deleteResource(const QString &) override { return {204, {}, {}}; }
    void setToken(const QByteArray &) override {}
    QStringList refusals; // each distinct reason the server gave

private:
    SyncService &m_sync;
    User m_user;
    QString m_device;
};

} // namespace

int runImport(SyncService &sync, ServerStore &store, const ImportRequest &r)
{
    if (r.unitId.isEmpty() || r.file.isEmpty())
        return fail(QStringLiteral("import needs --unit ID and a FILE (.xlsx or .csv)."));
    std::optional<io::Preview::Group::Action> action;
    if (r.duplicates.isEmpty() || r.duplicates == QLatin1String("update"))
        action = io::Preview::Group::Update;
    else if (r.duplicates == QLatin1String("skip"))
        action = io::Preview::Group::Skip;
    else if (r.duplicates == QLatin1String("add"))
        action = io::Preview::Group::Add;
    else
        return fail(QStringLiteral("--duplicates must be update, skip or add (got “%1”).")
                        .arg(r.duplicates));
    if (store.unitPath(r.unitId).isEmpty())
        return fail(
            QStringLiteral("There is no unit %1 on this server (see `list-units`).").arg(r.unitId));

    QElapsedTimer timer;
    timer.start();
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(
            QStringLiteral("Could not make a temporary folder: %1.").arg(dir.errorString()));
    Database db(dir.filePath(QStringLiteral("import.sqlite")));
    const User importer{QStringLiteral("server-import"), QStringLiteral("server-import"),
                        QStringLiteral("admin"), r.unitId};
    if (!pullIntoClientCopy(sync, importer, db))
        return fail(QStringLiteral("The server's rows could not be read; nothing was imported."));

    io::MemberImport import(db, r.unitId);
    QString why;
    if (!import.open(r.file, &why) || !import.dryRun(&why))
        return fail(why + QStringLiteral(" Nothing was imported."));
    for (int g = 0; g < import.preview().groups.size(); ++g)
        import.setGroupAction(g, *action);

    const auto &info = import.info();
    const auto &map = import.mapping();
    const io::Preview &p = import.preview();
    std::printf("%s: %s%s%s, header on row %d\n", qPrintable(r.file), qPrintable(info.format),
                info.encoding.isEmpty() ? "" : ", ", qPrintable(info.encoding), map.headerRow);
    if (map.convertTcvn3)
        std::printf("text typed in TCVN3 (.VnTime) fonts: converted to Unicode\n");
    for (int c = 0; c < map.columns.size(); ++c)
        if (map.columns[c] != io::Field::Ignore)
            std::printf("  column %d “%s” → %s (%s)\n", c + 1, qPrintable(map.headers.value(c)),
                        qPrintable(io::fieldName(map.columns[c])),
                        qPrintable(io::fieldKey(map.columns[c])));
    std::printf("%d rows: %d new, %d updated, %d unchanged, %d refused, %d skipped, %d merged\n",
                p.rows, p.added, p.updated, p.unchanged, p.refused, p.skipped, p.merged);
    for (const auto &f : p.refusals)
        std::printf("  refused: %s\n", qPrintable(f.sentence));
    for (const auto &g : p.groups) {
        QStringList rows;
        for (int n : g.rows)
            rows.append(QString::number(n));
        std::printf("  possible duplicates (%s): rows %s%s → %s\n", qPrintable(g.reason),
                    qPrintable(rows.join(QStringLiteral(", "))),
                    g.memberName.isEmpty()
                        ? ""
                        : qPrintable(QStringLiteral(", stored member %1").arg(g.memberName)),
                    g.action == io::Preview::Group::Skip  ? "skip"
                    : g.action == io::Preview::Group::Add ? "add"
                                                          : "update");
    }
    for (const auto &w : p.warnings)
        std::printf("  note: %s\n", qPrintable(w.sentence));
    if (!r.apply) {
        std::printf("dry run: nothing was written (add --apply to import) (%lld ms)\n",
                    static_cast<long long>(timer.elapsed()));
        return 0;
    }
    LocalStore local(db);
    io::ImportBatch batch;
    if (!import.apply(local, &batch, &why))
        return fail(why);
    // The changes carry this temporary store's device id, as a device's carry its own.
    InProcess transport(sync, importer, local.sync().deviceId());
    SyncEngine pusher(local.sync(), transport);
    pusher.setPushBatch(2000);
    const SyncResult pushed = pusher.push();
    if (!pushed.ok || pushed.rejected > 0)
        return fail(QStringLiteral("The server refused part of the import (%1 changes "
                                   "accepted, %2 refused): %3")
                        .arg(pushed.pushed)
                        .arg(pushed.rejected)
                        .arg(pushed.error.isEmpty() ? transport.refusals.join(QStringLiteral(" "))
                                                    : pushed.error));
    std::printf("imported: %d members written, %d changes stored on the server (%lld ms)\n",
                batch.written(), pushed.pushed, static_cast<long long>(timer.elapsed()));
    return 0;
}

} // namespace df
