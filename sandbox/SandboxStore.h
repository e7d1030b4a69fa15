#pragma once

#include "SandboxCipher.h"

#include <memory>
#include <optional>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

// The sandbox's persistence (SQLite through QtSql). Each customer is stored as the exact JSON text
// the API returns, plus indexed columns for filtering, so a page of 1 000 customers is one query
// and a byte join: no JSON parsing on the hot path. Private request data (SSN, dob, EIN,
// update-only fields) and uploaded documents live in separate tables, are encrypted at rest
// (SandboxCipher) and are never returned. The file is owner-only (PrivateFileGuard).
//
// QSqlDatabase connections belong to the thread that opened them, so a store must be created,
// used and destroyed on one thread, under a connection name no other store uses.
class SandboxStore
{
public:
    explicit SandboxStore(QString connectionName);
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(const QString &path, QString *error);
    bool isOpen() const;

    // Bulk loading into an empty database: a rollback journal instead of WAL (new pages are
    // written once instead of twice) and a large page cache. endBulkLoad() restores WAL.
    bool beginBulkLoad();
    bool endBulkLoad();

    bool transaction();
    bool commit();
    bool rollback();

    qint64 customerCount() const;

    // A customer as stored: the filter columns are derived from the JSON by fromCustomer().
    struct CustomerRow
    {
        QString id;
        QString type;
        QString kyc;
        QString email; // lowercase
        QString searchText; // lowercase "name\nemail\nid"
        QByteArray json; // compact, documented key order
    };
    static CustomerRow rowFor(const QJsonObject &customer);
    // Inserts, or replaces an existing id while keeping its place in creation order.
    bool putCustomer(const CustomerRow &row);
    std::optional<QByteArray> customerJson(const QString &id) const;
    std::optional<QJsonObject> customer(const QString &id) const;

    bool putPrivateData(const QString &customerId, const QJsonObject &data);
    QJsonObject privateData(const QString &customerId) const;

    struct ListFilter
    {
        QString kyc;
        QString type;
        QString search; // case-insensitive substring of name, email or id
        QString email; // exact, case-insensitive
    };
    struct Page
    {
        QByteArray customersJsonArray; // "[{…},{…}]"
        qint64 total = 0;
    };
    Page listCustomers(const ListFilter &filter, int page, int limit) const;

    bool putWallet(const QString &id, const QString &customerId, const QByteArray &json);
    bool putBankAccount(const QString &id, const QString &customerId, const QByteArray &json);
    std::optional<QByteArray> wallet(const QString &id) const;
    std::optional<QByteArray> bankAccount(const QString &id) const;

    // owner: "customer" or the UBO id; kind: the request field name ("identityDocumentFront", …).
    // Content is the decoded bytes, so later checks can compare uploads byte for byte.
    bool putDocument(const QString &customerId, const QString &owner, const QString &kind,
                     const QByteArray &content);
    std::optional<QByteArray> document(const QString &customerId, const QString &owner,
                                       const QString &kind) const;

    struct IdempotentResponse
    {
        QByteArray requestHash;
        int status = 0;
        QByteArray body;
    };
    std::optional<IdempotentResponse> idempotentResponse(const QString &key) const;
    bool putIdempotentResponse(const QString &key, const IdempotentResponse &response);

    QString lastError() const { return m_lastError; }
    // Seals and unseals the personal fields the other vendors' routes store.
    const SandboxCipher &cipher() const { return m_cipher; }

    // The SQLite connection (on this thread) that the other vendors' routes keep their tables in.
    QString connectionName() const { return m_connectionName; }

private:
    QSqlDatabase database() const;
    bool exec(const QString &sql);
    bool sealLegacyRows();
    bool run(QSqlQuery &query) const;
    // After any write: the totals, page starts and highest seq read so far no longer hold.
    void forgetListings();
    std::optional<QByteArray> blobById(const QString &table, const QString &column, const QString &id) const;
    QSqlQuery &prepared(std::unique_ptr<QSqlQuery> &slot, const QString &sql);

    QString m_connectionName;
    SandboxCipher m_cipher;
    mutable QString m_lastError;
    // Reused prepared statements: seeding 100 000 customers re-preparing each insert would
    // spend most of its time in the SQL compiler.
    std::unique_ptr<QSqlQuery> m_insertCustomer;
    std::unique_ptr<QSqlQuery> m_bulkInsertCustomer;
    std::unique_ptr<QSqlQuery> m_insertWallet;
    std::unique_ptr<QSqlQuery> m_insertBankAccount;
    // COUNT(*) over 100 000 rows on every page request is the one O(N) cost left; totals are
    // cached per filter and dropped on any customer write.
    mutable QHash<QString, qint64> m_totals;
    // Where a page starts ("seq > n"), learnt from the page before it: a walk through the list reads
    // each page by a range on the index, in the same time at any depth. Forgotten on any write.
    mutable QHash<QString, qint64> m_pageStarts;
    // The highest seq; equal to the count while no customer was ever removed, when page p of the
    // whole list starts after seq (p - 1) * limit without looking.
    mutable std::optional<qint64> m_maxSeq;
    bool m_bulkLoading = false;
};
