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
    using R = YativoCustomerRequest;
    static const FieldTable<R> table {
        field<&R::customerName>(u"customer_name"_s)
            .withRule(SphereRule::NotBlank,
                      QT_TRANSLATE_NOOP("YativoRequestValidator", "Enter the customer's full name.")),
        field<&R::customerEmail>(u"customer_email"_s)
            .withRule(SphereRule::Email,
                      QT_TRANSLATE_NOOP("YativoRequestValidator",
                                        "Enter the customer's email; Yativo sends the KYC "
                                        "link there.")),
        field<&R::customerPhone>(u"customer_phone"_s)
            .withRule(SphereRule::Phone,
                      QT_TRANSLATE_NOOP("YativoRequestValidator",
                                        "Enter a phone number in E.164 format, e.g. "
                                        "+12345678900.")),
        field<&R::customerCountry>(u"customer_country"_s)
            .withRule(SphereRule::CountryAlpha3,
                      QT_TRANSLATE_NOOP("YativoRequestValidator",
                                        "Enter the country as an ISO 3166-1 alpha-3 code, e.g. USA.")),
        field<&R::customerType>(u"customer_type"_s)
            .withRule(SphereRule::TypeName,
                      QT_TRANSLATE_NOOP("YativoRequestValidator", "Choose individual or business.")),
        field<&R::sendKycMail>(u"send_kyc_mail"_s),
    };
    return table;
}

template<> const FieldTable<YativoCustomer> &fieldTable<YativoCustomer>()
{
    using C = YativoCustomer;
    static const FieldTable<C> table {
        {
            field<&C::id>(u"id"_s).requiredField(),
            field<&C::fullName>(u"full_name"_s),
            field<&C::email>(u"email"_s),
            field<&C::type>(u"type"_s),
            field<&C::kycLink>(u"kyc_link"_s),
            field<&C::tosLink>(u"tos_link"_s),
            field<&C::kycStatus>(u"kyc_status"_s),
            field<&C::rejectionReasons>(u"rejection_reasons"_s).alwaysWritten(),
            field<&C::tosStatus>(u"tos_status"_s),
            timestampField<&C::createdAt, &C::createdAtText>(u"created_at"_s),
            field<&C::customerId>(u"customer_id"_s),
            field<&C::personaInquiryType>(u"persona_inquiry_type"_s),
        },
        &C::unknownFields,
        &C::raw
    };
    return table;
}

template<> const FieldTable<YativoKycStatus> &fieldTable<YativoKycStatus>()
{
    using K = YativoKycStatus;
    static const FieldTable<K> table {
        {
            field<&K::status>(u"status"_s).requiredField(),
            field<&K::rejectionReasons>(u"kyc_rejection_reasons"_s).alwaysWritten(),
            field<&K::requirementsDue>(u"kyc_requirements_due"_s).alwaysWritten(),
            field<&K::kycLink>(u"kyc_link"_s),
            field<&K::isVaApproved>(u"is_va_approved"_s),
        },
        &K::unknownFields,
        &K::raw
    };
    return table;
}

// Counts: never negative; pages within an int.
template<> const FieldTable<YativoPagination> &fieldTable<YativoPagination>()
{
    using P = YativoPagination;
    static const FieldTable<P> table {
        field<&P::total>(u"total"_s).requiredField().inRange(0, kMaxExactJsonInteger),
        field<&P::perPage>(u"per_page"_s).requiredField().inRange(0, kIntMax),
        field<&P::currentPage>(u"current_page"_s).requiredField().inRange(0, kIntMax),
        field<&P::lastPage>(u"last_page"_s).requiredField().inRange(0, kIntMax),
        field<&P::nextPageUrl>(u"next_page_url"_s),
        field<&P::prevPageUrl>(u"prev_page_url"_s),
    };
    return table;
}
