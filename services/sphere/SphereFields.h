#pragma once

// Sphere's objects as field tables (FieldTable.h), in the order of
// shared/vendor-docs/sphere-customers.txt: the answers (customer, UBO, verification level,
// wallet, bank account, hosted link) and the create/update request bodies. SphereCodec,
// SphereRequestCodec and CustomerRequestValidator are derived from these; the sandbox reads the
// same JSON on its own on purpose (it is the test oracle).

#include "FieldBuilders.h"
#include "SphereRequestTypes.h"
#include "SphereTypes.h"

template<> struct EnumWire<CustomerType>
{
    static constexpr EnumNames<CustomerType, 2> names { { { CustomerType::Individual, u"individual" },
                                                          { CustomerType::Business, u"business" } } };
};
template<> struct EnumWire<KycStatus>
{
    static constexpr EnumNames<KycStatus, 5> names { { { KycStatus::Incomplete, u"incomplete" },
                                                       { KycStatus::Pending, u"pending" },
                                                       { KycStatus::AdditionalReviewRequired,
                                                         u"additionalReviewRequired" },
                                                       { KycStatus::Approved, u"approved" },
                                                       { KycStatus::Rejected, u"rejected" } } };
};
template<> struct EnumWire<TosStatus>
{
    static constexpr EnumNames<TosStatus, 3> names { { { TosStatus::Incomplete, u"incomplete" },
                                                       { TosStatus::Pending, u"pending" },
                                                       { TosStatus::Approved, u"approved" } } };
};
template<> struct EnumWire<MsaStatus>
{
    static constexpr EnumNames<MsaStatus, 5> names { { { MsaStatus::Incomplete, u"incomplete" },
                                                       { MsaStatus::Pending, u"pending" },
                                                       { MsaStatus::Approved, u"approved" },
                                                       { MsaStatus::Declined, u"declined" },
                                                       { MsaStatus::Voided, u"voided" } } };
};
template<> struct EnumWire<OperatingResidencyStatus>
{
    static constexpr EnumNames<OperatingResidencyStatus, 3> names {
        { { OperatingResidencyStatus::Incomplete, u"incomplete" },
          { OperatingResidencyStatus::Approved, u"approved" },
          { OperatingResidencyStatus::Rejected, u"rejected" } }
    };
};
template<> struct EnumWire<VerificationLevelName>
{
    static constexpr EnumNames<VerificationLevelName, 1> names { { { VerificationLevelName::AchPull,
                                                                     u"ach_pull" } } };
};
template<> struct EnumWire<VerificationStatus>
{
    static constexpr EnumNames<VerificationStatus, 8> names {
        { { VerificationStatus::Approved, u"approved" },
          { VerificationStatus::Pending, u"pending" },
          { VerificationStatus::Retry, u"retry" },
          { VerificationStatus::Document, u"document" },
          { VerificationStatus::Suspended, u"suspended" },
          { VerificationStatus::Rejected, u"rejected" },
          { VerificationStatus::Incomplete, u"incomplete" },
          { VerificationStatus::ConvertedToUser, u"convereted_to_user" } }
    };
};
template<> struct EnumWire<WalletOwner>
{
    static constexpr EnumNames<WalletOwner, 3> names { { { WalletOwner::Customer, u"customer" },
                                                         { WalletOwner::Merchant, u"merchant" },
                                                         { WalletOwner::Bridge, u"bridge" } } };
};
template<> struct EnumWire<BankAccountStatus>
{
    static constexpr EnumNames<BankAccountStatus, 4> names { { { BankAccountStatus::Pending, u"pending" },
                                                               { BankAccountStatus::Active, u"active" },
                                                               { BankAccountStatus::Inactive, u"inactive" },
                                                               { BankAccountStatus::Invalid, u"invalid" } } };
};
template<> struct EnumWire<BankAccountType>
{
    static constexpr EnumNames<BankAccountType, 2> names { { { BankAccountType::Checking, u"checking" },
                                                             { BankAccountType::Savings, u"savings" } } };
};

// The documented rule of a request field, applied by CustomerRequestValidator in table order.
namespace SphereRule {
enum Rule {
    None,
    NotBlank, // a given value must not be blank (the field's message says so)
    Email,
    Phone, // E.164
    Website, // http(s) URL
    SubdivisionCode, // ISO 3166-2 without the country part
    CountryAlpha3, // a known ISO 3166-1 alpha-3 code
    PastDate, // a real date, not in the future, 1900 or later
    Ssn,
    Ein,
    TypeName, // "individual" or "business"
    CustomerId, // customer_ + 32 lower-case hex digits
    Document, // within the size limit, PDF/JPEG/PNG
    RevenueBucket, // one of sphereRevenueBuckets()
    NonNegativeAmount,
    HighRiskActivities, // each one of sphereHighRiskActivities()
    AcceptsTerms, // true needs tosDisclaimer with exactly kSphereTosDisclaimer
    Owners, // each beneficial owner: names, then its own table's rules
};
// Which requests may carry a field: the vendor refuses the whole request otherwise.
enum Tag : quint32 {
    UpdateOnly = 1,
    IndividualOnly = 2,
    BusinessOnly = 4,
};
} // namespace SphereRule

template<> const FieldTable<Address> &fieldTable<Address>();
template<> const FieldTable<Ubo> &fieldTable<Ubo>();
template<> const FieldTable<VerificationLevel> &fieldTable<VerificationLevel>();
template<> const FieldTable<Customer> &fieldTable<Customer>();
template<> const FieldTable<Wallet> &fieldTable<Wallet>();
template<> const FieldTable<BankAccount> &fieldTable<BankAccount>();
template<> const FieldTable<HostedLink> &fieldTable<HostedLink>();
template<> const FieldTable<DateOfBirth> &fieldTable<DateOfBirth>();
template<> const FieldTable<UboRequest> &fieldTable<UboRequest>();
template<> const FieldTable<CustomerRequest> &fieldTable<CustomerRequest>();
