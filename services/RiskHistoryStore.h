#pragma once

#include "SardineTypes.h"

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
    };

    explicit RiskHistoryStore(QString databasePath);
    ~RiskHistoryStore();
    RiskHistoryStore(const RiskHistoryStore &) = delete;
    RiskHistoryStore &operator=(const RiskHistoryStore &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    bool add(const QString &customerId, const QDateTime &checkedAt, const RiskResult &result);
    QList<Entry> entries(const QString &customerId) const; // oldest first

    static QString defaultPath(); // <AppDataLocation>/workspace.sqlite

private:
    QString m_connection;
    bool m_open = false;
    QString m_error;
};
