// The workspace never leaves the user at a dead end: a data folder that was removed is
// made again, and a database that cannot be opened says so and can be tried again.
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFolderIsMadeAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone/accounts/a.sqlite"));
        QVERIFY(!QFile::exists(QFileInfo(path).absolutePath()));
        Workspace ws;
        ws.open({path, 0, true, {}, {}});
        QVERIFY2(ws.isReady(), qPrintable(ws.property("errorText").toString()));
        QVERIFY(QFile::exists(path));
    }

    void failureCanBeRetried()
    {
        QTemporaryDir dir;
        // A folder where the database file should be: it cannot be opened.
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(QDir().mkpath(path));
        Workspace ws;
        ws.open({path, 0, true, {}, {}});
        QVERIFY(ws.property("failed").toBool());
        QVERIFY(ws.property("errorText").toString().contains(QLatin1String("Try again")));
        // The cause goes away (the user freed the name); Try again opens it.
        QVERIFY(QDir(path).removeRecursively());
        ws.retry();
        QVERIFY2(ws.isReady(), qPrintable(ws.property("errorText").toString()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
