#pragma once

#include "Result.h"
#include "ReviewTypes.h"
#include "WorkspaceError.h"

#include <optional>
#include <QCoreApplication>

class WorkspaceDatabase;

// The workspace's audit trail: every analyst action and vendor request appended as one row, never
// changed. Each row carries the SHA-256 of the previous row's hash and its own content as stored, so
// verify() finds a row edited, removed or slipped in by anything but this class (the schema's guards
// stop an accidental UPDATE or DELETE; the chain catches one that went round them). The chain has no
// key: someone who can write the file can cut its last rows or rebuild it whole, which is why
// `audit verify` and every export print the head (last sequence and hash) to be kept elsewhere.
//
// Rows hold no secret and no PII value: callers put field names, statuses and ids in `detail`.
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    AuditTrail(WorkspaceDatabase *database, QString analyst);

    Result<AuditRecord, WorkspaceError> append(const AuditEvent &event);
    // The rows that match, oldest first.
    Result<QList<AuditRecord>, WorkspaceError> records(const AuditFilter &filter = {}) const;
    // The first row where the chain does not hold; nullopt when every row does. An error when the
    // trail cannot be read at all.
    Result<std::optional<AuditChainBreak>, WorkspaceError> verify() const;

    // The hash a row must carry: hex SHA-256 over the previous hash and the row's content as stored
    // (a compact JSON array of the sequence and the stored texts of time, analyst, action, customer
    // and detail).
    static QString chainHash(const AuditRecord &record);
    static QString genesisHash(); // 64 zeros: the "previous hash" of the first row

    const QString &analyst() const { return m_analyst; }

private:
    WorkspaceDatabase *m_database;
    QString m_analyst;
};
