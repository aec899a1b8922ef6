// doanfield-server: the sync server and its admin commands (see README and docs/).
#include "auth.h"
#include "demoseed.h"
#include "httpapi.h"
#include "serverstore.h"
#include "sync/schema.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <cstdio>

using namespace df;

namespace {

int usage()
{
    std::fprintf(stderr,
                 "usage: doanfield-server COMMAND --db sqlite:PATH|postgresql://… [options]\n"
                 "  serve --listen HOST:PORT\n"
                 "  create-unit --name NAME --level 0-4 [--parent ID]\n"
                 "  list-units\n"
                 "  create-user --username NAME --role admin|officer|secretary --unit ID "
                 "--password-stdin\n"
                 "  revoke-device --device ID\n"
                 "  seed-demo [--members N] [--seed S] [--password-stdin]\n");
    return 2;
}

QByteArray readPassword()
{
    QTextStream in(stdin);
    return in.readLine().toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doanfield-server"));
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    const auto opt = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    p.addOptions({opt("db", "Database URL.", "url"), opt("listen", "HOST:PORT", "address"),
                  opt("name", "Unit name.", "name"), opt("level", "Unit level 0-4.", "n"),
                  opt("parent", "Parent unit id.", "id"), opt("username", "User name.", "name"),
                  opt("role", "admin, officer or secretary.", "role"),
                  opt("unit", "Unit id.", "id"), opt("device", "Device id.", "id"),
                  opt("members", "Demo members.", "n"), opt("seed", "Demo seed.", "n"),
                  opt("password-stdin", "Read the password from standard input."),
                  opt("max-skew-ms", "Refuse changes stamped further ahead.", "ms")});
    p.addHelpOption();
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || !p.isSet(QStringLiteral("db")))
        return usage();
    const QString command = args.first();
    try {
        ServerStore store(p.value(QStringLiteral("db")));
        SyncService sync(store);
        if (p.isSet(QStringLiteral("max-skew-ms")))
            sync.setMaxSkewMs(p.value(QStringLiteral("max-skew-ms")).toLongLong());
        Auth auth(store);
        if (command == QLatin1String("serve")) {
            const QString listen = p.value(QStringLiteral("listen"));
            const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
            if (colon < 0)
                return usage();
            HttpApi api(store, sync, auth);
            const quint16 port =
                api.listen(QHostAddress(listen.left(colon)), listen.mid(colon + 1).toUShort());
            if (!port) {
                std::fprintf(stderr, "doanfield-server: cannot listen on %s\n", qPrintable(listen));
                return 1;
            }
            std::printf("listening on %s:%u (%s)\n", qPrintable(listen.left(colon)), port,
                        qPrintable(store.backendName()));
            std::fflush(stdout);
            return app.exec();
        }
        if (command == QLatin1String("create-unit")) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString parent = p.value(QStringLiteral("parent"));
            sync.putRow(Entity::Unit, id,
                        {{QStringLiteral("parent_id"),
                          parent.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(parent)},
                         {QStringLiteral("level"), p.value(QStringLiteral("level")).toLongLong()},
                         {QStringLiteral("name"), p.value(QStringLiteral("name"))},
                         {QStringLiteral("code"), QJsonValue::Null},
                         {QStringLiteral("deleted"), qint64(0)}});
            std::printf("%s\n", qPrintable(id));
            return 0;
        }
        if (command == QLatin1String("list-units")) {
            QSqlQuery q = store.exec(QStringLiteral(
                "SELECT u.id, u.path, r.data FROM units u JOIN rows r ON r.entity = 'unit' AND "
                "r.id = u.id ORDER BY u.path"));
            while (q.next()) {
                const int depth = int(q.value(1).toString().count(QLatin1Char('/'))) - 2;
                const QString name = QJsonDocument::fromJson(q.value(2).toString().toUtf8())
                                         .object()
                                         .value(QStringLiteral("name"))
                                         .toString();
                std::printf("%s  %s%s\n", qPrintable(q.value(0).toString()),
                            qPrintable(QString(depth * 2, QLatin1Char(' '))), qPrintable(name));
            }
            return 0;
        }
        if (command == QLatin1String("create-user")) {
            if (!p.isSet(QStringLiteral("password-stdin")))
                return usage();
            const QString id =
                auth.createUser(p.value(QStringLiteral("username")), readPassword(),
                                p.value(QStringLiteral("role")), p.value(QStringLiteral("unit")));
            std::printf("%s\n", qPrintable(id));
            return 0;
        }
        if (command == QLatin1String("revoke-device")) {
            const int n = auth.revokeDevice(p.value(QStringLiteral("device")));
            std::printf("revoked %d session(s)\n", n);
            return 0;
        }
        if (command == QLatin1String("seed-demo")) {
            const QByteArray password = p.isSet(QStringLiteral("password-stdin"))
                                            ? readPassword()
                                            : QByteArrayLiteral("doanfield-demo");
            const SeedReport r = seedDemo(
                sync, auth,
                p.isSet(QStringLiteral("members")) ? p.value(QStringLiteral("members")).toInt()
                                                   : 3000,
                p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong()
                                                : 2026,
                password);
            std::printf("seeded %d rows; users admin (province), huyen (district), chidoan "
                        "(branch)\n",
                        r.rows);
            return 0;
        }
        return usage();
    } catch (const ServerStoreError &e) {
        std::fprintf(stderr, "doanfield-server: %s\n", qPrintable(e.message()));
        return 1;
    }
}
