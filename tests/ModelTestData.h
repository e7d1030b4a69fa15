#pragma once

// Small builders for model tests: plain struct values, no codec, no network.

#include "CustomerRow.h"
#include "SphereTypes.h"

#include <QDateTime>

template<typename E> inline VendorEnum<E> vendor(E value, const QString &raw)
{
    return VendorEnum<E> { value, raw, false };
}

template<typename E> inline VendorEnum<E> vendorNull()
{
    return VendorEnum<E> {};
}

inline QString kycWire(KycStatus s)
{
    switch (s) {
    case KycStatus::Incomplete:
        return QStringLiteral("incomplete");
    case KycStatus::Pending:
        return QStringLiteral("pending");
    case KycStatus::AdditionalReviewRequired:
        return QStringLiteral("additionalReviewRequired");
    case KycStatus::Approved:
        return QStringLiteral("approved");
    case KycStatus::Rejected:
        return QStringLiteral("rejected");
    case KycStatus::Unknown:
        break;
    }
    return QStringLiteral("somethingNew");
}

inline QString customerIdFor(int n)
{
    return QStringLiteral("customer_%1").arg(n, 32, 10, QLatin1Char('0'));
}

inline Customer makeCustomer(int n, const QString &first, const QString &last, const QString &email,
                             KycStatus kyc, CustomerType type = CustomerType::Individual)
{
    Customer c;
    c.id = customerIdFor(n);
    c.firstName = first;
    if (type == CustomerType::Individual)
        c.lastName = last;
    c.email = email;
    c.type = vendor(
        type, type == CustomerType::Business ? QStringLiteral("business") : QStringLiteral("individual"));
    c.kyc = vendor(kyc, kycWire(kyc));
    c.tos = vendor(TosStatus::Pending, QStringLiteral("pending"));
    c.msa = vendor(MsaStatus::Incomplete, QStringLiteral("incomplete"));
    c.requirements = QStringList(n % 4, QStringLiteral("ssn"));
    c.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addDays(n);
    c.updated = c.created.addSecs(3600 * (100 - n));
    return c;
}

// `count` table rows numbered from 0: "Name i", "c<i>@example.com", id `idPrefix` + i, updated at
// i ms; statuses unset. A book of a given size for the kept-list tests.
inline CustomerRowBatch numberedRows(int count, const QString &idPrefix = QStringLiteral("customer_"))
{
    CustomerRowBatch rows;
    for (int i = 0; i < count; ++i) {
        CustomerRow row;
        row.updatedMs = i;
        rows.append(row, QStringLiteral("Name %1").arg(i), QStringLiteral("c%1@example.com").arg(i),
                    QString(idPrefix + QString::number(i)));
    }
    return rows;
}
