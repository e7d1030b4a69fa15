#include "YativoRequestValidator.h"

#include "YativoFields.h"

using namespace Qt::Literals::StringLiterals;

QList<FieldIssue> YativoRequestValidator::validate(const YativoCustomerRequest &request)
{
    QList<FieldIssue> issues;
    for (const FieldSpec<YativoCustomerRequest> &f : fieldTable<YativoCustomerRequest>().fields()) {
        const auto *value = f.valueIn<std::optional<QString>>(request);
        if (!value)
            continue; // send_kyc_mail: any boolean
        // Left out, Yativo takes individual (documented); given, it must be one of the two.
        if (f.rule == SphereRule::TypeName) {
            if (*value && **value != u"individual"_s && **value != u"business"_s)
                issues.append({ f.key, tr(f.message) });
            continue;
        }
        // Empty is missing here (Yativo needs every text), whatever Sphere's optional rules say.
        const QString given = value->value_or(QString()).trimmed();
        if (given.isEmpty())
            issues.append({ f.key, tr(f.message) });
        else
            issues.append(CustomerRequestValidator::checkText(f.rule, f.key, given));
    }
    return issues;
}
