#pragma once

#include "CustomerRequestValidator.h"
#include "YativoTypes.h"

#include <QCoreApplication>

// Client-side checks of Yativo's add-customer request, field names as on the wire
// (customer_name, customer_email, …). Email, phone and country follow the same rules as Sphere's
// (CustomerRequestValidator), so one analyst's input is judged the same way for both vendors.
class YativoRequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(YativoRequestValidator)

public:
    static QList<FieldIssue> validate(const YativoCustomerRequest &request);
};
