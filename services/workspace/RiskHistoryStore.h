#pragma once

#include "SardineTypes.h"

#include <optional>
#include <QDateTime>
#include <QList>
#include <QString>

// Every risk check an analyst ran, kept in the local workspace database (SQLite in the app data
// folder) so the score can be followed over time. Only Sardine's answer is stored, never the
// request: no tax id, no account number, no date of birth reaches this file.
class RiskHistoryStore
{
public:
    struct Entry
    {
        QDateTime checkedAt;
        RiskResult result;
        // Where the verdict came from (Sardine's environment) and where the customer was read
        // (Sphere's): VendorEnvironment::environmentKey(), or "legacy" for checks kept before
        // environments were recorded.
        QString environment;
        QString customerEnvironment;
    };

    explicit RiskHistoryStore(QString databasePath);
    ~RiskHistoryStore();
    RiskHistoryStore(const RiskHistoryStore &) = delete;
    RiskHistoryStore &operator=(const RiskHistoryStore &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    bool add(const QString &customerId, const QString &environment, const QString &customerEnvironment,
             const QDateTime &checkedAt, const RiskResult &result);
    // Oldest first. With `environment`, only the verdicts of that Sardine environment.
    QList<Entry> entries(const QString &customerId, const std::optional<QString> &environment = {}) const;

    static QString defaultPath(); // <AppDataLocation>/workspace.sqlite

private:
    bool migrate();

    QString m_connection;
    bool m_open = false;
    QString m_error;
};
