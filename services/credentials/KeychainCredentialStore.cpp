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

void KeychainCredentialStore::read(Vendor vendor, EnvironmentKind environment, QObject *context,
                                   ReadHandler done)
{
    readEntry(entryKey(vendor, environment), context,
              [done = std::move(done)](const Result<std::optional<QByteArray>> &r) {
                  if (!r)
                      done(r.error());
                  else if (!r.value())
                      done(std::optional<VendorCredential>());
                  else
                      done(std::optional<VendorCredential>(VendorCredential::deserialize(*r.value())));
              });
}

void KeychainCredentialStore::write(Vendor vendor, EnvironmentKind environment,
                                    const VendorCredential &credential, QObject *context, WriteHandler done)
{
    if (const auto problem = validate(vendor, credential)) {
        QMetaObject::invokeMethod(
            context, [problem, done = std::move(done)] { done(problem); }, Qt::QueuedConnection);
        return;
    }
    writeEntry(entryKey(vendor, environment), credential.serialize(), context, std::move(done));
}

void KeychainCredentialStore::remove(Vendor vendor, EnvironmentKind environment, QObject *context,
                                     WriteHandler done)
{
    removeEntry(entryKey(vendor, environment), context, std::move(done));
}

void KeychainCredentialStore::readSecret(const QString &name, QObject *context, SecretReadHandler done)
{
    if (const auto problem = validateSecretName(name)) {
        QMetaObject::invokeMethod(
            context, [problem, done = std::move(done)] { done(*problem); }, Qt::QueuedConnection);
        return;
    }
    readEntry(name, context, std::move(done));
}

void KeychainCredentialStore::writeSecret(const QString &name, const QByteArray &secret, QObject *context,
                                          WriteHandler done)
{
    if (const auto problem = validateSecret(name, secret)) {
        QMetaObject::invokeMethod(
            context, [problem, done = std::move(done)] { done(problem); }, Qt::QueuedConnection);
        return;
    }
    writeEntry(name, secret, context, std::move(done));
}

void KeychainCredentialStore::removeSecret(const QString &name, QObject *context, WriteHandler done)
{
    if (const auto problem = validateSecretName(name)) {
        QMetaObject::invokeMethod(
            context, [problem, done = std::move(done)] { done(problem); }, Qt::QueuedConnection);
        return;
    }
    removeEntry(name, context, std::move(done));
}

QString KeychainCredentialStore::description() const
{
    return tr("the OS keychain");
}
