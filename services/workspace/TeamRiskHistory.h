#pragma once

#include "RiskHistory.h"

#include <QCoreApplication>

class WorkspaceDatabase;

// The risk checks of the whole team, kept on the team server (risk_checks): a check one analyst
// ran is the one the next analyst sees, and the one the four-eyes rule and the "High risk" queue
// read. Only Sardine's answer is stored, as RiskHistoryStore stores it on one computer.
class TeamRiskHistory : public RiskHistory
{
    Q_DECLARE_TR_FUNCTIONS(TeamRiskHistory)

public:
    // `analyst`: the name checks are kept in ("role/user", WorkspaceDatabase::analystName).
    TeamRiskHistory(WorkspaceDatabase *database, QString analyst);

    QString errorString() const override { return m_error; }
    bool add(const QString &customerId, const QString &environment, const QString &customerEnvironment,
             const QDateTime &checkedAt, const RiskResult &result) override;
    QList<RiskHistoryEntry> entries(const QString &customerId,
                                    const std::optional<QString> &environment = {}) const override;
    QSet<QString> customersAtLevel(const QStringList &levels, const QString &environment) const override;

private:
    WorkspaceDatabase *m_database;
    QString m_analyst;
    mutable QString m_error;
};
