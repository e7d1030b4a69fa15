#pragma once

#include "SandboxStore.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <random>

// Deterministic synthetic demo data. Uses std::mt19937's raw outputs only (std distributions are
// implementation-defined), so the same seed gives byte-identical customers on every platform and
// standard library. JSON text is written directly in the vendor's key order rather than through
// QJsonObject: building and serialising 100 000 objects that way took most of the seeding time.
// Everything is invented: names come from fixed lists, emails use the reserved
// example.com/.org/.net domains, phone numbers the fictional 555-01xx range, streets are made up.
class SeedGenerator
{
public:
    explicit SeedGenerator(quint32 seed);

    struct Resource
    {
        QString id;
        QByteArray json;
    };
    struct SeededCustomer
    {
        SandboxStore::CustomerRow customer; // json plus the filter columns
        QList<Resource> wallets;
        QList<Resource> bankAccounts;
    };
    // Customer `index` of `count`: created timestamps rise with the index, so the list endpoint's
    // creation order and the `created` field agree. The first few indexes cover every status.
    SeededCustomer next(int index, int count);

    // Writes `count` customers in one transaction. Returns false with the SQL error on failure.
    bool populate(SandboxStore &store, int count, QString *error);

private:
    quint32 raw() { return m_rng(); }
    quint32 below(quint32 n) { return raw() % n; }
    bool percent(quint32 p) { return below(100) < p; }
    QByteArray hex32();
    template<typename List> auto pick(const List &list) -> decltype(list[0])
    {
        return list[below(quint32(std::size(list)))];
    }
    static QByteArray timestamp(qint64 msecs);
    QByteArray address(bool empty);
    QByteArray phone();

    std::mt19937 m_rng;
};
