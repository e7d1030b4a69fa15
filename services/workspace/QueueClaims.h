#pragma once

#include "Result.h"
#include "WorkspaceError.h"

#include <chrono>
#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QStringList>

class AuditTrail;
class WorkspaceDatabase;

// Who holds a customer, and until when.
struct QueueClaim
{
    QString customerId;
    QString analyst;
    QDateTime expiresAt;
};

// Which analyst is working which customer, so two analysts working one queue never open the same
// customer. A claim is a lease: it lasts `lease()` and is renewed while the customer stays open, so
// one left by a crashed desk runs out by itself. Taking a customer is one atomic statement on the
// claim's key (insert, or take over a lease that has run out), so of two analysts pressing "next"
// at the same moment exactly one gets each customer, on a file or a server alike. Taking and
// releasing are audited ("claim", "release"); renewing is not.
class QueueClaims
{
    Q_DECLARE_TR_FUNCTIONS(QueueClaims)

public:
    static constexpr std::chrono::seconds kDefaultLease { 120 };

    QueueClaims(WorkspaceDatabase *database, AuditTrail *audit);

    std::chrono::seconds lease() const { return m_lease; }
    void setLease(std::chrono::seconds lease) { m_lease = lease; }

    // The first of `candidates` (in the queue's order) that nobody else holds and nobody has decided
    // (a decision undone or returned does not count). A customer the analyst already holds comes
    // first, so asking again without deciding gives the same customer. Nothing when all are taken.
    // `secondOpinion`: the candidates wait for a second analyst, so a decision awaiting one does not
    // count as decided (the queue "awaiting second approval").
    Result<std::optional<QString>, WorkspaceError> claimNext(const QStringList &candidates,
                                                             bool secondOpinion = false);
    // Claims one customer (opened from a team queue), or renews the analyst's own claim. The claim
    // that holds afterwards: the analyst's, or another analyst's that has not run out.
    Result<QueueClaim, WorkspaceError> claim(const QString &customerId);
    // Only the analyst's own claim; NotFound otherwise.
    std::optional<WorkspaceError> release(const QString &customerId);
    // The live claim on the customer, if any.
    Result<std::optional<QueueClaim>, WorkspaceError> holder(const QString &customerId) const;
    // The customers the analyst holds, oldest claim first.
    Result<QStringList, WorkspaceError> heldByMe() const;

private:
    // Takes the customer when free or run out (or renews the analyst's own lease); whether it did.
    Result<bool, WorkspaceError> take(const QString &customerId, bool audit);
    Result<QStringList, WorkspaceError> openAmong(const QStringList &candidates, bool secondOpinion) const;

    // Where the last claim in the same queue was found: everything before it was decided or held,
    // so the next "next" starts there instead of reading the decided head of the queue again. From
    // the top at least once a minute, for customers given back or whose lease ran out meanwhile.
    qsizetype resumeFrom(const QStringList &candidates);
    void remember(const QStringList &candidates, qsizetype at);

    WorkspaceDatabase *m_database;
    AuditTrail *m_audit;
    std::chrono::seconds m_lease = kDefaultLease;
    QString m_resumeQueue;
    qsizetype m_resumeAt = 0;
    QElapsedTimer m_resumeAge;
};
