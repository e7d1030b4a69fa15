#pragma once

#include "Result.h"
#include "VendorEnvironment.h"

#include <functional>
#include <optional>
#include <QObject>

// A vendor credential: Sphere's token is `secret` alone; Sardine (clientId + clientSecret) and
// Yativo (account id + app secret) use both parts.
struct VendorCredential
{
    QString id;
    QString secret;

    bool isEmpty() const { return secret.trimmed().isEmpty(); }
    // Stored as one keychain entry: "<id>\n<secret>" (ids never contain a newline).
    QByteArray serialize() const;
    static VendorCredential deserialize(const QByteArray &data);
};

// Where secrets live. The real one is the OS keychain (KeychainCredentialStore, QtKeychain);
// tests and the "session only" choice use MemoryCredentialStore. Nothing else ever sees a
// secret: not QSettings, not a log, not the workspace database. All calls are asynchronous
// because keychains may prompt or talk D-Bus.
//
// A store keeps entries of bytes, one per key (readEntry, writeEntry, removeEntry); the checks and
// the credential's serialization are the same for every store, so they live here. The public calls
// stay virtual so that a test can make one of them answer differently.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    using ReadHandler = std::function<void(const Result<std::optional<VendorCredential>> &)>;
    using WriteHandler = std::function<void(const std::optional<ApiError> &)>;
    using SecretReadHandler = std::function<void(const Result<std::optional<QByteArray>> &)>;

    using QObject::QObject;

    static QString entryKey(Vendor vendor, EnvironmentKind environment); // "sphere/production"

    // Found: the credential; not stored: std::nullopt; keychain failure: an ApiError.
    virtual void read(Vendor vendor, EnvironmentKind environment, QObject *context, ReadHandler done);
    // Refuses empty/whitespace secrets before touching the store; a failed write leaves the
    // previous value in place.
    virtual void write(Vendor vendor, EnvironmentKind environment, const VendorCredential &credential,
                       QObject *context, WriteHandler done);
    virtual void remove(Vendor vendor, EnvironmentKind environment, QObject *context, WriteHandler done);

    // Named secrets of KYC Desk itself rather than of a vendor (e.g. "drafts-key", the key that
    // encrypts form drafts): arbitrary bytes, one entry per name next to the vendor entries.
    // Names are lowercase ASCII letters, digits and '-' (never '/', so they cannot collide with
    // the "vendor/environment" entries). Same answers as read/write/remove: found -> the bytes,
    // not stored -> std::nullopt, store failure -> ApiError; an empty secret or a bad name is
    // refused before touching the store.
    virtual void readSecret(const QString &name, QObject *context, SecretReadHandler done);
    virtual void writeSecret(const QString &name, const QByteArray &secret, QObject *context,
                             WriteHandler done);
    virtual void removeSecret(const QString &name, QObject *context, WriteHandler done);

    virtual QString description() const = 0;

    // Session-only credentials win over stored ones (the analyst chose them for this session);
    // otherwise the persistent store answers, errors included.
    static void readPreferringSession(CredentialStore *session, CredentialStore *persistent, Vendor vendor,
                                      EnvironmentKind environment, QObject *context, ReadHandler done);

    // The shared input check of write(): empty or whitespace-only parts are refused.
    static std::optional<ApiError> validate(Vendor vendor, const VendorCredential &credential);
    // The shared checks of the named-secret calls.
    static std::optional<ApiError> validateSecretName(const QString &name);
    static std::optional<ApiError> validateSecret(const QString &name, const QByteArray &secret);

protected:
    // The entry under `key` ("sphere/production", or a secret's name): found -> its bytes, not
    // stored -> std::nullopt, store failure -> ApiError. Always answered later, never during the call.
    virtual void readEntry(const QString &key, QObject *context, SecretReadHandler done) = 0;
    virtual void writeEntry(const QString &key, const QByteArray &data, QObject *context, WriteHandler done)
        = 0;
    // Removing an entry that is not there succeeds.
    virtual void removeEntry(const QString &key, QObject *context, WriteHandler done) = 0;
};
