#include "DraftStore.h"

#include "PrivateFileGuard.h"
#include "RiskHistoryStore.h"

#include <QAtomicInt>
#include <QDataStream>
#include <QIODevice>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>
#include <sodium.h>

using namespace Qt::Literals::StringLiterals;

namespace {
QAtomicInt counter;

// Each store (and each reopening) its own connection name: QSqlDatabase keys connections by name.
QString nextConnectionName()
{
    return u"kycdesk-drafts-"_s + QString::number(counter.fetchAndAddOrdered(1));
}

const QString kKeyName = u"drafts-key"_s;
const QString kWho = u"Drafts"_s;
// Plaintext layout version: the row id is sealed with the payload (see sealedPlaintext).
constexpr quint8 kFormatVersion = 1;

bool sodiumReady()
{
    // sodium_init() is thread-safe and idempotent, but once is enough.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// secretbox has no associated data, so the row id travels inside the box: a ciphertext copied
// onto another row is refused instead of silently restoring the wrong customer's form.
QByteArray sealedPlaintext(const QString &id, const QByteArray &payload)
{
    QByteArray plain;
    QDataStream out(&plain, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kFormatVersion << id.toUtf8();
    plain.append(payload);
    return plain;
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}
} // namespace

QString DraftStore::defaultPath()
{
    return RiskHistoryStore::defaultPath();
}

DraftStore::DraftStore(CredentialStore *keys, QString databasePath, QObject *parent)
    : QObject(parent), m_keys(keys), m_connection(nextConnectionName())
{
    if (!PrivateFileGuard::prepareDatabase(databasePath, &m_error))
        return;
    openDatabase(databasePath);
}

void DraftStore::closeDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void DraftStore::openDatabase(const QString &databasePath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(databasePath);
    // The risk history writes to the same file from its own connection: wait for its lock
    // rather than failing a save.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        return;
    }
    QSqlQuery q(db);
    // WAL lets one connection read while another writes; it is a property of the file, so the
    // risk history's connection uses it too.
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                u"title TEXT NOT NULL, saved_at INTEGER NOT NULL, nonce BLOB NOT NULL, "
                u"ciphertext BLOB NOT NULL)"_s))
        m_error = q.lastError().text();
    else
        migrate();
}

bool DraftStore::migrate()
{
    // Drafts saved before environments were recorded say "legacy": resuming one must not pass it
    // off as a sandbox (or a production) draft.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.record(u"drafts"_s).contains(u"environment"_s))
        return true;
    QSqlQuery q(db);
    if (q.exec(u"ALTER TABLE drafts ADD COLUMN environment TEXT NOT NULL DEFAULT '%1'"_s.arg(
            VendorEnvironment::legacyRecordKey())))
        return true;
    m_error = q.lastError().text();
    return false;
}

DraftStore::~DraftStore()
{
    wipe(m_key);
    closeDatabase();
}

std::optional<ApiError> DraftStore::unavailable() const
{
    if (!m_error.isEmpty())
        return ApiError::configuration(kWho, tr("the workspace database cannot be used: %1").arg(m_error));
    if (!sodiumReady())
        return ApiError::configuration(kWho, tr("the encryption library could not be initialised"));
    return std::nullopt;
}

void DraftStore::open(QObject *context, OpenHandler done)
{
    QPointer<QObject> guard(context);
    OpenHandler guarded = [guard, done = std::move(done)](const std::optional<ApiError> &error) {
        if (guard)
            done(error);
    };
    if (!m_opening.isEmpty()) {
        // One fetch (and at most one new key) for all callers: two racing first opens would
        // otherwise each write a key, and drafts saved under the first would become unreadable.
        m_opening.append(std::move(guarded));
        return;
    }
    m_opening.append(std::move(guarded));
    if (const auto problem = unavailable()) {
        // Answers always come from the event loop, as they do from the keychain.
        QMetaObject::invokeMethod(
            this, [this, problem] { finishOpen(problem); }, Qt::QueuedConnection);
        return;
    }
    if (isReady()) {
        QMetaObject::invokeMethod(
            this, [this] { finishOpen(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    m_keys->readSecret(kKeyName, this, [this](const Result<std::optional<QByteArray>> &read) {
        if (!read) {
            finishOpen(read.error());
            return;
        }
        if (read.value()) {
            QByteArray key = *read.value();
            if (key.size() != qsizetype(crypto_secretbox_KEYBYTES)) {
                // Replacing it would make every existing draft unreadable: report, touch nothing.
                const qsizetype size = key.size();
                wipe(key);
                finishOpen(
                    ApiError::configuration(kWho,
                                            tr("the drafts key in %1 is damaged (%2 bytes instead of %3)")
                                                .arg(m_keys->description())
                                                .arg(size)
                                                .arg(crypto_secretbox_KEYBYTES)));
                return;
            }
            m_key = key;
            wipe(key);
            finishOpen(std::nullopt);
            return;
        }
        // First use: a fresh random key, used only once the store has it. Until then drafts stay
        // locked, so nothing is ever written under a key that could be lost — or in the clear.
        QByteArray key(qsizetype(crypto_secretbox_KEYBYTES), Qt::Uninitialized);
        randombytes_buf(key.data(), size_t(key.size()));
        m_keys->writeSecret(kKeyName, key, this, [this, key](const std::optional<ApiError> &error) mutable {
            if (!error)
                m_key = key;
            wipe(key);
            finishOpen(error);
        });
    });
}

void DraftStore::useCredentialStore(CredentialStore *keys)
{
    Q_ASSERT(!isReady() && m_opening.isEmpty());
    if (!isReady() && m_opening.isEmpty())
        m_keys = keys;
}

void DraftStore::keepForThisSessionOnly()
{
    Q_ASSERT(!isReady() && m_opening.isEmpty());
    if (isReady() || !m_opening.isEmpty() || m_sessionOnly)
        return;
    // A draft sealed with a key that dies with the session could never be opened again, yet it
    // would sit in the workspace and be announced at every start: keep such drafts in memory.
    closeDatabase();
    m_connection = nextConnectionName();
    m_error.clear();
    m_sessionOnly = true;
    openDatabase(u":memory:"_s);
}

void DraftStore::finishOpen(const std::optional<ApiError> &error)
{
    const QList<OpenHandler> waiting = std::exchange(m_opening, {});
    for (const OpenHandler &done : waiting)
        done(error);
    if (!error && isReady())
        Q_EMIT opened();
}

std::optional<ApiError> DraftStore::save(const Summary &summary, const QByteArray &payload)
{
    if (const auto problem = unavailable())
        return problem;
    if (!isReady())
        return ApiError::configuration(kWho, tr("drafts are locked until their key is available"));
    if (summary.id.isEmpty())
        return ApiError::configuration(kWho, tr("a draft needs an id"));

    QByteArray plain = sealedPlaintext(summary.id, payload);
    QByteArray nonce(qsizetype(crypto_secretbox_NONCEBYTES), Qt::Uninitialized);
    randombytes_buf(nonce.data(), size_t(nonce.size()));
    QByteArray ciphertext(plain.size() + qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    crypto_secretbox_easy(reinterpret_cast<unsigned char *>(ciphertext.data()),
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          static_cast<unsigned long long>(plain.size()),
                          reinterpret_cast<const unsigned char *>(nonce.constData()),
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    wipe(plain);

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT OR REPLACE INTO drafts (id, kind, title, environment, saved_at, nonce, ciphertext) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(summary.id);
    q.addBindValue(summary.kind);
    q.addBindValue(summary.title);
    q.addBindValue(summary.environment.isEmpty() ? VendorEnvironment::unknownRecordKey()
                                                 : summary.environment);
    const QDateTime savedAt = summary.savedAt.isValid() ? summary.savedAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(savedAt.toMSecsSinceEpoch());
    q.addBindValue(nonce);
    q.addBindValue(ciphertext);
    if (!q.exec())
        return ApiError::configuration(kWho,
                                       tr("the draft could not be written: %1").arg(q.lastError().text()));
    return std::nullopt;
}

Result<QByteArray> DraftStore::load(const QString &id) const
{
    if (const auto problem = unavailable())
        return *problem;
    if (!isReady())
        return ApiError::configuration(kWho, tr("drafts are locked until their key is available"));

    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT nonce, ciphertext FROM drafts WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return ApiError::configuration(kWho, tr("the draft could not be read: %1").arg(q.lastError().text()));
    if (!q.next())
        return ApiError::configuration(kWho, tr("there is no draft \"%1\"").arg(id));
    const QByteArray nonce = q.value(0).toByteArray();
    const QByteArray ciphertext = q.value(1).toByteArray();

    // Decode, not Configuration: the row is there but its bytes are not what this key sealed.
    // The row is left alone: with the right key (e.g. the keychain back) it opens again.
    const ApiError unreadable = ApiError::decode(
        kWho, u"drafts/"_s + id,
        tr("the draft cannot be decrypted: it was saved with a different key or has been altered"));
    if (nonce.size() != qsizetype(crypto_secretbox_NONCEBYTES)
        || ciphertext.size() < qsizetype(crypto_secretbox_MACBYTES))
        return unreadable;
    QByteArray plain(ciphertext.size() - qsizetype(crypto_secretbox_MACBYTES), Qt::Uninitialized);
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   reinterpret_cast<const unsigned char *>(ciphertext.constData()),
                                   static_cast<unsigned long long>(ciphertext.size()),
                                   reinterpret_cast<const unsigned char *>(nonce.constData()),
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return unreadable;

    QDataStream in(plain);
    in.setVersion(QDataStream::Qt_6_4);
    quint8 version = 0;
    QByteArray sealedId;
    in >> version >> sealedId;
    if (in.status() != QDataStream::Ok || version != kFormatVersion || sealedId != id.toUtf8()) {
        wipe(plain);
        return ApiError::decode(kWho, u"drafts/"_s + id,
                                tr("the stored draft belongs to another form and was not opened"));
    }
    const QByteArray payload = plain.mid(in.device()->pos());
    wipe(plain);
    return payload;
}

bool DraftStore::remove(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"DELETE FROM drafts WHERE id = ?"_s);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() > 0;
}

QList<DraftStore::Summary> DraftStore::list(const QString &kind) const
{
    QList<Summary> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (kind.isEmpty()) {
        q.prepare(u"SELECT id, kind, title, saved_at, environment FROM drafts ORDER BY saved_at DESC, id"_s);
    } else {
        q.prepare(u"SELECT id, kind, title, saved_at, environment FROM drafts WHERE kind = ? "
                  u"ORDER BY saved_at DESC, id"_s);
        q.addBindValue(kind);
    }
    if (!q.exec())
        return out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC),
                     q.value(4).toString() });
    return out;
}

std::optional<DraftStore::Summary> DraftStore::summary(const QString &id) const
{
    for (const Summary &draft : list()) {
        if (draft.id == id)
            return draft;
    }
    return std::nullopt;
}
