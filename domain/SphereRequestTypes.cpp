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
