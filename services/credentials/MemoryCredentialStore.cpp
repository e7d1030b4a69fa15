#include "MemoryCredentialStore.h"

#include <QTimer>

// Answers are posted, not immediate, so callers see the same asynchrony as with the keychain.
void MemoryCredentialStore::read(Vendor vendor, EnvironmentKind environment, QObject *context,
                                 ReadHandler done)
{
    const auto it = m_entries.constFind(entryKey(vendor, environment));
    const std::optional<VendorCredential> found
        = it == m_entries.constEnd() ? std::nullopt : std::optional(*it);
    QTimer::singleShot(0, context, [found, done = std::move(done)] { done(found); });
}

void MemoryCredentialStore::write(Vendor vendor, EnvironmentKind environment,
                                  const VendorCredential &credential, QObject *context, WriteHandler done)
{
    const std::optional<ApiError> problem = validate(vendor, credential);
    if (!problem)
        m_entries.insert(entryKey(vendor, environment), credential);
    QTimer::singleShot(0, context, [problem, done = std::move(done)] { done(problem); });
}

void MemoryCredentialStore::remove(Vendor vendor, EnvironmentKind environment, QObject *context,
                                   WriteHandler done)
{
    m_entries.remove(entryKey(vendor, environment));
    QTimer::singleShot(0, context, [done = std::move(done)] { done(std::nullopt); });
}

void MemoryCredentialStore::readSecret(const QString &name, QObject *context, SecretReadHandler done)
{
    if (const auto problem = validateSecretName(name)) {
        QTimer::singleShot(0, context, [problem = *problem, done = std::move(done)] { done(problem); });
        return;
    }
    const auto it = m_secrets.constFind(name);
    const std::optional<QByteArray> found = it == m_secrets.constEnd() ? std::nullopt : std::optional(*it);
    QTimer::singleShot(0, context, [found, done = std::move(done)] { done(found); });
}

void MemoryCredentialStore::writeSecret(const QString &name, const QByteArray &secret, QObject *context,
                                        WriteHandler done)
{
    const std::optional<ApiError> problem = validateSecret(name, secret);
    if (!problem)
        m_secrets.insert(name, secret);
    QTimer::singleShot(0, context, [problem, done = std::move(done)] { done(problem); });
}

void MemoryCredentialStore::removeSecret(const QString &name, QObject *context, WriteHandler done)
{
    const std::optional<ApiError> problem = validateSecretName(name);
    if (!problem)
        m_secrets.remove(name);
    QTimer::singleShot(0, context, [problem, done = std::move(done)] { done(problem); });
}

QString MemoryCredentialStore::description() const
{
    return tr("this session only (not saved)");
}
