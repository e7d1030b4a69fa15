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
        field<&Address::line1>(u"line1"_s, Optional).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::line2>(u"line2"_s, Optional).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::city>(u"city"_s, Optional).reportsCleared().withRule(NotBlank, kBlankLine),
        field<&Address::postalCode>(u"postalCode"_s, Optional)
            .reportsCleared()
            .withRule(NotBlank, kBlankLine),
        field<&Address::state>(u"state"_s, Optional).reportsCleared().withRule(SubdivisionCode, kBlankLine),
        field<&Address::country>(u"country"_s, Optional).reportsCleared().withRule(CountryAlpha3, kBlankLine),
    };
    return table;
}

template<> const FieldTable<Ubo> &fieldTable<Ubo>()
{
    static const FieldTable<Ubo> table {
        field<&Ubo::id>(u"id"_s, Required),
        field<&Ubo::requirements>(u"requirements"_s, Optional),
        field<&Ubo::email>(u"email"_s, Optional),
        field<&Ubo::firstName>(u"firstName"_s, Optional),
        field<&Ubo::lastName>(u"lastName"_s, Optional),
        field<&Ubo::phoneNumber>(u"phoneNumber"_s, Optional),
        field<&Ubo::address>(u"address"_s, Optional),
        field<&Ubo::created>(u"created"_s, Optional),
        field<&Ubo::updated>(u"updated"_s, Optional),
    };
    return table;
}

template<> const FieldTable<VerificationLevel> &fieldTable<VerificationLevel>()
{
    static const FieldTable<VerificationLevel> table {
        field<&VerificationLevel::name>(u"name"_s, Required),
        field<&VerificationLevel::status>(u"status"_s, Required),
        field<&VerificationLevel::requirements>(u"requirements"_s, Optional),
    };
    return table;
}

template<> const FieldTable<Customer> &fieldTable<Customer>()
{
    static const FieldTable<Customer> table {
        field<&Customer::id>(u"id"_s, Required),
        field<&Customer::meta>(u"meta"_s, Optional),
        field<&Customer::description>(u"description"_s, Optional),
        field<&Customer::sourceOfFunds>(u"sourceOfFunds"_s, Optional),
        field<&Customer::thirdParty>(u"thirdParty"_s, Optional),
        field<&Customer::thirdPartyMessage>(u"thirdPartyMessage"_s, Optional),
        field<&Customer::lookupKey>(u"lookupKey"_s, Optional),
        field<&Customer::type>(u"type"_s, Required),
        field<&Customer::kyc>(u"kyc"_s, Required),
        field<&Customer::tos>(u"tos"_s, Optional),
        field<&Customer::msa>(u"msa"_s, Optional),
        field<&Customer::euAccountTos>(u"euAccountTos"_s, Optional),
        field<&Customer::operatingResidency>(u"operatingResidency"_s, Optional),
        field<&Customer::isProhibitedBusinessType>(u"isProhibitedBusinessType"_s, Optional),
        field<&Customer::website>(u"website"_s, Optional),
        field<&Customer::additionalReviewRequiredReason>(u"additionalReviewRequiredReason"_s, Optional),
        field<&Customer::requirements>(u"requirements"_s, Optional),
        field<&Customer::address>(u"address"_s, Optional),
        field<&Customer::ubos>(u"ubos"_s, Optional),
        field<&Customer::email>(u"email"_s, Optional),
        field<&Customer::firstName>(u"firstName"_s, Optional),
        field<&Customer::lastName>(u"lastName"_s, Optional),
        field<&Customer::phoneNumber>(u"phoneNumber"_s, Optional),
        field<&Customer::mock>(u"mock"_s, Optional),
        field<&Customer::wallets>(u"wallets"_s, Optional),
        field<&Customer::bankAccounts>(u"bankAccounts"_s, Optional),
        field<&Customer::achPullUserIntentId>(u"achPullUserIntentId"_s, Optional),
        field<&Customer::verificationLevels>(u"verificationLevels"_s, Optional),
        field<&Customer::created>(u"created"_s, Required),
        field<&Customer::updated>(u"updated"_s, Required),
    };
    return table;
}

template<> const FieldTable<Wallet> &fieldTable<Wallet>()
{
    static const FieldTable<Wallet> table {
        field<&Wallet::id>(u"id"_s, Required),
        field<&Wallet::address>(u"address"_s, Optional),
        field<&Wallet::network>(u"network"_s, Optional),
        field<&Wallet::nickname>(u"nickname"_s, Optional),
        field<&Wallet::customer>(u"customer"_s, Optional),
        field<&Wallet::owner>(u"owner"_s, Optional),
        field<&Wallet::risk>(u"risk"_s, Optional),
        field<&Wallet::primary>(u"primary"_s, Optional),
        field<&Wallet::feePayer>(u"feePayer"_s, Optional),
        field<&Wallet::isSigned>(u"signed"_s, Optional),
        field<&Wallet::exported>(u"exported"_s, Optional),
        field<&Wallet::mock>(u"mock"_s, Optional),
        field<&Wallet::lookupKey>(u"lookupKey"_s, Optional),
        field<&Wallet::created>(u"created"_s, Required),
        field<&Wallet::updated>(u"updated"_s, Required),
    };
    return table;
}

template<> const FieldTable<BankAccount> &fieldTable<BankAccount>()
{
    static const FieldTable<BankAccount> table {
        field<&BankAccount::id>(u"id"_s, Required),
        field<&BankAccount::status>(u"status"_s, Optional),
        field<&BankAccount::customer>(u"customer"_s, Optional),
        field<&BankAccount::bankName>(u"bankName"_s, Optional),
        field<&BankAccount::accountName>(u"accountName"_s, Optional),
        field<&BankAccount::accountHolderName>(u"accountHolderName"_s, Optional),
        field<&BankAccount::accountType>(u"accountType"_s, Optional),
        field<&BankAccount::currency>(u"currency"_s, Optional),
        field<&BankAccount::accountNumber>(u"accountNumber"_s, Optional),
        field<&BankAccount::routingNumber>(u"routingNumber"_s, Optional),
        field<&BankAccount::last4>(u"last4"_s, Optional),
        field<&BankAccount::created>(u"created"_s, Required),
        field<&BankAccount::updated>(u"updated"_s, Required),
    };
    return table;
}

template<> const FieldTable<HostedLink> &fieldTable<HostedLink>()
{
    static const FieldTable<HostedLink> table {
        field<&HostedLink::url>(u"url"_s, Required),
        field<&HostedLink::customer>(u"customer"_s, Optional),
        field<&HostedLink::expiresAt>(u"expiresAt"_s, Optional),
    };
    return table;
}

// A date is one value: all three parts, whole numbers. Range checks (a real date) belong to the
// validator.
template<> const FieldTable<DateOfBirth> &fieldTable<DateOfBirth>()
{
    static const FieldTable<DateOfBirth> table {
        field<&DateOfBirth::day>(u"day"_s, Required).inRange(kIntMin, kIntMax),
        field<&DateOfBirth::month>(u"month"_s, Required).inRange(kIntMin, kIntMax),
        field<&DateOfBirth::year>(u"year"_s, Required).inRange(kIntMin, kIntMax),
    };
    return table;
}

template<> const FieldTable<UboRequest> &fieldTable<UboRequest>()
{
    static const FieldTable<UboRequest> table {
        field<&UboRequest::firstName>(u"firstName"_s, Optional).reportsCleared(),
        field<&UboRequest::lastName>(u"lastName"_s, Optional).reportsCleared(),
        field<&UboRequest::dob>(u"dob"_s, Optional).sentWhole().withRule(PastDate),
        field<&UboRequest::ssn>(u"ssn"_s, Optional).withRule(Ssn),
        field<&UboRequest::business>(u"business"_s, Optional).withRule(CustomerId),
        field<&UboRequest::identityDocumentFront>(u"identityDocumentFront"_s, Optional).withRule(Document),
        field<&UboRequest::identityDocumentBack>(u"identityDocumentBack"_s, Optional).withRule(Document),
        field<&UboRequest::email>(u"email"_s, Optional).reportsCleared().withRule(Email),
        field<&UboRequest::phoneNumber>(u"phoneNumber"_s, Optional).reportsCleared().withRule(Phone),
        field<&UboRequest::address>(u"address"_s, Optional).reportsCleared(),
        field<&UboRequest::actingAsIntermediary>(u"actingAsIntermediary"_s, Optional).tagged(UpdateOnly),
        field<&UboRequest::employmentStatus>(u"employmentStatus"_s, Optional).tagged(UpdateOnly),
        field<&UboRequest::expectedMonthlyPayments>(u"expectedMonthlyPayments"_s, Optional)
            .tagged(UpdateOnly),
        field<&UboRequest::mostRecentOccupation>(u"mostRecentOccupation"_s, Optional).tagged(UpdateOnly),
    };
    return table;
}

template<> const FieldTable<CustomerRequest> &fieldTable<CustomerRequest>()
{
    using R = CustomerRequest;
    static const FieldTable<R> table {
        // Common
        // The type decides which other fields belong: the validator checks it first.
        field<&R::type>(u"type"_s, Optional),
        flaggedField<&R::meta, &R::hasMeta>(u"meta"_s, Optional),
        field<&R::lookupKey>(u"lookupKey"_s, Optional)
            .reportsCleared()
            .withRule(NotBlank,
                      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                        "The lookup key is blank; fill it in or leave it out.")),
        field<&R::email>(u"email"_s, Optional).reportsCleared().withRule(Email),
        field<&R::website>(u"website"_s, Optional).reportsCleared().withRule(Website),
        field<&R::highVolume>(u"highVolume"_s, Optional),
        field<&R::phoneNumber>(u"phoneNumber"_s, Optional).reportsCleared().withRule(Phone),
        field<&R::address>(u"address"_s, Optional).reportsCleared(),
        field<&R::proofOfAddressDocument>(u"proofOfAddressDocument"_s, Optional).withRule(Document),
        // Individual
        field<&R::firstName>(u"firstName"_s, Optional)
            .reportsCleared()
            .tagged(IndividualOnly)
            .withRule(NotBlank, QT_TRANSLATE_NOOP("CustomerRequestValidator", "The first name is blank.")),
        field<&R::lastName>(u"lastName"_s, Optional)
            .reportsCleared()
            .tagged(IndividualOnly)
            .withRule(NotBlank, QT_TRANSLATE_NOOP("CustomerRequestValidator", "The last name is blank.")),
        field<&R::dob>(u"dob"_s, Optional).sentWhole().tagged(IndividualOnly).withRule(PastDate),
        field<&R::ssn>(u"ssn"_s, Optional).tagged(IndividualOnly).withRule(Ssn),
        field<&R::identityDocumentFront>(u"identityDocumentFront"_s, Optional)
            .tagged(IndividualOnly)
            .withRule(Document),
        field<&R::identityDocumentBack>(u"identityDocumentBack"_s, Optional)
            .tagged(IndividualOnly)
            .withRule(Document),
        field<&R::actingAsIntermediary>(u"actingAsIntermediary"_s, Optional).tagged(UpdateOnly),
        field<&R::employmentStatus>(u"employmentStatus"_s, Optional).tagged(UpdateOnly),
        field<&R::expectedMonthlyPayments>(u"expectedMonthlyPayments"_s, Optional).tagged(UpdateOnly),
        field<&R::mostRecentOccupation>(u"mostRecentOccupation"_s, Optional).tagged(UpdateOnly),
        // Business
        field<&R::businessType>(u"businessType"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(TypeName,
                      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                        "The business type must be \"individual\" or \"business\", "
                                        "not \"%1\".")),
        field<&R::ein>(u"ein"_s, Optional).tagged(BusinessOnly).withRule(Ein),
        field<&R::name>(u"name"_s, Optional)
            .reportsCleared()
            .tagged(BusinessOnly)
            .withRule(NotBlank, QT_TRANSLATE_NOOP("CustomerRequestValidator", "The legal name is blank.")),
        field<&R::description>(u"description"_s, Optional).reportsCleared().tagged(BusinessOnly),
        field<&R::thirdParty>(u"thirdParty"_s, Optional).tagged(BusinessOnly),
        field<&R::thirdPartyMessage>(u"thirdPartyMessage"_s, Optional).reportsCleared().tagged(BusinessOnly),
        field<&R::tosAccepted>(u"tosAccepted"_s, Optional).tagged(BusinessOnly).withRule(AcceptsTerms),
        field<&R::tosDisclaimer>(u"tosDisclaimer"_s, Optional).tagged(BusinessOnly),
        flaggedField<&R::ubos, &R::hasUbos>(u"ubos"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(Owners)
            .diffedBy(changedUbos),
        field<&R::incorporationDocument>(u"incorporationDocument"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(Document),
        field<&R::shareholderDocument>(u"shareholderDocument"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(Document),
        field<&R::statementOfFunds>(u"statementOfFunds"_s, Optional).tagged(BusinessOnly).withRule(Document),
        field<&R::estimatedAnnualRevenueUsd>(u"estimatedAnnualRevenueUsd"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(RevenueBucket),
        field<&R::expectedMonthlyPaymentsUsd>(u"expectedMonthlyPaymentsUsd"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(NonNegativeAmount),
        field<&R::operatesInProhibitedCountries>(u"operatesInProhibitedCountries"_s, Optional)
            .tagged(BusinessOnly),
        field<&R::highRiskActivities>(u"highRiskActivities"_s, Optional)
            .tagged(BusinessOnly)
            .withRule(HighRiskActivities),
        field<&R::sourceOfFundsDescription>(u"sourceOfFundsDescription"_s, Optional)
            .reportsCleared()
            .tagged(BusinessOnly)
            .withRule(NotBlank,
                      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                                        "The source of funds is blank; describe it or leave it out.")),
        field<&R::transmitsCustomerFunds>(u"transmitsCustomerFunds"_s, Optional).tagged(BusinessOnly),
        field<&R::transmitsCustomerFundsDescription>(u"transmitsCustomerFundsDescription"_s, Optional)
            .tagged(BusinessOnly),
    };
    return table;
}
