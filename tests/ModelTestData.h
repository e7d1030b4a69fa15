#pragma once

#include "SphereCodec.h"
#include "SphereTypes.h"

#include <QDateTime>

// Small builders for model tests: plain values, no network.
inline Customer makeCustomer(int n, const QString &first, const QString &last, const QString &email, KycStatus kyc,
                             CustomerType type = CustomerType::Individual)
{
    Customer c;
    c.id = QStringLiteral("customer_%1").arg(n, 32, 10, QLatin1Char('0'));
    c.firstName = first;
    if (type == CustomerType::Individual)
        c.lastName = last;
    c.email = email;
    c.type = enumFromValue(std::array { std::pair { type, QStringView(type == CustomerType::Business ? u"business" : u"individual") } },
                           type);
    c.kyc = SphereCodec::kycStatusFromWire(SphereCodec::toWire(kyc));
    c.tos = SphereCodec::tosStatusFromWire(QStringLiteral("pending"));
    c.msa = SphereCodec::msaStatusFromWire(QStringLiteral("incomplete"));
    c.requirements = QStringList(n % 4, QStringLiteral("ssn"));
    c.created = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addDays(n);
    c.updated = c.created.addSecs(3600 * (100 - n));
    return c;
}
