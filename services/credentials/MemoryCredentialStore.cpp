#include "MemoryCredentialStore.h"

#include <QTimer>

// Answers are posted, not immediate, so callers see the same asynchrony as with the keychain.
void MemoryCredentialStore::readEntry(const QString &key, QObject *context, SecretReadHandler done)
{
    const auto it = m_entries.constFind(key);
    const std::optional<QByteArray> found = it == m_entries.constEnd() ? std::nullopt : std::optional(*it);
    QTimer::singleShot(0, context, [found, done = std::move(done)] { done(found); });
}

void MemoryCredentialStore::writeEntry(const QString &key, const QByteArray &data, QObject *context,
                                       WriteHandler done)
{
    m_entries.insert(key, data);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(std::nullopt); });
}

void MemoryCredentialStore::removeEntry(const QString &key, QObject *context, WriteHandler done)
{
    m_entries.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done)] { done(std::nullopt); });
}

QString MemoryCredentialStore::description() const
{
    return tr("this session only (not saved)");
}
