#include "SphereRequestTypes.h"

using namespace Qt::Literals::StringLiterals;

bool UboRequest::operator==(const UboRequest &o) const
{
    return firstName == o.firstName && lastName == o.lastName && dob == o.dob && ssn == o.ssn
        && business == o.business && identityDocumentFront == o.identityDocumentFront
        && identityDocumentBack == o.identityDocumentBack && email == o.email && phoneNumber == o.phoneNumber
        && address == o.address && actingAsIntermediary == o.actingAsIntermediary
        && employmentStatus == o.employmentStatus && expectedMonthlyPayments == o.expectedMonthlyPayments
        && mostRecentOccupation == o.mostRecentOccupation;
}

bool CustomerRequest::operator==(const CustomerRequest &o) const
{
    // meta and ubos only count when present: an absent list and an empty one left behind by an
    // edit are both "not sent".
    const bool sameMeta = hasMeta == o.hasMeta && (!hasMeta || meta == o.meta);
    const bool sameUbos = hasUbos == o.hasUbos && (!hasUbos || ubos == o.ubos);
    return type == o.type && sameMeta && lookupKey == o.lookupKey && email == o.email && website == o.website
        && highVolume == o.highVolume && phoneNumber == o.phoneNumber && address == o.address
        && proofOfAddressDocument == o.proofOfAddressDocument && firstName == o.firstName
        && lastName == o.lastName && dob == o.dob && ssn == o.ssn
        && identityDocumentFront == o.identityDocumentFront && identityDocumentBack == o.identityDocumentBack
        && actingAsIntermediary == o.actingAsIntermediary && employmentStatus == o.employmentStatus
        && expectedMonthlyPayments == o.expectedMonthlyPayments
        && mostRecentOccupation == o.mostRecentOccupation && businessType == o.businessType && ein == o.ein
        && name == o.name && description == o.description && thirdParty == o.thirdParty
        && thirdPartyMessage == o.thirdPartyMessage && tosAccepted == o.tosAccepted
        && tosDisclaimer == o.tosDisclaimer && sameUbos && incorporationDocument == o.incorporationDocument
        && shareholderDocument == o.shareholderDocument && statementOfFunds == o.statementOfFunds
        && estimatedAnnualRevenueUsd == o.estimatedAnnualRevenueUsd
        && expectedMonthlyPaymentsUsd == o.expectedMonthlyPaymentsUsd
        && operatesInProhibitedCountries == o.operatesInProhibitedCountries
        && highRiskActivities == o.highRiskActivities
        && sourceOfFundsDescription == o.sourceOfFundsDescription
        && transmitsCustomerFunds == o.transmitsCustomerFunds
        && transmitsCustomerFundsDescription == o.transmitsCustomerFundsDescription;
}

QStringList sphereRevenueBuckets()
{
    return { u"_0_99999"_s,           u"_100000_999999"_s,      u"_1000000_9999999"_s,
             u"_10000000_49999999"_s, u"_50000000_249999999"_s, u"_250000000_plus"_s };
}

QStringList sphereHighRiskActivities()
{
    return {
        u"none_of_the_above"_s,
        u"adult_entertainment"_s,
        u"gambling"_s,
        u"hold_client_funds"_s,
        u"investment_activities"_s,
        u"lending_banking"_s,
        u"marijuana_or_related_services"_s,
        u"money_services"_s,
        u"operate_foreign_exchange_virtual_currencies_brokerage_otc"_s,
        u"safe_deposit_box_rentals"_s,
        u"third_party_payment_processing"_s,
        u"weapons_firearms_and_explosives"_s,
    };
}

const QStringList &sphereRequestKeys()
{
    static const QStringList keys {
        u"type"_s,
        u"meta"_s,
        u"lookupKey"_s,
        u"email"_s,
        u"website"_s,
        u"highVolume"_s,
        u"phoneNumber"_s,
        u"address"_s,
        u"proofOfAddressDocument"_s,
        u"firstName"_s,
        u"lastName"_s,
        u"dob"_s,
        u"ssn"_s,
        u"identityDocumentFront"_s,
        u"identityDocumentBack"_s,
        u"actingAsIntermediary"_s,
        u"employmentStatus"_s,
        u"expectedMonthlyPayments"_s,
        u"mostRecentOccupation"_s,
        u"businessType"_s,
        u"ein"_s,
        u"name"_s,
        u"description"_s,
        u"thirdParty"_s,
        u"thirdPartyMessage"_s,
        u"tosAccepted"_s,
        u"tosDisclaimer"_s,
        u"ubos"_s,
        u"incorporationDocument"_s,
        u"shareholderDocument"_s,
        u"statementOfFunds"_s,
        u"estimatedAnnualRevenueUsd"_s,
        u"expectedMonthlyPaymentsUsd"_s,
        u"operatesInProhibitedCountries"_s,
        u"highRiskActivities"_s,
        u"sourceOfFundsDescription"_s,
        u"transmitsCustomerFunds"_s,
        u"transmitsCustomerFundsDescription"_s,
    };
    return keys;
}

const QStringList &sphereUboRequestKeys()
{
    static const QStringList keys {
        u"firstName"_s,
        u"lastName"_s,
        u"dob"_s,
        u"ssn"_s,
        u"business"_s,
        u"identityDocumentFront"_s,
        u"identityDocumentBack"_s,
        u"email"_s,
        u"phoneNumber"_s,
        u"address"_s,
        u"actingAsIntermediary"_s,
        u"employmentStatus"_s,
        u"expectedMonthlyPayments"_s,
        u"mostRecentOccupation"_s,
    };
    return keys;
}

const QStringList &sphereAddressKeys()
{
    static const QStringList keys { u"line1"_s,      u"line2"_s, u"city"_s,
                                    u"postalCode"_s, u"state"_s, u"country"_s };
    return keys;
}

const QStringList &sphereDobKeys()
{
    static const QStringList keys { u"day"_s, u"month"_s, u"year"_s };
    return keys;
}
