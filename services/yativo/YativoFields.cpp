#include "YativoFields.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qint64 kIntMax = std::numeric_limits<int>::max();
}

// The validator requires every text but the type (with the message given here); the type and the
// mail flag take the vendor's defaults when left out.
template<> const FieldTable<YativoCustomerRequest> &fieldTable<YativoCustomerRequest>()
{
    static const FieldTable<YativoCustomerRequest> table {
        field<&YativoCustomerRequest::customerName>(u"customer_name"_s, Optional)
            .withRule(SphereRule::NotBlank,
                      QT_TRANSLATE_NOOP("YativoRequestValidator", "Enter the customer's full name.")),
        field<&YativoCustomerRequest::customerEmail>(u"customer_email"_s, Optional)
            .withRule(SphereRule::Email,
                      QT_TRANSLATE_NOOP("YativoRequestValidator",
                                        "Enter the customer's email; Yativo sends the KYC "
                                        "link there.")),
        field<&YativoCustomerRequest::customerPhone>(u"customer_phone"_s, Optional)
            .withRule(SphereRule::Phone,
                      QT_TRANSLATE_NOOP("YativoRequestValidator",
                                        "Enter a phone number in E.164 format, e.g. "
                                        "+12345678900.")),
        field<&YativoCustomerRequest::customerCountry>(u"customer_country"_s, Optional)
            .withRule(SphereRule::CountryAlpha3,
                      QT_TRANSLATE_NOOP("YativoRequestValidator",
                                        "Enter the country as an ISO 3166-1 alpha-3 code, e.g. USA.")),
        field<&YativoCustomerRequest::customerType>(u"customer_type"_s, Optional)
            .withRule(SphereRule::TypeName,
                      QT_TRANSLATE_NOOP("YativoRequestValidator", "Choose individual or business.")),
        field<&YativoCustomerRequest::sendKycMail>(u"send_kyc_mail"_s, Optional),
    };
    return table;
}

template<> const FieldTable<YativoCustomer> &fieldTable<YativoCustomer>()
{
    static const FieldTable<YativoCustomer> table {
        field<&YativoCustomer::id>(u"id"_s, Required),
        field<&YativoCustomer::fullName>(u"full_name"_s, Optional),
        field<&YativoCustomer::email>(u"email"_s, Optional),
        field<&YativoCustomer::type>(u"type"_s, Optional),
        field<&YativoCustomer::kycLink>(u"kyc_link"_s, Optional),
        field<&YativoCustomer::tosLink>(u"tos_link"_s, Optional),
        field<&YativoCustomer::kycStatus>(u"kyc_status"_s, Optional),
        field<&YativoCustomer::rejectionReasons>(u"rejection_reasons"_s, Optional).alwaysWritten(),
        field<&YativoCustomer::tosStatus>(u"tos_status"_s, Optional),
        timestampField<&YativoCustomer::createdAt, &YativoCustomer::createdAtText>(u"created_at"_s, Optional),
        field<&YativoCustomer::customerId>(u"customer_id"_s, Optional),
        field<&YativoCustomer::personaInquiryType>(u"persona_inquiry_type"_s, Optional),
    };
    return table;
}

template<> const FieldTable<YativoKycStatus> &fieldTable<YativoKycStatus>()
{
    static const FieldTable<YativoKycStatus> table {
        field<&YativoKycStatus::status>(u"status"_s, Required),
        field<&YativoKycStatus::rejectionReasons>(u"kyc_rejection_reasons"_s, Optional).alwaysWritten(),
        field<&YativoKycStatus::requirementsDue>(u"kyc_requirements_due"_s, Optional).alwaysWritten(),
        field<&YativoKycStatus::kycLink>(u"kyc_link"_s, Optional),
        field<&YativoKycStatus::isVaApproved>(u"is_va_approved"_s, Optional),
    };
    return table;
}

// Counts: never negative; pages within an int.
template<> const FieldTable<YativoPagination> &fieldTable<YativoPagination>()
{
    static const FieldTable<YativoPagination> table {
        field<&YativoPagination::total>(u"total"_s, Required).inRange(0, kMaxExactJsonInteger),
        field<&YativoPagination::perPage>(u"per_page"_s, Required).inRange(0, kIntMax),
        field<&YativoPagination::currentPage>(u"current_page"_s, Required).inRange(0, kIntMax),
        field<&YativoPagination::lastPage>(u"last_page"_s, Required).inRange(0, kIntMax),
        field<&YativoPagination::nextPageUrl>(u"next_page_url"_s, Optional),
        field<&YativoPagination::prevPageUrl>(u"prev_page_url"_s, Optional),
    };
    return table;
}
