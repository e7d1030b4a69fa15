#pragma once

// Sphere's create (POST /v1/customer) and update (POST /v1/customer/:id) request bodies as typed
// values: every request field documented in shared/vendor-docs/sphere-customers.txt. Every field
// is optional, because an update sends only what the analyst changed and a create sends only what
// was filled in; "absent" is std::nullopt (an empty QList/QJsonObject for ubos/meta with the
// matching has* flag). Documents carry their raw bytes; base64 happens when the body is encoded
// (SphereRequestCodec, called off the UI thread by CustomerSubmitJob).

#include "DocumentInspector.h"
#include "SphereTypes.h"

#include <optional>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct DateOfBirth
{
    int day = 0;
    int month = 0;
    int year = 0;

    bool operator==(const DateOfBirth &o) const { return day == o.day && month == o.month && year == o.year; }
    bool operator!=(const DateOfBirth &o) const { return !(*this == o); }
};

// One base64 document field: the file's bytes and what they were found to be. `fileName` is for
// people (never sent). The bytes become base64 once, when the request body is encoded for sending
// (CustomerSubmitJob, on the thread pool), so nothing here holds a second, encoded copy.
struct DocumentUpload
{
    QString fileName;
    QByteArray content;
    DocumentInspector::Type type = DocumentInspector::Type::Unknown; // from the first bytes

    bool operator==(const DocumentUpload &o) const { return content == o.content; }
    bool operator!=(const DocumentUpload &o) const { return !(*this == o); }
};

// The documented UBO fields (names, dob, SSN, business id, identity documents), plus email,
// phoneNumber and address which the UBO object carries, and the update-only questionnaire.
struct UboRequest
{
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<DateOfBirth> dob;
    std::optional<QString> ssn;
    std::optional<QString> business; // id of the business customer; filled by the vendor if absent
    std::optional<DocumentUpload> identityDocumentFront;
    std::optional<DocumentUpload> identityDocumentBack;
    std::optional<QString> email;
    std::optional<QString> phoneNumber;
    std::optional<Address> address;
    // Update-only (documented under ubos[] of POST /v1/customer/:id).
    std::optional<bool> actingAsIntermediary;
    std::optional<QString> employmentStatus;
    std::optional<QString> expectedMonthlyPayments;
    std::optional<QString> mostRecentOccupation;

    bool operator==(const UboRequest &o) const;
    bool operator!=(const UboRequest &o) const { return !(*this == o); }
};

struct CustomerRequest
{
    // Common
    std::optional<QString> type; // "individual" | "business"; required on create
    bool hasMeta = false;
    QJsonObject meta;
    std::optional<QString> lookupKey;
    std::optional<QString> email;
    std::optional<QString> website;
    std::optional<bool> highVolume;
    std::optional<QString> phoneNumber; // E.164
    std::optional<Address> address; // country ISO 3166-1 alpha-3, state ISO 3166-2 subdivision
    std::optional<DocumentUpload> proofOfAddressDocument;

    // Individual
    std::optional<QString> firstName;
    std::optional<QString> lastName;
    std::optional<DateOfBirth> dob;
    std::optional<QString> ssn;
    std::optional<DocumentUpload> identityDocumentFront;
    std::optional<DocumentUpload> identityDocumentBack;
    // Individual, update-only
    std::optional<bool> actingAsIntermediary;
    std::optional<QString> employmentStatus;
    std::optional<QString> expectedMonthlyPayments;
    std::optional<QString> mostRecentOccupation;

    // Business
    std::optional<QString> businessType; // documented values: individual, business
    std::optional<QString> ein;
    std::optional<QString> name; // legal name
    std::optional<QString> description;
    std::optional<bool> thirdParty;
    std::optional<QString> thirdPartyMessage;
    std::optional<bool> tosAccepted;
    std::optional<QString> tosDisclaimer; // must be exactly kSphereTosDisclaimer
    bool hasUbos = false;
    QList<UboRequest> ubos;
    std::optional<DocumentUpload> incorporationDocument;
    std::optional<DocumentUpload> shareholderDocument;
    std::optional<DocumentUpload> statementOfFunds;
    std::optional<QString> estimatedAnnualRevenueUsd; // one of kSphereRevenueBuckets
    std::optional<double> expectedMonthlyPaymentsUsd;
    std::optional<bool> operatesInProhibitedCountries;
    std::optional<QStringList> highRiskActivities; // values of kSphereHighRiskActivities
    std::optional<QString> sourceOfFundsDescription;
    std::optional<bool> transmitsCustomerFunds;
    std::optional<QString> transmitsCustomerFundsDescription;

    bool isBusiness() const { return type && *type == QLatin1String("business"); }
    bool operator==(const CustomerRequest &o) const;
    bool operator!=(const CustomerRequest &o) const { return !(*this == o); }
};

// The exact disclaimer text the vendor requires with tosAccepted (documented).
inline constexpr const char16_t *kSphereTosDisclaimer
    = u"By submitting this request, I hereby declare that the "
      u"created customer has read and accepted Sphere Terms of "
      u"Service.";
QStringList sphereRevenueBuckets(); // _0_99999 … _250000000_plus, documented order
QStringList sphereHighRiskActivities(); // documented order
