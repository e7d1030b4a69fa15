#pragma once

#include "SardineTypes.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// One risk check kept on this computer: Sardine's answer only, never the request.
struct RiskHistoryEntry
{
    QDateTime checkedAt;
    RiskResult result;
    // Where the verdict came from (Sardine's environment) and where the customer was read
    // (Sphere's): VendorEnvironment::environmentKey(), or "legacy" for checks kept before
    // environments were recorded.
    QString environment;
    QString customerEnvironment;
};

// The risk checks an analyst ran, as the customer dossier reads and adds them; the workspace's
// RiskHistoryStore keeps them on disk.
class RiskHistory
{
public:
    virtual ~RiskHistory() = default;

    virtual QString errorString() const = 0;
    virtual bool add(const QString &customerId, const QString &environment,
                     const QString &customerEnvironment, const QDateTime &checkedAt, const RiskResult &result)
        = 0;
    // Oldest first. With `environment`, only the verdicts of that Sardine environment.
    virtual QList<RiskHistoryEntry> entries(const QString &customerId,
                                            const std::optional<QString> &environment = {}) const = 0;
    // The customers whose latest check in `environment` answered one of `levels` (Sardine's words).
    virtual QSet<QString> customersAtLevel(const QStringList &levels, const QString &environment) const = 0;
};
