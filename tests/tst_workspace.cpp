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
        ws.open(path, 0, true);
        QVERIFY2(ws.isReady(), qPrintable(ws.errorText()));
        QVERIFY(QFile::exists(path));
    }

    void failureCanBeRetried()
    {
        QTemporaryDir dir;
        // A folder where the database file should be: it cannot be opened.
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        QVERIFY(QDir().mkpath(path));
        Workspace ws;
        ws.open(path, 0, true);
        QVERIFY(ws.state() == Workspace::State::Failed);
        QVERIFY(ws.errorText().contains(QLatin1String("Try again")));
        // The cause goes away (the user freed the name); Try again opens it.
        QVERIFY(QDir(path).removeRecursively());
        ws.retry();
        QVERIFY2(ws.isReady(), qPrintable(ws.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
