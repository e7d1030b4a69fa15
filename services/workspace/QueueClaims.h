#pragma once

#include "Result.h"
#include "WorkspaceError.h"

#include <optional>
#include <QCoreApplication>
#include <QStringList>

class AuditTrail;
class WorkspaceDatabase;

// Which analyst is working which customer, so two of them working one queue never open the same
// customer: claimNext() takes the first candidate nobody else holds and nobody has decided yet
// (a decision undone does not count), in one immediate transaction; release() gives it back. The
// analyst is the trail's. Both are audited ("claim", "release").
class QueueClaims
{
    Q_DECLARE_TR_FUNCTIONS(QueueClaims)

public:
    QueueClaims(WorkspaceDatabase *database, AuditTrail *audit);

    // `candidates` in the queue's order. A customer the analyst already holds comes first, so asking
    // again without deciding gives the same customer. Nothing when every candidate is taken.
    Result<std::optional<QString>, WorkspaceError> claimNext(const QStringList &candidates);
    // Only the analyst's own claim; NotFound otherwise.
    std::optional<WorkspaceError> release(const QString &customerId);
    // The customers the analyst holds, oldest claim first.
    Result<QStringList, WorkspaceError> heldByMe() const;

private:
    WorkspaceDatabase *m_database;
    AuditTrail *m_audit;
};
