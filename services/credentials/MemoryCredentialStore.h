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

    void read(Vendor vendor, EnvironmentKind environment, QObject *context, ReadHandler done) override;
    void write(Vendor vendor, EnvironmentKind environment, const VendorCredential &credential,
               QObject *context, WriteHandler done) override;
    void remove(Vendor vendor, EnvironmentKind environment, QObject *context, WriteHandler done) override;
    void readSecret(const QString &name, QObject *context, SecretReadHandler done) override;
    void writeSecret(const QString &name, const QByteArray &secret, QObject *context,
                     WriteHandler done) override;
    void removeSecret(const QString &name, QObject *context, WriteHandler done) override;
    bool persistsAcrossSessions() const override { return false; }
    QString description() const override;

private:
    QHash<QString, VendorCredential> m_entries;
    QHash<QString, QByteArray> m_secrets;
};
