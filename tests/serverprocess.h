#pragma once

// The real doanfield-server for integration tests: admin commands against a database,
// and `serve` on a free loopback port (the port is read from what the server prints).
#include <QDebug>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

class ServerProcess
{
public:
    ~ServerProcess() { stop(); }

    // Runs an admin command (create-unit, create-user, seed-demo…) on `db`; its stdout.
    static QString admin(const QString &db, const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(DF_SERVER_EXE),
                QStringList{args.first(), QStringLiteral("--db"), db} + args.mid(1));
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000) || p.exitCode() != 0)
            qWarning().noquote() << "admin command failed:" << args << p.readAllStandardError();
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // Starts serving `db`; the server's address, or an empty URL when it did not start.
    QUrl start(const QString &db)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral(DF_SERVER_EXE),
                        {QStringLiteral("serve"), QStringLiteral("--db"), db,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
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
