#include "SardineRiskRules.h"

#include <QDate>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Hit
{
    QString signal;
    QString value;
    QString checkpoint;
    QString ruleId;
    QString reasonCode;
};
} // namespace

int SardineRiskRules::levelRank(const QString &level)
{
    if (level == u"very_high")
        return 3;
    if (level == u"high")
        return 2;
    if (level == u"medium")
        return 1;
    return 0;
}

QString SardineRiskRules::levelName(int rank)
{
    switch (rank) {
    case 3:
        return u"very_high"_s;
    case 2:
        return u"high"_s;
    case 1:
        return u"medium"_s;
    default:
        return u"low"_s;
    }
}

bool SardineRiskRules::isDisposableEmail(const QString &email)
{
    static const QStringList domains { u"mailinator.com"_s,    u"tempmail.com"_s, u"10minutemail.com"_s,
                                       u"guerrillamail.com"_s, u"yopmail.com"_s,  u"trashmail.com"_s };
    const QString domain = email.section(u'@', 1).toLower();
    return domains.contains(domain);
}

QString SardineRiskRules::phoneCountry(const QString &e164)
{
    // Longest prefix first. +1 is shared by the US and Canada: both count as "US/CA".
    static const QList<std::pair<QString, QString>> prefixes {
        { u"+234"_s, u"NG"_s }, { u"+351"_s, u"PT"_s }, { u"+353"_s, u"IE"_s }, { u"+44"_s, u"GB"_s },
        { u"+33"_s, u"FR"_s },  { u"+49"_s, u"DE"_s },  { u"+34"_s, u"ES"_s },  { u"+39"_s, u"IT"_s },
        { u"+52"_s, u"MX"_s },  { u"+55"_s, u"BR"_s },  { u"+91"_s, u"IN"_s },  { u"+81"_s, u"JP"_s },
        { u"+86"_s, u"CN"_s },  { u"+61"_s, u"AU"_s },  { u"+7"_s, u"RU"_s },   { u"+1"_s, u"US"_s },
    };
    for (const auto &[prefix, country] : prefixes) {
        if (e164.startsWith(prefix))
            return country;
    }
    return {};
}

QJsonObject SardineRiskRules::evaluate(const QJsonObject &request, const History &history, qint64 nowMillis)
{
    const QJsonObject customer = request.value(u"customer"_s).toObject();
    QJsonObject transaction = request.value(u"transaction"_s).toObject();
    if (transaction.isEmpty())
        transaction = customer.value(u"transaction"_s).toObject(); // the vendor's example nests it
    QList<Hit> hits;

    const QString email = customer.value(u"emailAddress"_s).toString();
    if (isDisposableEmail(email))
        hits << Hit { u"emailDomainLevel"_s, u"high"_s, u"emailLevel"_s, u"SBX-EMAIL-DISPOSABLE"_s,
                      u"DISPOSABLE_DOMAIN"_s };
    else if (!email.isEmpty() && !customer.value(u"isEmailVerified"_s).toBool())
        hits << Hit { u"emailVerificationLevel"_s, u"medium"_s, u"emailLevel"_s, u"SBX-EMAIL-UNVERIFIED"_s,
                      u"UNVERIFIED"_s };

    const QString phone = customer.value(u"phone"_s).toString();
    const QString addressCountry
        = customer.value(u"address"_s).toObject().value(u"countryCode"_s).toString().toUpper();
    const QString fromPhone = phoneCountry(phone);
    const bool northAmerica = fromPhone == u"US" && (addressCountry == u"US" || addressCountry == u"CA");
    if (!fromPhone.isEmpty() && !addressCountry.isEmpty() && fromPhone != addressCountry && !northAmerica)
        hits << Hit { u"phoneCountryMismatch"_s, u"high"_s, u"phoneLevel"_s, u"SBX-PHONE-COUNTRY"_s,
                      u"PHONE_COUNTRY_MISMATCH"_s };

    const QDate dob = QDate::fromString(customer.value(u"dateOfBirth"_s).toString(), Qt::ISODate);
    if (dob.isValid()) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(nowMillis, Qt::UTC).date();
        int age = today.year() - dob.year();
        if (today < dob.addYears(age))
            --age;
        if (age < 18)
            hits << Hit { u"ageLevel"_s, u"very_high"_s, u"riskLevel"_s, u"SBX-AGE-MINOR"_s, u"UNDER_18"_s };
    }

    for (const QJsonValue &v : customer.value(u"personalInfo"_s).toArray()) {
        const QJsonObject info = v.toObject();
        const bool first = info.contains(u"firstName"_s)
            && info.value(u"firstName"_s)
                    .toString()
                    .compare(customer.value(u"firstName"_s).toString(), Qt::CaseInsensitive)
                != 0;
        const bool last = info.contains(u"lastName"_s)
            && info.value(u"lastName"_s)
                    .toString()
                    .compare(customer.value(u"lastName"_s).toString(), Qt::CaseInsensitive)
                != 0;
        if (first || last) {
            hits << Hit { u"nameMatchLevel"_s, u"high"_s, u"historicalLevel"_s, u"SBX-NAME-MISMATCH"_s,
                          u"NAME_MISMATCH_"_s + info.value(u"source"_s).toString().toUpper() };
            break;
        }
    }

    if (history.otherCustomersWithPhone > 0)
        hits << Hit { u"phoneVelocity"_s, history.otherCustomersWithPhone >= 2 ? u"very_high"_s : u"high"_s,
                      u"phoneLevel"_s, u"SBX-SHARED-PHONE"_s,
                      u"PHONE_SHARED_BY_%1_CUSTOMERS"_s.arg(history.otherCustomersWithPhone + 1) };
    if (history.otherCustomersWithTaxId > 0)
        hits << Hit { u"taxIdVelocity"_s, u"very_high"_s, u"taxIdLevel"_s, u"SBX-SHARED-TAXID"_s,
                      u"TAXID_SHARED_BY_%1_CUSTOMERS"_s.arg(history.otherCustomersWithTaxId + 1) };

    int transactionRank = 0;
    QString transactionRule;
    const double amount = transaction.value(u"amount"_s).toDouble();
    if (!transaction.isEmpty()) {
        if (amount >= 10000) {
            transactionRank = 2;
            transactionRule = u"SBX-TX-LARGE"_s;
        } else if (amount >= 3000) {
            transactionRank = 1;
            transactionRule = u"SBX-TX-ELEVATED"_s;
        }
        if (transactionRank > 0)
            hits << Hit { u"transactionAmountLevel"_s, levelName(transactionRank), u"customerPurchaseLevel"_s,
                          transactionRule, u"AMOUNT_%1"_s.arg(qint64(amount)) };
    }

    int overall = 0;
    int score = 4;
    QJsonArray signalArray;
    QJsonObject checkpoints;
    QJsonArray allRules;
    // The documented four are always answered; phoneLevel and taxIdLevel (vendor-notes: "more
    // checkpoints than the seed example shows") only when one of their rules fired.
    const QStringList documented { u"customerPurchaseLevel"_s, u"emailLevel"_s, u"historicalLevel"_s,
                                   u"riskLevel"_s };
    const QStringList named = documented + QStringList { u"phoneLevel"_s, u"taxIdLevel"_s };
    QHash<QString, std::pair<int, QJsonArray>> perCheckpoint;
    for (const QString &n : named)
        perCheckpoint.insert(n, { 0, QJsonArray() });
    for (const Hit &h : std::as_const(hits)) {
        const int rank = levelRank(h.value);
        overall = std::max(overall, rank);
        score += rank == 3 ? 45 : rank == 2 ? 28 : 12;
        signalArray.append(QJsonObject { { u"key"_s, h.signal },
                                         { u"value"_s, h.value },
                                         { u"reasonCodes"_s, QJsonArray { h.reasonCode } } });
        auto &cp = perCheckpoint[h.checkpoint];
        cp.first = std::max(cp.first, rank);
        // Rule ids in the documented shape: an array of objects.
        const QJsonObject rule { { u"id"_s, h.ruleId } };
        cp.second.append(rule);
        allRules.append(rule);
    }
    perCheckpoint[u"riskLevel"_s] = { overall, allRules };
    for (const QString &n : named) {
        if (!documented.contains(n) && perCheckpoint[n].second.isEmpty())
            continue;
        checkpoints.insert(n,
                           QJsonObject { { u"value"_s, levelName(perCheckpoint[n].first) },
                                         { u"ruleIds"_s, perCheckpoint[n].second } });
    }
    const QString level = levelName(overall);

    QJsonObject response {
        { u"sessionKey"_s, request.value(u"sessionKey"_s) },
        { u"level"_s, level },
        { u"status"_s, u"Success"_s },
        { u"customer"_s,
          QJsonObject {
              { u"score"_s, std::min(score, 99) }, { u"level"_s, level }, { u"signals"_s, signalArray } } },
        { u"checkpoints"_s, QJsonObject { { u"customer"_s, checkpoints } } },
    };
    if (!transaction.isEmpty()) {
        const qint64 minor = qint64(amount * 100);
        const int txRank = std::max(transactionRank, overall >= 2 ? 2 : overall);
        QJsonObject indemnification;
        if (txRank == 0)
            indemnification
                = { { u"decision"_s, u"approved"_s }, { u"instantLimit"_s, minor }, { u"holdAmount"_s, 0 } };
        else if (txRank == 1)
            indemnification = { { u"decision"_s, u"conditionally_approved"_s },
                                { u"instantLimit"_s, minor / 2 },
                                { u"holdAmount"_s, minor - minor / 2 },
                                { u"holdTime"_s, nowMillis / 1000 + 3 * 24 * 3600 } };
        else
            indemnification
                = { { u"decision"_s, u"rejected"_s }, { u"instantLimit"_s, 0 }, { u"holdAmount"_s, minor } };
        indemnification.insert(u"verificationCode"_s, u"SBX-%1"_s.arg(txRank));
        response.insert(u"transaction"_s,
                        QJsonObject { { u"level"_s, levelName(txRank) },
                                      { u"amlLevel"_s, levelName(std::min(transactionRank, 2)) },
                                      { u"indemnification"_s, indemnification } });
    }
    return response;
}
