#pragma once

#include "CredentialStore.h"

#include <QHash>

// Session-only credentials: kept in memory, gone when the app quits. The analyst's explicit
// choice when no keychain is reachable, and the fake that unit tests inject.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    QString description() const override;

protected:
    void readEntry(const QString &key, QObject *context, SecretReadHandler done) override;
    void writeEntry(const QString &key, const QByteArray &data, QObject *context, WriteHandler done) override;
    void removeEntry(const QString &key, QObject *context, WriteHandler done) override;

private:
    QHash<QString, QByteArray> m_entries; // vendor entries ("sphere/production") and named secrets
};
