// doanfield-server: the sync server and its admin commands (see README and docs/).
#include "auth.h"
#include "demoseed.h"
#include "httpapi.h"
#include "importcommand.h"
#include "reportcommand.h"
#include "serverstore.h"
#include "sync/schema.h"
#include "syncservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

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
                 "  sessions [--username NAME]\n"
                 "  revoke-session --session ID\n"
                 "  revoke-device --username NAME --device ID\n"
                 "  seed-demo [--members N] [--seed S] [--password-stdin]\n"
                 "  report --unit ID --period 2026H1|2026|FROM..TO --out FILE.xlsx|FILE.pdf\n"
                 "         [--year-end MM-dd (default 12-15)] [--as-of yyyy-MM-dd]\n"
                 "  import --unit ID FILE.xlsx|FILE.csv [--apply] [--duplicates update|skip|add]\n"
                 "         (a dry run unless --apply)\n"
                 "  cards --unit ID --out FILE.pdf   (member cards with QR codes, A4)\n"
                 "  schema   (the field tables of docs/PROTOCOL.md; no --db)\n");
    return 2;
}

// SIGTERM and SIGINT are written to a socket pair and read in the event loop, where the
// server can stop cleanly (a signal handler may do almost nothing itself).
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char b = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFds[0], &b, 1);
}

QByteArray readPassword()
{
    QTextStream in(stdin);
    return in.readLine().toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    // A report's PDF needs fonts, and fonts a GUI application (offscreen: no display).
    const bool report =
        argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "cards") == 0);
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        report ? std::make_unique<QGuiApplication>(argc, argv)
               : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("doanfield-server"));
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    const auto opt = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                          QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    p.addOptions({opt("db", "Database URL.", "url"),
                  opt("listen", "HOST:PORT", "address"),
                  opt("name", "Unit name.", "name"),
                  opt("level", "Unit level 0-4.", "n"),
                  opt("parent", "Parent unit id.", "id"),
                  opt("username", "User name.", "name"),
                  opt("role", "admin, officer or secretary.", "role"),
                  opt("unit", "Unit id.", "id"),
                  opt("device", "Device id.", "id"),
                  opt("session", "Session id (from `sessions`).", "id"),
                  opt("sign-in-wait-ms", "First wait after too many failed sign-ins.", "ms"),
                  opt("members", "Demo members.", "n"),
                  opt("seed", "Demo seed.", "n"),
                  opt("password-stdin", "Read the password from standard input."),
                  opt("max-skew-ms", "Refuse changes stamped further ahead.", "ms"),
                  opt("period", "Report period: 2026H1, 2026H2, 2026 or FROM..TO.", "period"),
                  opt("year-end", "The work year's last day, MM-dd.", "day"),
                  opt("as-of", "Count records up to this day, yyyy-MM-dd.", "date"),
                  opt("out", "The report file (.xlsx or .pdf), or the cards' PDF.", "file"),
                  opt("apply", "Import: write the rows (without it, a dry run)."),
                  opt("duplicates", "Import: what possible duplicates do.", "update|skip|add")});
    p.addHelpOption();
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.size() == 1 && args.first() == QLatin1String("schema")) {
        // The field tables of docs/PROTOCOL.md, made from the schema.
        std::printf("%s", qPrintable(Schema::markdown()));
        return 0;
    }
    const bool importing = !args.isEmpty() && args.first() == QLatin1String("import");
    if (args.size() != (importing ? 2 : 1) || !p.isSet(QStringLiteral("db")))
        return usage();
    const QString command = args.first();
    if (command != QLatin1String("serve")) // a command's output is its answer, not the log's
        QLoggingCategory::setFilterRules(QStringLiteral("doanfield.*.info=false"));
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
            if (p.isSet(QStringLiteral("sign-in-wait-ms")))
                auth.setThrottleBaseMs(p.value(QStringLiteral("sign-in-wait-ms")).toLongLong());
            if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0)
                return 1;
            QSocketNotifier stopper(g_signalFds[1], QSocketNotifier::Read);
            QObject::connect(&stopper, &QSocketNotifier::activated, &app, [&] {
                stopper.setEnabled(false);
                std::fprintf(stderr, "doanfield-server: stopping; finishing the requests in "
                                     "flight\n");
                api.shutdown(10000);
                app.quit();
            });
            struct sigaction sa = {};
            sa.sa_handler = onSignal;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_RESTART;
            ::sigaction(SIGTERM, &sa, nullptr);
            ::sigaction(SIGINT, &sa, nullptr);
            std::printf("listening on %s:%u (%s)\n", qPrintable(listen.left(colon)), port,
                        qPrintable(store.backendName()));
            std::fflush(stdout);
            const int code = app.exec();
            std::fprintf(stderr, "doanfield-server: stopped\n");
            return code;
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
        if (command == QLatin1String("sessions")) {
            const auto list = auth.sessions(p.value(QStringLiteral("username")));
            std::printf("%-16s  %-20s  %-24s  %-20s  %s\n", "SESSION", "USER", "DEVICE",
                        "SIGNED IN (UTC)", "STATE");
            for (const Auth::SessionInfo &s : list)
                std::printf("%-16s  %-20s  %-24s  %-20s  %s\n", qPrintable(s.id),
                            qPrintable(s.username), qPrintable(s.device),
                            qPrintable(QDateTime::fromMSecsSinceEpoch(s.createdAt, Qt::UTC)
                                           .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                            s.revoked ? "revoked" : "active");
            return 0;
        }
        if (command == QLatin1String("revoke-session")) {
            if (!p.isSet(QStringLiteral("session")))
                return usage();
            const QString id = p.value(QStringLiteral("session"));
            if (auth.revokeSession(id) == 0) {
                std::fprintf(stderr, "doanfield-server: no active session %s (see `sessions`)\n",
                             qPrintable(id));
                return 1;
            }
            std::printf("revoked session %s\n", qPrintable(id));
            return 0;
        }
        if (command == QLatin1String("revoke-device")) {
            // Both named: a device id alone could match other users' sessions.
            if (!p.isSet(QStringLiteral("username")) || !p.isSet(QStringLiteral("device")))
                return usage();
            const QString user = p.value(QStringLiteral("username"));
            const QString device = p.value(QStringLiteral("device"));
            const int n = auth.revokeDevice(user, device);
            if (n == 0) {
                std::fprintf(stderr,
                             "doanfield-server: %s has no active session on device %s (see "
                             "`sessions --username %s`)\n",
                             qPrintable(user), qPrintable(device), qPrintable(user));
                return 1;
            }
            std::printf("revoked %d session(s) of %s on %s\n", n, qPrintable(user),
                        qPrintable(device));
            return 0;
        }
        if (command == QLatin1String("report"))
            return runReport(sync, store,
                             {p.value(QStringLiteral("unit")), p.value(QStringLiteral("period")),
                              p.value(QStringLiteral("year-end")), p.value(QStringLiteral("as-of")),
                              p.value(QStringLiteral("out"))});
        if (command == QLatin1String("cards"))
            return runCards(sync, store, p.value(QStringLiteral("unit")),
                            p.value(QStringLiteral("out")));
        if (importing)
            return runImport(sync, store,
                             {p.value(QStringLiteral("unit")), args.at(1),
                              p.isSet(QStringLiteral("apply")),
                              p.value(QStringLiteral("duplicates"))});
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
