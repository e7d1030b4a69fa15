#include "SandboxCipher.h"

#include "PrivateFileGuard.h"

#include <QFileInfo>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// Not valid as the first byte of UTF-8 JSON text or of the plain values stored before, so a
// legacy row is never mistaken for a sealed one.
constexpr char kSealedFormat = '\x01';
} // namespace

SandboxCipher::~SandboxCipher()
{
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

bool SandboxCipher::open(const QString &databasePath, QString *error)
{
    if (sodium_init() < 0) {
        *error = u"libsodium could not be initialised"_s;
        return false;
    }
    const QString path = keyPath(databasePath);
    QByteArray key = PrivateFileGuard::readPrivate(path, error);
    if (!error->isEmpty())
        return false;
    if (key.isEmpty() && !QFileInfo::exists(path)) {
        key.resize(crypto_secretbox_KEYBYTES);
        randombytes_buf(key.data(), size_t(key.size()));
        if (!PrivateFileGuard::createPrivate(path, key, error))
            return false;
    }
    if (key.size() != qsizetype(crypto_secretbox_KEYBYTES)) {
        // Replacing it would make every sealed field unreadable: refuse and say why.
        *error = u"the key file %1 is damaged (%2 bytes instead of %3)"_s.arg(path)
                     .arg(key.size())
                     .arg(crypto_secretbox_KEYBYTES);
        return false;
    }
    m_key = key;
    return true;
}

QByteArray SandboxCipher::seal(const QByteArray &plain) const
{
    QByteArray out(1 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(),
                   Qt::Uninitialized);
    out[0] = kSealedFormat;
    auto *nonce = reinterpret_cast<unsigned char *>(out.data() + 1);
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
                          nonce, reinterpret_cast<const unsigned char *>(m_key.constData()));
    return out;
}

std::optional<QByteArray> SandboxCipher::unseal(const QByteArray &stored) const
{
    if (stored.isEmpty() || stored.at(0) != kSealedFormat)
        return stored;
    const qsizetype overhead = 1 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (stored.size() < overhead)
        return std::nullopt;
    QByteArray plain(stored.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(stored.constData() + 1);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(stored.size() - 1 - crypto_secretbox_NONCEBYTES), nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return std::nullopt;
    return plain;
}

QByteArray SandboxCipher::digest(const QString &value) const
{
    if (value.isEmpty())
        return {};
    const QByteArray bytes = value.toUtf8();
    unsigned char out[32];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(bytes.constData()),
                       quint64(bytes.size()), reinterpret_cast<const unsigned char *>(m_key.constData()),
                       size_t(m_key.size()));
    return QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex();
}
