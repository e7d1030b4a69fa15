#pragma once

#include "RiskHistory.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

// Every risk check an analyst ran, kept in the local workspace database (SQLite in the app data
// folder) so the score can be followed over time. Only Sardine's answer is stored, never the
// request: no tax id, no account number, no date of birth reaches this file.
class RiskHistoryStore : public RiskHistory
{
public:
    using Entry = RiskHistoryEntry;

    explicit RiskHistoryStore(QString databasePath);
    ~RiskHistoryStore() override;
    RiskHistoryStore(const RiskHistoryStore &) = delete;
    RiskHistoryStore &operator=(const RiskHistoryStore &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const override { return m_error; }
    bool add(const QString &customerId, const QString &environment, const QString &customerEnvironment,
             const QDateTime &checkedAt, const RiskResult &result) override;
    QList<Entry> entries(const QString &customerId,
                         const std::optional<QString> &environment = {}) const override;
    QSet<QString> customersAtLevel(const QStringList &levels, const QString &environment) const override;

    static QString defaultPath(); // <AppDataLocation>/workspace.sqlite

private:
    bool migrate();

    QString m_connection;
    bool m_open = false;
    QString m_error;
};
