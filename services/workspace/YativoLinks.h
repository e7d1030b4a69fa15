#pragma once

#include "Result.h"
#include "WorkspaceError.h"
#include "YativoTypes.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>

class AuditTrail;
class WorkspaceDatabase;

// Which Yativo record is which customer: an analyst's confirmation, kept with the record as Yativo
// sent it then, so the customer view can set it beside Sphere and Sardine. Linking and unlinking
// are audited ("link", "unlink"); a customer has at most one Yativo record.
class YativoLinks
{
    Q_DECLARE_TR_FUNCTIONS(YativoLinks)

public:
    struct Link
    {
        YativoCustomer record;
        QString linkedBy;
        QDateTime linkedAt;
    };

    YativoLinks(WorkspaceDatabase *database, AuditTrail *audit);

    std::optional<WorkspaceError> link(const QString &customerId, const YativoCustomer &record);
    std::optional<WorkspaceError> unlink(const QString &customerId);
    Result<std::optional<Link>, WorkspaceError> linked(const QString &customerId) const;

    // The records of `candidates` whose email or phone is the customer's (spelling aside): the ones
    // an analyst is offered to confirm.
    static QList<YativoCustomer> matching(const QList<YativoCustomer> &candidates,
                                          const std::optional<QString> &email,
                                          const std::optional<QString> &phone);

private:
    WorkspaceDatabase *m_database;
    AuditTrail *m_audit;
};
