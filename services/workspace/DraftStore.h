#pragma once

// Autosaved form drafts, so an analyst never loses a half-filled onboarding form to a crash, a
// timeout or a closed window. Drafts hold PII (SSN, EIN, documents), so each one is encrypted at
// rest with libsodium's secretbox (XSalsa20-Poly1305, random nonce per save) before it reaches the
// workspace database (SQLite via QtSql, <AppDataLocation>/workspace.sqlite). The 32-byte key is
// created on first use and kept in the OS keychain through CredentialStore, never on disk.

#include "CredentialStore.h"
#include "Result.h"
#include "VendorEnvironment.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class DraftStore : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        QString id; // stable per form, e.g. "create-customer/<uuid>" or "update-customer/<customer id>"
        QString kind; // "sphere-create", "sphere-update", "yativo-create"
        QString title; // non-PII label for the list: "Business customer draft", never a name or SSN
        QDateTime savedAt;
        // The environment of the vendor the form sends to (VendorEnvironment::environmentKey());
        // "legacy" for drafts saved before environments were recorded, "unknown" when not given.
        QString environment = VendorEnvironment::unknownRecordKey();
    };

    // `keys` holds the draft key (CredentialStore::readSecret / writeSecret under "drafts-key").
    DraftStore(CredentialStore *keys, QString databasePath, QObject *parent = nullptr);
    ~DraftStore() override;

    // Fetches or creates the key; must succeed before save/load. Keychain failure -> ApiError
    // (drafts are then not saved at all rather than saved in the clear).
    void open(QObject *context, std::function<void(const std::optional<ApiError> &)> done);
    bool isReady() const { return !m_key.isEmpty(); }
    // Before the key is read: where to keep it instead (the session-only store when the OS
    // keychain fails). The same object stays in use, so forms that hold it keep working.
    void useCredentialStore(CredentialStore *keys);
    // With a session-only key: drafts from now on live in memory, never in the workspace file (a
    // draft written there could not be opened after a restart). Before the key is read.
    void keepForThisSessionOnly();
    bool isSessionOnly() const { return m_sessionOnly; }

    // Synchronous after open(): small SQLite writes. `payload` is the form's JSON (any bytes).
    std::optional<ApiError> save(const Summary &summary, const QByteArray &payload);
    Result<QByteArray> load(const QString &id) const; // decrypt failure -> typed error, row kept
    bool remove(const QString &id);
    QList<Summary> list(const QString &kind = {}) const; // newest first
    std::optional<Summary> summary(const QString &id) const;

    static QString defaultPath(); // same file as RiskHistoryStore::defaultPath()
    // How long a form waits after the last keystroke before saving its draft: long enough not to
    // encrypt and write on every key, short enough that a crash loses at most a word.
    static constexpr int kAutosaveDelayMs = 800;

Q_SIGNALS:
    // The key is in hand: forms that had to wait for it save their draft now.
    void opened();

private:
    using OpenHandler = std::function<void(const std::optional<ApiError> &)>;
    std::optional<ApiError> unavailable() const; // database or libsodium not usable
    bool migrate();
    void closeDatabase(); // and forgets the connection
    void openDatabase(const QString &databasePath);
    void finishOpen(const std::optional<ApiError> &error);

    CredentialStore *m_keys;
    QList<OpenHandler> m_opening; // callers of open() waiting for the one key fetch in flight
    QString m_connection;
    QByteArray m_key;
    QString m_error;
    bool m_sessionOnly = false;
};
