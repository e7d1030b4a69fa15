#include "SandboxStore.h"

#include "PrivateFileGuard.h"
#include "SandboxJson.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

SandboxStore::SandboxStore(QString connectionName) : m_connectionName(std::move(connectionName)) { }

SandboxStore::~SandboxStore()
{
    // Statements must die before their connection, or QtSql warns and leaks the handle.
    m_insertCustomer.reset();
    m_bulkInsertCustomer.reset();
    m_insertWallet.reset();
    m_insertBankAccount.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SandboxStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxStore::isOpen() const
{
    return database().isOpen();
}

bool SandboxStore::exec(const QString &sql)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool SandboxStore::run(QSqlQuery &query) const
{
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QSqlQuery &SandboxStore::prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(database());
        if (!slot->prepare(sql))
            m_lastError = slot->lastError().text();
    }
    return *slot;
}

namespace {

// Every index except the rowid: dropped during a bulk load and rebuilt once at the end. Ids are
// random, so maintaining a unique index row by row means a random B-tree insert per row; one
// sort at the end is several times cheaper. (The ids are kept unique by separate UNIQUE INDEXes
// rather than column constraints for exactly this reason: a constraint cannot be dropped.)
const QStringList kSecondaryIndexes {
    u"CREATE UNIQUE INDEX IF NOT EXISTS customers_id ON customers(id)"_s,
    u"CREATE UNIQUE INDEX IF NOT EXISTS wallets_id ON wallets(id)"_s,
    u"CREATE UNIQUE INDEX IF NOT EXISTS bank_accounts_id ON bank_accounts(id)"_s,
    // Redundant with the rowid on paper, but a page deep into the list has to skip OFFSET rows,
    // and skipping them in this tiny index instead of the table (whose leaves hold the JSON) is
    // what keeps page 100 of 100 as fast as page 1.
    u"CREATE INDEX IF NOT EXISTS customers_seq ON customers(seq)"_s,
    u"CREATE INDEX IF NOT EXISTS customers_kyc ON customers(kyc, seq)"_s,
    u"CREATE INDEX IF NOT EXISTS customers_type ON customers(type, seq)"_s,
    u"CREATE INDEX IF NOT EXISTS customers_email ON customers(email)"_s,
    u"CREATE INDEX IF NOT EXISTS wallets_customer ON wallets(customer)"_s,
    u"CREATE INDEX IF NOT EXISTS bank_accounts_customer ON bank_accounts(customer)"_s,
};

QString indexName(const QString &createSql)
{
    const qsizetype at = createSql.indexOf(u" EXISTS "_s) + 8;
    return createSql.mid(at, createSql.indexOf(u' ', at) - at);
}

} // namespace

bool SandboxStore::open(const QString &path, QString *error)
{
    // The file is created owner-only before SQLite writes to it (its -wal and -shm inherit that).
    if (!PrivateFileGuard::prepareDatabase(path, error) || !m_cipher.open(path, error))
        return false;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    const QStringList schema {
        // Replaced and deleted rows are zeroed, not left readable in free pages.
        u"PRAGMA secure_delete=ON"_s,
        // Rows are 0.4-1.5 kB of JSON; 8 kB pages waste less space per page than the 4 kB default.
        // (Only takes effect when the file is created.)
        u"PRAGMA page_size=8192"_s,
        // WAL: readers (a curl loop) do not block the writer, and commits are cheap.
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        // seq is the creation order the list endpoint pages by; AUTOINCREMENT never reuses it.
        u"CREATE TABLE IF NOT EXISTS customers (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, "
        "type TEXT NOT NULL, kyc TEXT NOT NULL, email TEXT, search TEXT NOT NULL, json BLOB NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS customer_private (id TEXT PRIMARY KEY, json BLOB NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS documents (customer_id TEXT NOT NULL, owner TEXT NOT NULL, kind TEXT "
        u"NOT NULL, "
        "content BLOB NOT NULL, PRIMARY KEY (customer_id, owner, kind))"_s,
        u"CREATE TABLE IF NOT EXISTS wallets (id TEXT NOT NULL, customer TEXT NOT NULL, json BLOB NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS bank_accounts (id TEXT NOT NULL, customer TEXT NOT NULL, json BLOB NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, request_hash BLOB NOT NULL, "
        "status INTEGER NOT NULL, body BLOB NOT NULL)"_s,
    };
    for (const QString &sql : schema + kSecondaryIndexes) {
        if (!exec(sql)) {
            *error = m_lastError;
            return false;
        }
    }
    if (!sealLegacyRows()) {
        *error = m_lastError;
        return false;
    }
    return true;
}

bool SandboxStore::sealLegacyRows()
{
    // Databases from before encryption hold these in clear: sealed once, in place (secure_delete
    // zeroes the old bytes).
    for (const auto &[table, column] :
         { std::pair { u"customer_private"_s, u"json"_s }, std::pair { u"documents"_s, u"content"_s } }) {
        QSqlQuery select(database());
        if (!select.exec(
                u"SELECT rowid, %2 FROM %1 WHERE hex(substr(%2, 1, 1)) <> '01'"_s.arg(table, column))) {
            m_lastError = select.lastError().text();
            return false;
        }
        QList<QPair<qint64, QByteArray>> rows;
        while (select.next())
            rows.append({ select.value(0).toLongLong(), select.value(1).toByteArray() });
        for (const auto &[rowid, plain] : std::as_const(rows)) {
            QSqlQuery update(database());
            update.prepare(u"UPDATE %1 SET %2 = ? WHERE rowid = ?"_s.arg(table, column));
            update.addBindValue(m_cipher.seal(plain));
            update.addBindValue(rowid);
            if (!run(update))
                return false;
        }
    }
    return true;
}

bool SandboxStore::beginBulkLoad()
{
    // synchronous=OFF for the load only: a power cut mid-seed could corrupt a database that holds
    // nothing but regenerable demo data, and skipping the fsyncs of ~400 MB saves seconds.
    if (!exec(u"PRAGMA journal_mode=DELETE"_s) || !exec(u"PRAGMA cache_size=-262144"_s)
        || !exec(u"PRAGMA synchronous=OFF"_s))
        return false;
    for (const QString &sql : kSecondaryIndexes) {
        if (!exec(u"DROP INDEX IF EXISTS "_s + indexName(sql)))
            return false;
    }
    m_bulkLoading = transaction();
    return m_bulkLoading;
}

void SandboxStore::forgetListings()
{
    m_totals.clear();
    m_pageStarts.clear();
    m_maxSeq.reset();
}

bool SandboxStore::endBulkLoad()
{
    m_bulkLoading = false;
    forgetListings();
    m_bulkInsertCustomer.reset();
    bool committed = commit();
    if (!committed)
        m_lastError = database().lastError().text();
    for (const QString &sql : kSecondaryIndexes)
        committed = exec(sql) && committed;
    exec(u"PRAGMA cache_size=-8192"_s);
    exec(u"PRAGMA synchronous=NORMAL"_s);
    return exec(u"PRAGMA journal_mode=WAL"_s) && committed;
}

bool SandboxStore::transaction()
{
    return database().transaction();
}

bool SandboxStore::commit()
{
    return database().commit();
}

bool SandboxStore::rollback()
{
    m_bulkLoading = false;
    forgetListings();
    return database().rollback();
}

qint64 SandboxStore::customerCount() const
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT COUNT(*) FROM customers"_s) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

SandboxStore::CustomerRow SandboxStore::rowFor(const QJsonObject &customer)
{
    CustomerRow row;
    row.id = customer.value(u"id"_s).toString();
    row.type = customer.value(u"type"_s).toString();
    row.kyc = customer.value(u"kyc"_s).toString();
    row.email = customer.value(u"email"_s).toString().toLower();
    const QString first = customer.value(u"firstName"_s).toString();
    const QString last = customer.value(u"lastName"_s).toString();
    row.searchText = (first + u' ' + last + u'\n' + row.email + u'\n' + row.id).toLower();
    row.json = SandboxJson::customer(customer);
    return row;
}

namespace {
// The values of "INSERT INTO customers (id, type, kyc, email, search, json)", in that order.
QSqlQuery &bindCustomer(QSqlQuery &q, const SandboxStore::CustomerRow &row)
{
    q.bindValue(0, row.id);
    q.bindValue(1, row.type);
    q.bindValue(2, row.kyc);
    q.bindValue(3, row.email.isEmpty() ? QVariant() : QVariant(row.email));
    q.bindValue(4, row.searchText);
    q.bindValue(5, row.json);
    return q;
}
} // namespace

bool SandboxStore::putCustomer(const CustomerRow &row)
{
    if (m_bulkLoading) {
        // No unique index exists mid-load, so the upsert below could not even be prepared.
        QSqlQuery &q = prepared(
            m_bulkInsertCustomer,
            u"INSERT INTO customers (id, type, kyc, email, search, json) VALUES (?, ?, ?, ?, ?, ?)"_s);
        return run(bindCustomer(q, row));
    }
    // UPSERT keeps `seq` (creation order) for an existing id; INSERT OR REPLACE would not.
    QSqlQuery &q
        = prepared(m_insertCustomer,
                   u"INSERT INTO customers (id, type, kyc, email, search, json) VALUES (?, ?, ?, ?, ?, ?) "
                   "ON CONFLICT(id) DO UPDATE SET type=excluded.type, kyc=excluded.kyc, "
                   "email=excluded.email, search=excluded.search, json=excluded.json"_s);
    bindCustomer(q, row);
    forgetListings();
    return run(q);
}

std::optional<QByteArray> SandboxStore::blobById(const QString &table, const QString &column,
                                                 const QString &id) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT "_s + column + u" FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

std::optional<QByteArray> SandboxStore::customerJson(const QString &id) const
{
    return blobById(u"customers"_s, u"json"_s, id);
}

std::optional<QJsonObject> SandboxStore::customer(const QString &id) const
{
    const auto json = customerJson(id);
    if (!json)
        return std::nullopt;
    return QJsonDocument::fromJson(*json).object();
}

bool SandboxStore::putPrivateData(const QString &customerId, const QJsonObject &data)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT OR REPLACE INTO customer_private (id, json) VALUES (?, ?)"_s);
    q.addBindValue(customerId);
    q.addBindValue(m_cipher.seal(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    return run(q);
}

QJsonObject SandboxStore::privateData(const QString &customerId) const
{
    const auto sealed = blobById(u"customer_private"_s, u"json"_s, customerId);
    const auto json = sealed ? m_cipher.unseal(*sealed) : std::nullopt;
    return json ? QJsonDocument::fromJson(*json).object() : QJsonObject();
}

SandboxStore::Page SandboxStore::listCustomers(const ListFilter &filter, int page, int limit) const
{
    QStringList where;
    QVariantList binds;
    if (!filter.kyc.isEmpty()) {
        where << u"kyc = ?"_s;
        binds << filter.kyc;
    }
    if (!filter.type.isEmpty()) {
        where << u"type = ?"_s;
        binds << filter.type;
    }
    if (!filter.email.isEmpty()) {
        where << u"email = ?"_s;
        binds << filter.email.toLower();
    }
    if (!filter.search.isEmpty()) {
        where << u"instr(search, ?) > 0"_s;
        binds << filter.search.toLower();
    }
    const QString clause = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);

    Page result;
    const QString totalKey = filter.kyc + u'\x1f' + filter.type + u'\x1f' + filter.email.toLower() + u'\x1f'
        + filter.search.toLower();
    const auto cached = m_totals.constFind(totalKey);
    if (cached != m_totals.constEnd()) {
        result.total = *cached;
    } else {
        QSqlQuery count(database());
        count.prepare(u"SELECT COUNT(*) FROM customers"_s + clause);
        for (const QVariant &b : std::as_const(binds))
            count.addBindValue(b);
        if (run(count) && count.next()) {
            result.total = count.value(0).toLongLong();
            if (m_totals.size() > 256) // bounded: searches are open-ended
                m_totals.clear();
            m_totals.insert(totalKey, result.total);
        }
    }

    QByteArray out("[");
    const qint64 offset = qint64(page - 1) * limit;
    if (offset < result.total) {
        const QString pageKey = u"%1\x1f%2\x1f"_s.arg(totalKey).arg(limit);
        // Where the page starts: after seq `offset` when the whole list has no gaps, after the
        // previous page's last row when that page was read, else found by skipping rows in an index.
        std::optional<qint64> after;
        if (where.isEmpty()) {
            if (!m_maxSeq) {
                QSqlQuery max(database());
                if (max.exec(u"SELECT COALESCE(MAX(seq), 0) FROM customers"_s) && max.next())
                    m_maxSeq = max.value(0).toLongLong();
            }
            if (m_maxSeq && *m_maxSeq == result.total)
                after = offset;
        }
        if (!after) {
            const auto known = m_pageStarts.constFind(pageKey + QString::number(page));
            if (known != m_pageStarts.constEnd())
                after = *known;
        }
        QSqlQuery q(database());
        q.setForwardOnly(true);
        const QString rest = where.isEmpty() ? QString() : u" AND "_s + where.join(u" AND "_s);
        if (after) {
            q.prepare(u"SELECT seq, json FROM customers WHERE seq > ?"_s + rest + u" ORDER BY seq LIMIT ?"_s);
            q.addBindValue(*after);
        } else {
            const QString firstSeq = u"(SELECT seq FROM customers"_s
                + (where.isEmpty() ? u" INDEXED BY customers_seq"_s : clause)
                + u" ORDER BY seq LIMIT 1 OFFSET ?)"_s;
            q.prepare(u"SELECT seq, json FROM customers WHERE seq >= "_s + firstSeq + rest
                      + u" ORDER BY seq LIMIT ?"_s);
            for (const QVariant &b : std::as_const(binds))
                q.addBindValue(b);
            q.addBindValue(offset);
        }
        for (const QVariant &b : std::as_const(binds))
            q.addBindValue(b);
        q.addBindValue(limit);
        out.reserve(qsizetype(limit) * 1500);
        if (run(q)) {
            bool first = true;
            qint64 lastSeq = -1;
            while (q.next()) {
                if (!first)
                    out.append(',');
                first = false;
                lastSeq = q.value(0).toLongLong();
                out.append(q.value(1).toByteArray());
            }
            if (lastSeq >= 0) {
                if (m_pageStarts.size() > 100000) // bounded: one entry a page read
                    m_pageStarts.clear();
                m_pageStarts.insert(pageKey + QString::number(page + 1), lastSeq);
            }
        }
    }
    out.append(']');
    result.customersJsonArray = std::move(out);
    return result;
}

bool SandboxStore::putWallet(const QString &id, const QString &customerId, const QByteArray &json)
{
    QSqlQuery &q
        = prepared(m_insertWallet, u"INSERT OR REPLACE INTO wallets (id, customer, json) VALUES (?, ?, ?)"_s);
    q.bindValue(0, id);
    q.bindValue(1, customerId);
    q.bindValue(2, json);
    return run(q);
}

bool SandboxStore::putBankAccount(const QString &id, const QString &customerId, const QByteArray &json)
{
    QSqlQuery &q = prepared(m_insertBankAccount,
                            u"INSERT OR REPLACE INTO bank_accounts (id, customer, json) VALUES (?, ?, ?)"_s);
    q.bindValue(0, id);
    q.bindValue(1, customerId);
    q.bindValue(2, json);
    return run(q);
}

std::optional<QByteArray> SandboxStore::wallet(const QString &id) const
{
    return blobById(u"wallets"_s, u"json"_s, id);
}

std::optional<QByteArray> SandboxStore::bankAccount(const QString &id) const
{
    return blobById(u"bank_accounts"_s, u"json"_s, id);
}

bool SandboxStore::putDocument(const QString &customerId, const QString &owner, const QString &kind,
                               const QByteArray &content)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT OR REPLACE INTO documents (customer_id, owner, kind, content) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(customerId);
    q.addBindValue(owner);
    q.addBindValue(kind);
    q.addBindValue(m_cipher.seal(content));
    return run(q);
}

std::optional<QByteArray> SandboxStore::document(const QString &customerId, const QString &owner,
                                                 const QString &kind) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT content FROM documents WHERE customer_id = ? AND owner = ? AND kind = ?"_s);
    q.addBindValue(customerId);
    q.addBindValue(owner);
    q.addBindValue(kind);
    if (!run(q) || !q.next())
        return std::nullopt;
    return m_cipher.unseal(q.value(0).toByteArray());
}

std::optional<SandboxStore::IdempotentResponse> SandboxStore::idempotentResponse(const QString &key) const
{
    QSqlQuery q(database());
    q.prepare(u"SELECT request_hash, status, body FROM idempotency WHERE key = ?"_s);
    q.addBindValue(key);
    if (!run(q) || !q.next())
        return std::nullopt;
    return IdempotentResponse { q.value(0).toByteArray(), q.value(1).toInt(), q.value(2).toByteArray() };
}

bool SandboxStore::putIdempotentResponse(const QString &key, const IdempotentResponse &response)
{
    QSqlQuery q(database());
    q.prepare(u"INSERT OR REPLACE INTO idempotency (key, request_hash, status, body) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(response.requestHash);
    q.addBindValue(response.status);
    q.addBindValue(response.body);
    return run(q);
}
