#include "KeychainCredentialStore.h"

#include "LogCategories.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::Literals::StringLiterals;

namespace {
ApiError keychainError(const QKeychain::Job &job)
{
    ApiError error = ApiError::configuration(u"Keychain"_s, job.errorString());
    if (job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented)
        error.message
            = QCoreApplication::translate("KeychainCredentialStore", "no OS keychain is reachable (%1)")
                  .arg(job.errorString());
    else if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser)
        error.message
            = QCoreApplication::translate("KeychainCredentialStore", "the keychain refused access (%1)")
                  .arg(job.errorString());
    error.vendorCode = QString::number(int(job.error()));
    return error;
}
} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString serviceName, QObject *parent)
    : CredentialStore(parent), m_service(std::move(serviceName))
{ }

void KeychainCredentialStore::readEntry(const QString &key, QObject *context, SecretReadHandler done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, context, [job, guard, done = std::move(done)] {
        if (!guard)
            return;
        if (job->error() == QKeychain::EntryNotFound) {
            done(std::optional<QByteArray>());
            return;
        }
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "keychain read failed:" << job->errorString();
            done(keychainError(*job));
            return;
        }
        done(std::optional<QByteArray>(job->binaryData()));
    });
    job->start();
}

void KeychainCredentialStore::writeEntry(const QString &key, const QByteArray &data, QObject *context,
                                         WriteHandler done)
{
    // The keychain replaces an entry atomically: a failed write leaves the old secret in place.
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError) {
            qCWarning(lcCredentials) << "keychain write failed:" << job->errorString();
            done(keychainError(*job));
            return;
        }
        done(std::nullopt);
    });
    job->start();
}

void KeychainCredentialStore::removeEntry(const QString &key, QObject *context, WriteHandler done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound) {
            done(keychainError(*job));
            return;
        }
        done(std::nullopt);
    });
    job->start();
}

QString KeychainCredentialStore::description() const
{
    return tr("the OS keychain");
}
