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

    QString description() const override;

protected:
    // One QtKeychain job per call: binary entries (binaryData) under the service, keyed by the entry
    // key or the bare secret name.
    void readEntry(const QString &key, QObject *context, SecretReadHandler done) override;
    void writeEntry(const QString &key, const QByteArray &data, QObject *context, WriteHandler done) override;
    void removeEntry(const QString &key, QObject *context, WriteHandler done) override;

private:
    QString m_service;
};
