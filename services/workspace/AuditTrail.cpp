#include "AuditTrail.h"

#include "WorkspaceDatabase.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QString timeText(const QDateTime &when)
{
    return WorkspaceDatabase::timeText(when);
}

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.sequence = q.value(0).toLongLong();
    r.recordedAtText = q.value(1).toString();
    r.recordedAt = WorkspaceDatabase::timeFrom(r.recordedAtText);
    r.analyst = q.value(2).toString();
    r.event.action = q.value(3).toString();
    r.event.customerId = q.value(4).toString();
    r.detailText = q.value(5).toString();
    r.event.detail = QJsonDocument::fromJson(r.detailText.toUtf8()).object();
    r.previousHash = q.value(6).toString();
    r.hash = q.value(7).toString();
    return r;
}

const QString kColumns = u"seq, recorded_at, analyst, action, customer_id, detail, previous_hash, hash"_s;
} // namespace

AuditTrail::AuditTrail(WorkspaceDatabase *database, QString analyst)
    : m_database(database), m_analyst(std::move(analyst))
{ }

QString AuditTrail::genesisHash()
{
    return QString(64, u'0');
}

QString AuditTrail::chainHash(const AuditRecord &record)
{
    // The stored texts as one JSON array: its escaping is fixed, so the bytes are too.
    const QJsonArray content { record.sequence,     record.recordedAtText,   record.analyst,
                               record.event.action, record.event.customerId, record.detailText };
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(record.previousHash.toUtf8());
    hash.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditRecord, WorkspaceError> AuditTrail::append(const AuditEvent &event)
{
    if (event.action.trimmed().isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput, tr("An audit row needs an action."));
    AuditRecord record;
    const auto failed = m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        if (auto notLocked = m_database->lockAuditChain())
            return notLocked;
        QSqlQuery q(m_database->database());
        if (!q.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s))
            return WorkspaceDatabase::storageError(tr("reading the audit trail"), q);
        const bool first = !q.next();
        record.sequence = first ? 1 : q.value(0).toLongLong() + 1;
        record.previousHash = first ? genesisHash() : q.value(1).toString();
        q.finish();
        record.recordedAtText = timeText(QDateTime::currentDateTimeUtc());
        record.recordedAt = WorkspaceDatabase::timeFrom(record.recordedAtText);
        record.analyst = m_analyst;
        record.event = event;
        // A null QString would bind as SQL NULL; "not about one customer" is the empty string.
        record.event.customerId = event.customerId.isNull() ? u""_s : event.customerId;
        record.detailText = QString::fromUtf8(QJsonDocument(event.detail).toJson(QJsonDocument::Compact));
        record.hash = chainHash(record);
        return m_database->run(u"INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(kColumns),
                               { record.sequence, record.recordedAtText, record.analyst, record.event.action,
                                 record.event.customerId, record.detailText, record.previousHash,
                                 record.hash },
                               tr("appending to the audit trail"));
    });
    if (failed)
        return *failed;
    return record;
}

Result<QList<AuditRecord>, WorkspaceError> AuditTrail::records(const AuditFilter &filter) const
{
    QStringList where;
    QVariantList values;
    const auto match = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            where << column + u" = ?"_s;
            values << value;
        }
    };
    match(u"customer_id"_s, filter.customerId);
    match(u"analyst"_s, filter.analyst);
    match(u"action"_s, filter.action);
    if (filter.since.isValid()) {
        where << u"recorded_at >= ?"_s;
        values << timeText(filter.since);
    }
    if (filter.until.isValid()) {
        where << u"recorded_at <= ?"_s;
        values << timeText(filter.until);
    }
    return m_database->selectRows<AuditRecord>(
        u"SELECT %1 FROM audit_log %2 ORDER BY seq"_s.arg(
            kColumns, where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "_s)),
        values, recordFrom, tr("reading the audit trail"));
}

Result<std::optional<AuditChainBreak>, WorkspaceError> AuditTrail::verify() const
{
    QSqlQuery q(m_database->database());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM audit_log ORDER BY seq"_s.arg(kColumns)))
        return WorkspaceDatabase::storageError(tr("reading the audit trail"), q);
    qint64 expectedSequence = 1;
    QString previousHash = genesisHash();
    while (q.next()) {
        const AuditRecord r = recordFrom(q);
        const auto broken = [&](const QString &problem) {
            return std::optional<AuditChainBreak>(AuditChainBreak { r.sequence, problem });
        };
        if (r.sequence != expectedSequence)
            return broken(tr("row %1 comes where row %2 should: a row was removed or inserted")
                              .arg(r.sequence)
                              .arg(expectedSequence));
        if (r.previousHash != previousHash)
            return broken(tr("row %1 does not follow the row before it: a row was removed, inserted or "
                             "replaced")
                              .arg(r.sequence));
        if (chainHash(r) != r.hash)
            return broken(tr("row %1 was changed after it was written").arg(r.sequence));
        previousHash = r.hash;
        ++expectedSequence;
    }
    return std::optional<AuditChainBreak>();
}
