#include "secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace df {

namespace {

// Runs a job to its end and turns a failure into a sentence.
bool wait(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError || job.error() == QKeychain::EntryNotFound)
        return true;
    if (error)
        *error =
            QCoreApplication::translate("SecretStore", "The system keychain could not be used: %1")
                .arg(job.errorString());
    return false;
}

} // namespace

SecretStore::SecretStore(QString service)
    : m_service(std::move(service))
{}

bool SecretStore::write(const QString &account, const QByteArray &secret, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(account);
    job.setBinaryData(secret);
    return wait(job, error);
}

std::optional<QByteArray> SecretStore::read(const QString &account, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(account);
    if (!wait(job, error) || job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    return job.binaryData();
}

bool SecretStore::remove(const QString &account, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setInsecureFallback(false);
    job.setKey(account);
    return wait(job, error);
}

} // namespace df
