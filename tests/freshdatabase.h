#pragma once

// A new, empty database for a test's server (links Qt SQL for the PostgreSQL case).
#include <QCoreApplication>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

// A new, empty server database: a SQLite file in `dir`, or a new database on the
// PostgreSQL that DF_TEST_POSTGRES names (tests/with-postgres.sh starts one).
inline QString freshServerDatabase(const QString &dir)
{
    static int count = 0;
    const QString pg = qEnvironmentVariable("DF_TEST_POSTGRES");
    const QString name =
        QStringLiteral("dft_%1_%2").arg(QCoreApplication::applicationPid()).arg(++count);
    if (pg.isEmpty())
        return QStringLiteral("sqlite:") + QDir(dir).filePath(name + QStringLiteral(".db"));
    const QUrl url(pg);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open())
            qFatal("cannot reach the test PostgreSQL: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    QUrl out = url;
    out.setPath(QLatin1Char('/') + name);
    return out.toString();
}
