#pragma once

#include "CredentialStore.h"

// The OS keychain through QtKeychain (Secret Service / KWallet on Linux, Keychain on macOS,
// Credential Manager on Windows), one entry per vendor x environment under the service
// "KYC Desk". The insecure plaintext fallback is never enabled: when no keychain answers, the
// error says so and the app offers session-only credentials instead.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(QString serviceName = QStringLiteral("KYC Desk"),
                                     QObject *parent = nullptr);

    void read(Vendor vendor, EnvironmentKind environment, QObject *context, ReadHandler done) override;
    void write(Vendor vendor, EnvironmentKind environment, const VendorCredential &credential,
               QObject *context, WriteHandler done) override;
    void remove(Vendor vendor, EnvironmentKind environment, QObject *context, WriteHandler done) override;
    // Binary entries (QtKeychain binaryData) keyed by the bare name, under the same service.
    void readSecret(const QString &name, QObject *context, SecretReadHandler done) override;
    void writeSecret(const QString &name, const QByteArray &secret, QObject *context,
                     WriteHandler done) override;
    void removeSecret(const QString &name, QObject *context, WriteHandler done) override;
    bool persistsAcrossSessions() const override { return true; }
    QString description() const override;

private:
    // One QtKeychain job per call; vendor credentials and named secrets share them.
    void readEntry(const QString &key, QObject *context, SecretReadHandler done);
    void writeEntry(const QString &key, const QByteArray &data, QObject *context, WriteHandler done);
    void removeEntry(const QString &key, QObject *context, WriteHandler done);

    QString m_service;
};
