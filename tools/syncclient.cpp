// doanfield-sync: the app's sync worker without the app. Signs in, then pushes the outbox
// and pulls until the local database is in step with the server; for kiosks, scripts,
// and the crash and resume tests, which kill it at random moments.
//
//   doanfield-sync --db FILE --server URL --user NAME --password-stdin [--page-size N]
//
// Prints "pulled N of M" after every page and a last line "synced: pushed P, pulled N";
// exits 0 when in step, 1 when the sync failed (the sentence goes to stderr), 2 on usage.
// The session token stays in memory: a fresh sign-in each run, nothing written to disk.
#include "store/database.h"
#include "store/storeerror.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace df;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("doanfield-sync"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Syncs a Đoàn Field database with a server."));
    p.addHelpOption();
    p.addOptions(
        {{QStringLiteral("db"), QStringLiteral("The local database file."), QStringLiteral("file")},
         {QStringLiteral("server"), QStringLiteral("The server address."), QStringLiteral("url")},
         {QStringLiteral("user"), QStringLiteral("The username."), QStringLiteral("name")},
         {QStringLiteral("password-stdin"), QStringLiteral("Read the password from the "
                                                           "first line of stdin.")},
         {QStringLiteral("page-size"), QStringLiteral("Rows per pull page."), QStringLiteral("n"),
          QStringLiteral("1000")},
         {QStringLiteral("push-batch"), QStringLiteral("Changes per push request."),
          QStringLiteral("n"), QStringLiteral("500")},
         {QStringLiteral("timeout"), QStringLiteral("Seconds without an answer."),
          QStringLiteral("s"), QStringLiteral("30")}});
    p.process(app);
    const QUrl server(p.value(QStringLiteral("server")));
    if (!p.isSet(QStringLiteral("db")) || !server.isValid() || server.host().isEmpty() ||
        !p.isSet(QStringLiteral("user")) || !p.isSet(QStringLiteral("password-stdin"))) {
        std::fputs("doanfield-sync needs --db, --server, --user and --password-stdin\n", stderr);
        return 2;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    try {
        Database db(p.value(QStringLiteral("db")));
        LocalStore store(db);
        HttpTransport transport(server, p.value(QStringLiteral("timeout")).toInt() * 1000);
        SyncEngine engine(store.sync(), transport);
        engine.setPageSize(p.value(QStringLiteral("page-size")).toInt());
        engine.setPushBatch(p.value(QStringLiteral("push-batch")).toInt());
        engine.setProgress([](qint64 done, qint64 total) {
            std::printf("pulled %lld of %lld\n", qlonglong(done), qlonglong(total));
            std::fflush(stdout);
        });
        const SignInResult s = engine.signIn(p.value(QStringLiteral("user")), password);
        if (!s.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error));
            return 1;
        }
        std::printf("signed in; %d changes to send\n", store.sync().pendingCount());
        std::fflush(stdout);
        const SyncResult r = engine.sync();
        if (!r.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error));
            return 1;
        }
        std::printf("synced: pushed %d, pulled %d\n", r.pushed, r.pulled);
        return 0;
    } catch (const StoreError &e) {
        std::fprintf(stderr, "%s\n", qPrintable(e.message()));
        return 1;
    }
}
