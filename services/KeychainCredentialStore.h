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
    bool persistsAcrossSessions() const override { return true; }
    QString description() const override;

private:
    QString m_service;
};
