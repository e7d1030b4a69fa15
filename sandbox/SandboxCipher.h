#pragma once

#include <optional>
#include <QByteArray>
#include <QString>

// Encrypts the personal fields the sandbox stores (SSN, EIN, tax ids, dates of birth, ID numbers,
// bank details inside risk requests, uploaded documents) with libsodium's secretbox
// (XSalsa20-Poly1305, a random nonce per value). The 32-byte key lives in `<database>.key`, mode
// 0600, created on first run: a copy of the database alone reveals none of those fields.
//
// Values that must be matched for equality (a tax id or phone seen before for another customer)
// are stored as a keyed BLAKE2b digest instead, so the lookup needs no decryption and the column
// shows nothing.
class SandboxCipher
{
public:
    SandboxCipher() = default;
    ~SandboxCipher();
    SandboxCipher(const SandboxCipher &) = delete;
    SandboxCipher &operator=(const SandboxCipher &) = delete;

    // Reads the key beside the database, or creates it when there is none (values sealed under a
    // lost key then read as missing). A damaged key is refused, never replaced.
    bool open(const QString &databasePath, QString *error);
    bool isOpen() const { return !m_key.isEmpty(); }

    static QString keyPath(const QString &databasePath) { return databasePath + QStringLiteral(".key"); }

    QByteArray seal(const QByteArray &plain) const; // format byte, nonce, box
    // Sealed bytes back; bytes without the format byte are returned as they are (rows written
    // before encryption existed); nullopt when a sealed value fails to authenticate.
    std::optional<QByteArray> unseal(const QByteArray &stored) const;
    QByteArray digest(const QString &value) const; // hex; empty for an empty value

private:
    QByteArray m_key;
};
