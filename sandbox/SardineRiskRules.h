#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The sandbox's small, deterministic stand-in for Sardine's risk engine (sandbox/README.md,
// "Sardine rules"): each rule looks at the request (and at earlier checks, for shared phones and
// tax ids) and raises a signal, a checkpoint level and a rule id, so a trainer can trigger each
// level on purpose.
class SardineRiskRules
{
public:
    struct History
    {
        int otherCustomersWithPhone = 0;
        int otherCustomersWithTaxId = 0;
    };

    // The full response body for POST /v1/customers.
    static QJsonObject evaluate(const QJsonObject &request, const History &history, qint64 nowMillis);

    static QString phoneCountry(const QString &e164); // alpha-2 from the calling code, or empty
    static bool isDisposableEmail(const QString &email);
    static int levelRank(const QString &level); // low 0 … very_high 3
    static QString levelName(int rank);
};
