#pragma once

// The adult customer the Sardine tests check, under a fresh session key: `id` keeps checks apart
// in one sandbox and `n` makes the email address unique.

#include "SardineTypes.h"

#include <QUuid>

inline SardineCustomerRequest sardineMira(const QString &flow, const QString &id, int n)
{
    SardineCustomerRequest r;
    r.flow = flow;
    r.sessionKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.customer.id = id;
    r.customer.firstName = QStringLiteral("Mira");
    r.customer.lastName = QStringLiteral("Okafor");
    r.customer.dateOfBirth = QStringLiteral("1985-04-12");
    r.customer.emailAddress = QStringLiteral("mira%1@example.com").arg(n);
    return r;
}
