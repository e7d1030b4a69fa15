#include "YativoRequestValidator.h"

using namespace Qt::Literals::StringLiterals;

QList<FieldIssue> YativoRequestValidator::validate(const YativoCustomerRequest &request)
{
    const auto given = [](const std::optional<QString> &value) {
        const QString trimmed = value.value_or(QString()).trimmed();
        return trimmed.isEmpty() ? std::nullopt : std::optional<QString>(trimmed);
    };
    QList<FieldIssue> issues;
    if (!given(request.customerName))
        issues.append({ u"customer_name"_s, tr("Enter the customer's full name.") });
    // Left out, Yativo takes individual (documented); given, it must be one of the two.
    if (request.customerType && *request.customerType != u"individual"_s
        && *request.customerType != u"business"_s)
        issues.append({ u"customer_type"_s, tr("Choose individual or business.") });

    // Sphere's rules for the same three values; only their field names differ.
    CustomerRequest probe;
    probe.type = u"individual"_s;
    probe.firstName = u"probe"_s;
    probe.lastName = u"probe"_s;
    probe.email = given(request.customerEmail);
    probe.phoneNumber = given(request.customerPhone);
    if (const auto country = given(request.customerCountry))
        probe.address = Address { {}, {}, {}, {}, {}, country };
    const QHash<QString, QString> names { { u"email"_s, u"customer_email"_s },
                                          { u"phoneNumber"_s, u"customer_phone"_s },
                                          { u"address.country"_s, u"customer_country"_s } };
    const auto sphereIssues
        = CustomerRequestValidator::validate(probe, CustomerRequestValidator::Mode::Create);
    for (const FieldIssue &issue : sphereIssues)
        if (names.contains(issue.field))
            issues.append({ names.value(issue.field), issue.message });
    // Empty is required here (Yativo needs all three), whatever Sphere's optional rules say.
    const auto requireValue = [&issues, &given](const QString &field, const std::optional<QString> &value,
                                                const QString &message) {
        if (given(value))
            return;
        for (const FieldIssue &issue : std::as_const(issues))
            if (issue.field == field)
                return;
        issues.append({ field, message });
    };
    requireValue(u"customer_email"_s, request.customerEmail,
                 tr("Enter the customer's email; Yativo sends the KYC link there."));
    requireValue(u"customer_phone"_s, request.customerPhone,
                 tr("Enter a phone number in E.164 format, e.g. +12345678900."));
    requireValue(u"customer_country"_s, request.customerCountry,
                 tr("Enter the country as an ISO 3166-1 alpha-3 code, e.g. USA."));
    return issues;
}
