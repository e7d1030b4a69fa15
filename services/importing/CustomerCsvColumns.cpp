#include "CustomerCsvColumns.h"

namespace CustomerCsvColumns {

const QList<Column> &columnTable()
{
    using K = Column::Kind;
    using R = CustomerRequest;
    static const QList<Column> table {
        { u"type", K::Text, &R::type },
        { u"lookupKey", K::Text, &R::lookupKey },
        { u"email", K::Text, &R::email },
        { u"website", K::Text, &R::website },
        { u"highVolume", K::Flag, nullptr, &R::highVolume },
        { u"phoneNumber", K::Text, &R::phoneNumber },
        { u"address.line1", K::AddressPart, nullptr, nullptr, nullptr, &Address::line1 },
        { u"address.line2", K::AddressPart, nullptr, nullptr, nullptr, &Address::line2 },
        { u"address.city", K::AddressPart, nullptr, nullptr, nullptr, &Address::city },
        { u"address.postalCode", K::AddressPart, nullptr, nullptr, nullptr, &Address::postalCode },
        { u"address.state", K::AddressPart, nullptr, nullptr, nullptr, &Address::state },
        { u"address.country", K::AddressPart, nullptr, nullptr, nullptr, &Address::country },
        { u"proofOfAddressDocument", K::Document, nullptr, nullptr, &R::proofOfAddressDocument },
        { u"firstName", K::Text, &R::firstName },
        { u"lastName", K::Text, &R::lastName },
        { u"dob", K::Date },
        { u"ssn", K::Text, &R::ssn },
        { u"identityDocumentFront", K::Document, nullptr, nullptr, &R::identityDocumentFront },
        { u"identityDocumentBack", K::Document, nullptr, nullptr, &R::identityDocumentBack },
        { u"businessType", K::Text, &R::businessType },
        { u"ein", K::Text, &R::ein },
        { u"name", K::Text, &R::name },
        { u"description", K::Text, &R::description },
        { u"thirdParty", K::Flag, nullptr, &R::thirdParty },
        { u"thirdPartyMessage", K::Text, &R::thirdPartyMessage },
        { u"tosAccepted", K::Flag, nullptr, &R::tosAccepted },
        { u"tosDisclaimer", K::Text, &R::tosDisclaimer },
        { u"incorporationDocument", K::Document, nullptr, nullptr, &R::incorporationDocument },
        { u"shareholderDocument", K::Document, nullptr, nullptr, &R::shareholderDocument },
        { u"statementOfFunds", K::Document, nullptr, nullptr, &R::statementOfFunds },
        { u"estimatedAnnualRevenueUsd", K::Text, &R::estimatedAnnualRevenueUsd },
        { u"expectedMonthlyPaymentsUsd", K::Number },
        { u"operatesInProhibitedCountries", K::Flag, nullptr, &R::operatesInProhibitedCountries },
        { u"highRiskActivities", K::List },
        { u"sourceOfFundsDescription", K::Text, &R::sourceOfFundsDescription },
        { u"transmitsCustomerFunds", K::Flag, nullptr, &R::transmitsCustomerFunds },
        { u"transmitsCustomerFundsDescription", K::Text, &R::transmitsCustomerFundsDescription },
    };
    return table;
}

const QList<UboColumn> &uboColumnTable()
{
    using K = UboColumn::Kind;
    using U = UboRequest;
    static const QList<UboColumn> table {
        { u"firstName", K::Text, &U::firstName },
        { u"lastName", K::Text, &U::lastName },
        { u"dob", K::Date },
        { u"ssn", K::Text, &U::ssn },
        { u"identityDocumentFront", K::Document, nullptr, &U::identityDocumentFront },
        { u"identityDocumentBack", K::Document, nullptr, &U::identityDocumentBack },
        { u"email", K::Text, &U::email },
        { u"phoneNumber", K::Text, &U::phoneNumber },
        { u"address.line1", K::AddressPart, nullptr, nullptr, &Address::line1 },
        { u"address.line2", K::AddressPart, nullptr, nullptr, &Address::line2 },
        { u"address.city", K::AddressPart, nullptr, nullptr, &Address::city },
        { u"address.postalCode", K::AddressPart, nullptr, nullptr, &Address::postalCode },
        { u"address.state", K::AddressPart, nullptr, nullptr, &Address::state },
        { u"address.country", K::AddressPart, nullptr, nullptr, &Address::country },
    };
    return table;
}

} // namespace CustomerCsvColumns
