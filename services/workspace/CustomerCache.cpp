#include "CustomerCache.h"

#include "CustomerRowSnapshot.h"
#include "SphereCodec.h"
#include "WorkspaceDatabase.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

CustomerCache::CustomerCache(WorkspaceDatabase *database) : m_database(database) { }

void CustomerCache::keepCustomer(const QString &environment, const Customer &customer)
{
    const QString body
        = QString::fromUtf8(QJsonDocument(SphereCodec::encode(customer)).toJson(QJsonDocument::Compact));
    // A copy that could not be kept costs the offline view of this customer, nothing else.
    if (const auto failed = m_database->run(
            u"INSERT INTO kept_customers (environment, id, kept_at, body) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (environment, id) DO UPDATE SET kept_at = excluded.kept_at, body = excluded.body"_s,
            { environment, customer.id, WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()), body },
            tr("keeping the customer for offline use")))
        qCWarning(lcWorkspace, "customer copy not kept: %s", qPrintable(failed->message));
    // Copies older than the retention go: the desk keeps what an analyst works with, not an archive.
    if (const auto failed = m_database->run(
            u"DELETE FROM kept_customers WHERE kept_at < ?"_s,
            { WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc().addDays(-kRetentionDays)) },
            tr("dropping old customer copies")))
        qCWarning(lcWorkspace, "old customer copies not dropped: %s", qPrintable(failed->message));
}

std::optional<KeptCustomer> CustomerCache::keptCustomer(const QString &environment, const QString &id) const
{
    const auto rows = m_database->selectRows<std::pair<QString, QString>>(
        u"SELECT kept_at, body FROM kept_customers WHERE environment = ? AND id = ?"_s, { environment, id },
        [](const QSqlQuery &q) { return std::make_pair(q.value(0).toString(), q.value(1).toString()); },
        tr("reading the kept customer"));
    if (!rows || rows.value().isEmpty())
        return std::nullopt;
    const auto &[keptAt, body] = rows.value().constFirst();
    const auto customer = SphereCodec::decodeCustomer(QJsonDocument::fromJson(body.toUtf8()).object());
    if (!customer) {
        qCWarning(lcWorkspace, "kept customer unreadable: %s", qPrintable(customer.error().message));
        return std::nullopt;
    }
    return KeptCustomer { customer.value(), WorkspaceDatabase::timeFrom(keptAt) };
}

QString CustomerCache::newGeneration()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

std::optional<WorkspaceError> CustomerCache::keepBookChunk(const QString &environment,
                                                           const QString &generation, int chunk,
                                                           const CustomerRowSnapshot::CompressedChunk &bytes)
{
    return m_database->run(u"INSERT INTO kept_book_chunks (environment, generation, chunk, row_count, bytes) "
                           "VALUES (?, ?, ?, ?, ?)"_s,
                           { environment, generation, chunk, bytes.rows, bytes.bytes },
                           tr("keeping the customer list for offline use"));
}

std::optional<WorkspaceError> CustomerCache::finishKeptBook(const QString &environment,
                                                            const QString &generation, int rows, int chunks)
{
    const QString what = tr("keeping the customer list for offline use");
    if (rows < 0 || chunks != (rows + CustomerRowSnapshot::kChunkRows - 1) / CustomerRowSnapshot::kChunkRows)
        return WorkspaceError::make(
            WorkspaceError::Kind::InvalidInput,
            tr("%n customer(s) do not fill %1 chunk(s) of the kept list", nullptr, rows).arg(chunks));
    return m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        // The row first: on the team server its lock makes a second desk finishing the same
        // environment wait here, then find its chunks gone, rather than both deleting each other's.
        if (auto failed = m_database->run(
                u"INSERT INTO kept_books (environment, kept_at, row_count, snapshot, generation) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (environment) DO UPDATE SET kept_at = excluded.kept_at, "
                "row_count = excluded.row_count, snapshot = excluded.snapshot, generation = excluded.generation"_s,
                { environment, WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()), rows,
                  CustomerRowSnapshot::header(rows), generation },
                what))
            return failed;
        const auto written = m_database->selectRows<int>(
            u"SELECT count(*) FROM kept_book_chunks WHERE environment = ? AND generation = ?"_s,
            { environment, generation }, [](const QSqlQuery &q) { return q.value(0).toInt(); }, what);
        if (!written)
            return written.error();
        if (written.value().value(0) != chunks)
            return WorkspaceError::make(WorkspaceError::Kind::Storage,
                                        tr("the customer list was kept by another desk meanwhile"));
        // The listing before, and any a desk began and never finished.
        return m_database->run(u"DELETE FROM kept_book_chunks WHERE environment = ? AND generation <> ?"_s,
                               { environment, generation }, what);
    });
}

void CustomerCache::abandonKeptBook(const QString &environment, const QString &generation)
{
    if (const auto failed = m_database->run(
            u"DELETE FROM kept_book_chunks WHERE environment = ? AND generation = ?"_s,
            { environment, generation }, tr("dropping an unfinished copy of the customer list")))
        qCWarning(lcWorkspace, "unfinished customer list copy not dropped: %s", qPrintable(failed->message));
}

std::optional<WorkspaceError>
CustomerCache::keepBook(const QString &environment, int rows,
                        const QList<CustomerRowSnapshot::CompressedChunk> &chunks)
{
    const QString generation = newGeneration();
    for (qsizetype i = 0; i < chunks.size(); ++i) {
        if (auto failed = keepBookChunk(environment, generation, int(i), chunks.at(i)))
            return failed;
    }
    return finishKeptBook(environment, generation, rows, int(chunks.size()));
}

std::optional<CustomerCache::KeptBook> CustomerCache::keptBook(const QString &environment) const
{
    // One statement, so that a desk finishing another listing meanwhile (the team server) cannot
    // take the chunks away between the header and them.
    struct Row
    {
        QString keptAt;
        QByteArray snapshot;
        std::optional<CustomerRowSnapshot::CompressedChunk> chunk;
    };
    auto rows = m_database->selectRows<Row>(
        u"SELECT b.kept_at, b.snapshot, c.row_count, c.bytes FROM kept_books b "
        "LEFT JOIN kept_book_chunks c ON c.environment = b.environment AND c.generation = b.generation "
        "WHERE b.environment = ? ORDER BY c.chunk"_s,
        { environment },
        [](const QSqlQuery &q) {
            Row row { q.value(0).toString(), q.value(1).toByteArray(), std::nullopt };
            if (!q.isNull(3))
                row.chunk
                    = CustomerRowSnapshot::CompressedChunk { q.value(2).toInt(), q.value(3).toByteArray() };
            return row;
        },
        tr("reading the kept customer list"));
    if (!rows || rows.value().isEmpty())
        return std::nullopt;
    const QString keptAt = rows.value().constFirst().keptAt;
    const QByteArray snapshot = rows.value().constFirst().snapshot;
    std::optional<CustomerRowBatch> decoded;
    if (CustomerRowSnapshot::isChunkedHeader(snapshot)) {
        QList<Row> read = std::move(rows).value();
        QList<CustomerRowSnapshot::CompressedChunk> chunks;
        chunks.reserve(read.size());
        for (Row &row : read) {
            if (row.chunk)
                chunks.append(std::move(*row.chunk));
        }
        read.clear();
        decoded = CustomerRowSnapshot::decode(snapshot, std::move(chunks));
    } else {
        decoded = CustomerRowSnapshot::decode(snapshot); // kept before schema version 8, in one block
    }
    if (!decoded) {
        qCWarning(lcWorkspace, "kept customer list unreadable; it is fetched again");
        return std::nullopt;
    }
    return KeptBook { std::move(*decoded), WorkspaceDatabase::timeFrom(keptAt) };
}
