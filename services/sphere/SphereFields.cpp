#include "SphereFields.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace SphereRule;

// A document field: base64 on the wire, the file's bytes in memory. Line-wrapped base64 (what
// `base64` prints) is accepted; anything else that is not base64 is not (a non-Latin-1 character
// becomes '?', which is not base64 either). The bytes become base64 again in write(), the one
// encoding of a document, which CustomerSubmitJob runs on the thread pool. Answers never carry documents.
template<> struct FieldCodec<std::optional<DocumentUpload>> : OptionalCodecBase<DocumentUpload>
{
    static constexpr FieldWire wire = FieldWire::Text;
    static void read(const FieldDescription &, JsonObjectReader &, M &out) { out.reset(); }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, M &out)
    {
        const auto text = r.optString(f.key);
        out.reset();
        if (!text)
            return;
        QByteArray compact = text->toLatin1();
        compact.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
        const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            RequestJsonReader::failAt(
                r.pathOf(f.key),
                QCoreApplication::translate("SphereRequestCodec", "expected a base64-encoded document"));
        out = DocumentUpload { f.key, decoded.decoded, DocumentInspector::detect(decoded.decoded) };
    }
    static void write(const FieldDescription &f, QJsonObject &o, const M &v, AbsentFields absent)
    {
        if (v)
            o.insert(f.key, QString::fromLatin1(v->content.toBase64()));
        else
            FieldCodecDetail::writeAbsent(f, o, absent);
    }
};

namespace {

constexpr qint64 kIntMin = std::numeric_limits<int>::min();
constexpr qint64 kIntMax = std::numeric_limits<int>::max();

const char *const kBlankLine = QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                                 "This address field is blank; fill it in or leave it out.");

// The list is the new list and element i updates the owner at position i (request owners carry no
// id), so every position is sent, each with only what changed in it; owners added go whole, owners
// removed shorten the list.
void changedUbos(CustomerRequest &out, const CustomerRequest &original, const CustomerRequest &edited)
{
    if (!edited.hasUbos)
        return;
    const FieldTable<UboRequest> &table = fieldTable<UboRequest>();
    bool changed = !original.hasUbos || edited.ubos.size() != original.ubos.size();
    QList<UboRequest> ubos;
    for (qsizetype i = 0; i < edited.ubos.size(); ++i) {
        ubos.append(i < original.ubos.size() ? table.changed(original.ubos.at(i), edited.ubos.at(i))
                                             : edited.ubos.at(i));
        changed = changed || ubos.constLast() != UboRequest();
    }
    if (changed) {
        out.hasUbos = true;
        out.ubos = ubos;
    }
}

} // namespace

template<> const FieldTable<Address> &fieldTable<Address>()
{
    static const FieldTable<Address> table {
        field<&Address::line1>(u"line1"_s).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::line2>(u"line2"_s).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::city>(u"city"_s).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::postalCode>(u"postalCode"_s).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::state>(u"state"_s).reportsCleared().withRule(SubdivisionCode, kBlankLine),
        field<&Address::country>(u"country"_s).reportsCleared().withRule(CountryAlpha3, kBlankLine),
    };
    return table;
}

template<> const FieldTable<Ubo> &fieldTable<Ubo>()
{
    static const FieldTable<Ubo> table { {
                                             field<&Ubo::id>(u"id"_s).requiredField(),
                                             field<&Ubo::requirements>(u"requirements"_s),
                                             field<&Ubo::email>(u"email"_s),
                                             field<&Ubo::firstName>(u"firstName"_s),
                                             field<&Ubo::lastName>(u"lastName"_s),
                                             field<&Ubo::phoneNumber>(u"phoneNumber"_s),
                                             field<&Ubo::address>(u"address"_s),
                                             field<&Ubo::created>(u"created"_s),
                                             field<&Ubo::updated>(u"updated"_s),
                                         },
                                         &Ubo::unknownFields };
    return table;
}

template<> const FieldTable<VerificationLevel> &fieldTable<VerificationLevel>()
{
    static const FieldTable<VerificationLevel> table {
        {
            field<&VerificationLevel::name>(u"name"_s).requiredField(),
            field<&VerificationLevel::status>(u"status"_s).requiredField(),
            field<&VerificationLevel::requirements>(u"requirements"_s),
        },
        &VerificationLevel::unknownFields
    };
    return table;
}

template<> const FieldTable<Customer> &fieldTable<Customer>()
{
    static const FieldTable<Customer> table {
        {
            field<&Customer::id>(u"id"_s).requiredField(),
            field<&Customer::meta>(u"meta"_s),
            field<&Customer::description>(u"description"_s),
            field<&Customer::sourceOfFunds>(u"sourceOfFunds"_s),
            field<&Customer::thirdParty>(u"thirdParty"_s),
            field<&Customer::thirdPartyMessage>(u"thirdPartyMessage"_s),
            field<&Customer::lookupKey>(u"lookupKey"_s),
            field<&Customer::type>(u"type"_s).requiredField(),
            field<&Customer::kyc>(u"kyc"_s).requiredField(),
            field<&Customer::tos>(u"tos"_s),
            field<&Customer::msa>(u"msa"_s),
            field<&Customer::euAccountTos>(u"euAccountTos"_s),
            field<&Customer::operatingResidency>(u"operatingResidency"_s),
            field<&Customer::isProhibitedBusinessType>(u"isProhibitedBusinessType"_s),
            field<&Customer::website>(u"website"_s),
            field<&Customer::additionalReviewRequiredReason>(u"additionalReviewRequiredReason"_s),
            field<&Customer::requirements>(u"requirements"_s),
            field<&Customer::address>(u"address"_s),
            field<&Customer::ubos>(u"ubos"_s),
            field<&Customer::email>(u"email"_s),
            field<&Customer::firstName>(u"firstName"_s),
            field<&Customer::lastName>(u"lastName"_s),
            field<&Customer::phoneNumber>(u"phoneNumber"_s),
            field<&Customer::mock>(u"mock"_s),
            field<&Customer::wallets>(u"wallets"_s),
            field<&Customer::bankAccounts>(u"bankAccounts"_s),
            field<&Customer::achPullUserIntentId>(u"achPullUserIntentId"_s),
            field<&Customer::verificationLevels>(u"verificationLevels"_s),
            field<&Customer::created>(u"created"_s).requiredField(),
            field<&Customer::updated>(u"updated"_s).requiredField(),
        },
        &Customer::unknownFields,
        &Customer::raw
    };
    return table;
}

template<> const FieldTable<Wallet> &fieldTable<Wallet>()
{
    static const FieldTable<Wallet> table { {
                                                field<&Wallet::id>(u"id"_s).requiredField(),
                                                field<&Wallet::address>(u"address"_s),
                                                field<&Wallet::network>(u"network"_s),
                                                field<&Wallet::nickname>(u"nickname"_s),
                                                field<&Wallet::customer>(u"customer"_s),
                                                field<&Wallet::owner>(u"owner"_s),
                                                field<&Wallet::risk>(u"risk"_s),
                                                field<&Wallet::primary>(u"primary"_s),
                                                field<&Wallet::feePayer>(u"feePayer"_s),
                                                field<&Wallet::isSigned>(u"signed"_s),
                                                field<&Wallet::exported>(u"exported"_s),
                                                field<&Wallet::mock>(u"mock"_s),
                                                field<&Wallet::lookupKey>(u"lookupKey"_s),
                                                field<&Wallet::created>(u"created"_s).requiredField(),
                                                field<&Wallet::updated>(u"updated"_s).requiredField(),
                                            },
                                            &Wallet::unknownFields,
                                            &Wallet::raw };
    return table;
}

template<> const FieldTable<BankAccount> &fieldTable<BankAccount>()
{
    static const FieldTable<BankAccount> table {
        {
            field<&BankAccount::id>(u"id"_s).requiredField(),
            field<&BankAccount::status>(u"status"_s),
            field<&BankAccount::customer>(u"customer"_s),
            field<&BankAccount::bankName>(u"bankName"_s),
            field<&BankAccount::accountName>(u"accountName"_s),
            field<&BankAccount::accountHolderName>(u"accountHolderName"_s),
            field<&BankAccount::accountType>(u"accountType"_s),
            field<&BankAccount::currency>(u"currency"_s),
            field<&BankAccount::accountNumber>(u"accountNumber"_s),
            field<&BankAccount::routingNumber>(u"routingNumber"_s),
            field<&BankAccount::last4>(u"last4"_s),
            field<&BankAccount::created>(u"created"_s).requiredField(),
            field<&BankAccount::updated>(u"updated"_s).requiredField(),
        },
        &BankAccount::unknownFields,
        &BankAccount::raw
    };
    return table;
}

template<> const FieldTable<HostedLink> &fieldTable<HostedLink>()
{
    static const FieldTable<HostedLink> table { {
                                                    field<&HostedLink::url>(u"url"_s).requiredField(),
                                                    field<&HostedLink::customer>(u"customer"_s),
                                                    field<&HostedLink::expiresAt>(u"expiresAt"_s),
                                                },
                                                &HostedLink::unknownFields,
                                                &HostedLink::raw };
    return table;
}

// A date is one value: all three parts, whole numbers. Range checks (a real date) belong to the
// validator.
template<> const FieldTable<DateOfBirth> &fieldTable<DateOfBirth>()
{
    static const FieldTable<DateOfBirth> table {
        field<&DateOfBirth::day>(u"day"_s).requiredField().inRange(kIntMin, kIntMax),
        field<&DateOfBirth::month>(u"month"_s).requiredField().inRange(kIntMin, kIntMax),
        field<&DateOfBirth::year>(u"year"_s).requiredField().inRange(kIntMin, kIntMax),
    };
    return table;
}

template<> const FieldTable<UboRequest> &fieldTable<UboRequest>()
{
    static const FieldTable<UboRequest> table {
        field<&UboRequest::firstName>(u"firstName"_s).reportsCleared(),
        field<&UboRequest::lastName>(u"lastName"_s).reportsCleared(),
        field<&UboRequest::dob>(u"dob"_s).sentWhole().withRule(PastDate),
        field<&UboRequest::ssn>(u"ssn"_s).withRule(Ssn),
        field<&UboRequest::business>(u"business"_s).withRule(CustomerId),
        field<&UboRequest::identityDocumentFront>(u"identityDocumentFront"_s).withRule(Document),
        field<&UboRequest::identityDocumentBack>(u"identityDocumentBack"_s).withRule(Document),
        field<&UboRequest::email>(u"email"_s).reportsCleared().withRule(Email),
        field<&UboRequest::phoneNumber>(u"phoneNumber"_s).reportsCleared().withRule(Phone),
        field<&UboRequest::address>(u"address"_s).reportsCleared(),
        field<&UboRequest::actingAsIntermediary>(u"actingAsIntermediary"_s).tagged(UpdateOnly),
        field<&UboRequest::employmentStatus>(u"employmentStatus"_s).tagged(UpdateOnly),
        field<&UboRequest::expectedMonthlyPayments>(u"expectedMonthlyPayments"_s).tagged(UpdateOnly),
        field<&UboRequest::mostRecentOccupation>(u"mostRecentOccupation"_s).tagged(UpdateOnly),
    };
    return table;
}

template<> const FieldTable<CustomerRequest> &fieldTable<CustomerRequest>()
{
    using R = CustomerRequest;
    static const FieldTable<CustomerRequest> table {
        // Common
        field<&R::type>(u"type"_s), // decides which other fields belong: the validator checks it first
        flaggedField<&R::meta, &R::hasMeta>(u"meta"_s),
        field<&R::lookupKey>(u"lookupKey"_s)
            .reportsCleared()
            .withRule(NotBlank,
                      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                        "The lookup key is blank; fill it in or leave it out.")),
        field<&R::email>(u"email"_s).reportsCleared().withRule(Email),
        field<&R::website>(u"website"_s).reportsCleared().withRule(Website),
        field<&R::highVolume>(u"highVolume"_s),
        field<&R::phoneNumber>(u"phoneNumber"_s).reportsCleared().withRule(Phone),
        field<&R::address>(u"address"_s).reportsCleared(),
        field<&R::proofOfAddressDocument>(u"proofOfAddressDocument"_s).withRule(Document),
        // Individual
        field<&R::firstName>(u"firstName"_s)
            .reportsCleared()
            .tagged(IndividualOnly)
            .withRule(NotBlank, QT_TRANSLATE_NOOP("CustomerRequestValidator", "The first name is blank.")),
        field<&R::lastName>(u"lastName"_s)
            .reportsCleared()
            .tagged(IndividualOnly)
            .withRule(NotBlank, QT_TRANSLATE_NOOP("CustomerRequestValidator", "The last name is blank.")),
        field<&R::dob>(u"dob"_s).sentWhole().tagged(IndividualOnly).withRule(PastDate),
        field<&R::ssn>(u"ssn"_s).tagged(IndividualOnly).withRule(Ssn),
        field<&R::identityDocumentFront>(u"identityDocumentFront"_s)
            .tagged(IndividualOnly)
            .withRule(Document),
        field<&R::identityDocumentBack>(u"identityDocumentBack"_s).tagged(IndividualOnly).withRule(Document),
        field<&R::actingAsIntermediary>(u"actingAsIntermediary"_s).tagged(UpdateOnly),
        field<&R::employmentStatus>(u"employmentStatus"_s).tagged(UpdateOnly),
        field<&R::expectedMonthlyPayments>(u"expectedMonthlyPayments"_s).tagged(UpdateOnly),
        field<&R::mostRecentOccupation>(u"mostRecentOccupation"_s).tagged(UpdateOnly),
        // Business
        field<&R::businessType>(u"businessType"_s)
            .tagged(BusinessOnly)
            .withRule(TypeName,
                      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                        "The business type must be \"individual\" or \"business\", "
                                        "not \"%1\".")),
        field<&R::ein>(u"ein"_s).tagged(BusinessOnly).withRule(Ein),
        field<&R::name>(u"name"_s)
            .reportsCleared()
            .tagged(BusinessOnly)
            .withRule(NotBlank, QT_TRANSLATE_NOOP("CustomerRequestValidator", "The legal name is blank.")),
        field<&R::description>(u"description"_s).reportsCleared().tagged(BusinessOnly),
        field<&R::thirdParty>(u"thirdParty"_s).tagged(BusinessOnly),
        field<&R::thirdPartyMessage>(u"thirdPartyMessage"_s).reportsCleared().tagged(BusinessOnly),
        field<&R::tosAccepted>(u"tosAccepted"_s).tagged(BusinessOnly).withRule(AcceptsTerms),
        field<&R::tosDisclaimer>(u"tosDisclaimer"_s).tagged(BusinessOnly),
        flaggedField<&R::ubos, &R::hasUbos>(u"ubos"_s)
            .tagged(BusinessOnly)
            .withRule(Owners)
            .diffedBy(changedUbos),
        field<&R::incorporationDocument>(u"incorporationDocument"_s).tagged(BusinessOnly).withRule(Document),
        field<&R::shareholderDocument>(u"shareholderDocument"_s).tagged(BusinessOnly).withRule(Document),
        field<&R::statementOfFunds>(u"statementOfFunds"_s).tagged(BusinessOnly).withRule(Document),
        field<&R::estimatedAnnualRevenueUsd>(u"estimatedAnnualRevenueUsd"_s)
            .tagged(BusinessOnly)
            .withRule(RevenueBucket),
        field<&R::expectedMonthlyPaymentsUsd>(u"expectedMonthlyPaymentsUsd"_s)
            .tagged(BusinessOnly)
            .withRule(NonNegativeAmount),
        field<&R::operatesInProhibitedCountries>(u"operatesInProhibitedCountries"_s).tagged(BusinessOnly),
        field<&R::highRiskActivities>(u"highRiskActivities"_s)
            .tagged(BusinessOnly)
            .withRule(HighRiskActivities),
        field<&R::sourceOfFundsDescription>(u"sourceOfFundsDescription"_s)
            .reportsCleared()
            .tagged(BusinessOnly)
            .withRule(NotBlank,
                      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                        "The source of funds is blank; describe it or leave it out.")),
        field<&R::transmitsCustomerFunds>(u"transmitsCustomerFunds"_s).tagged(BusinessOnly),
        field<&R::transmitsCustomerFundsDescription>(u"transmitsCustomerFundsDescription"_s)
            .tagged(BusinessOnly),
    };
    return table;
}
