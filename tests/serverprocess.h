#pragma once

// The real doanfield-server for integration tests: admin commands against a database,
// and `serve` on a free loopback port (the port is read from what the server prints).
#include <QCoreApplication>
#include <QDebug>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Runs an admin command on `db` and returns how it ended.
    static Run run(const QString &db, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(DF_SERVER_EXE),
                QStringList{args.first(), QStringLiteral("--db"), db} + args.mid(1));
        p.write(input);
        p.closeWriteChannel();
        Run r;
        if (p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit)
            r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        r.err = QString::fromUtf8(p.readAllStandardError()).trimmed();
        return r;
    }

    // Runs an admin command (create-unit, create-user, seed-demo…) on `db`; its stdout.
    static QString admin(const QString &db, const QStringList &args, const QByteArray &input = {})
    {
        const Run r = run(db, args, input);
        if (r.exitCode != 0)
            qWarning().noquote() << "admin command failed:" << args << r.err;
        return r.out;
    }

    // Starts serving `db`; the server's address, or an empty URL when it did not start.
    QUrl start(const QString &db, const QStringList &extra = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(DF_SERVER_EXE),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--db"), db,
                                    QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extra);
        if (!m_process.waitForStarted())
            return {};
        QByteArray out;
        while (!out.contains('\n') && m_process.waitForReadyRead(30000))
            out += m_process.readAllStandardOutput();
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral(":(\\d+) \\(")).match(QString::fromUtf8(out));
        if (!m.hasMatch()) {
            qWarning().noquote() << "the server did not start:" << out
                                 << m_process.readAllStandardError();
            return {};
        }
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1)));
    }

    QProcess &process() { return m_process; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
};
