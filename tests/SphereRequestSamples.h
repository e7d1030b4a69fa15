#pragma once

// Complete Sphere create requests shared by the request tests: every create field set, with small
// but real-looking documents (the magic bytes DocumentInspector checks, then distinct filler so a
// mix-up between two documents shows).

#include "SphereRequestTypes.h"

#include <QJsonObject>

namespace SphereRequestSamples {

using namespace Qt::Literals::StringLiterals;

inline QByteArray filler(const char *tag, int size)
{
    QByteArray out;
    while (out.size() < size)
        out += QByteArray(tag) + QByteArray::number(out.size()) + '\0' + char(out.size() % 251);
    out.truncate(size);
    return out;
}

inline DocumentUpload png(const char *tag, int size = 3000)
{
    return { QString::fromLatin1(tag) + u".png"_s,
             QByteArray("\x89PNG\r\n\x1a\n", 8) + filler(tag, size),
             {} };
}

inline DocumentUpload pdf(const char *tag, int size = 5000)
{
    return { QString::fromLatin1(tag) + u".pdf"_s, "%PDF-1.7\n" + filler(tag, size) + "\n%%EOF\n", {} };
}

inline DocumentUpload jpeg(const char *tag, int size = 4000)
{
    return { QString::fromLatin1(tag) + u".jpg"_s,
             QByteArray("\xFF\xD8\xFF\xE0", 4) + filler(tag, size),
             {} };
}

inline Address address(const QString &line1, const QString &city, const QString &state,
                       const QString &country)
{
    Address a;
    a.line1 = line1;
    a.line2 = u"Suite 5"_s;
    a.city = city;
    a.postalCode = u"94107"_s;
    a.state = state;
    a.country = country;
    return a;
}

// `tag` keeps emails and lookup keys unique across tests that share one sandbox.
inline CustomerRequest individual(const QString &tag = u"ind"_s)
{
    CustomerRequest r;
    r.type = u"individual"_s;
    r.hasMeta = true;
    r.meta = QJsonObject { { u"crm"_s, u"A-1"_s }, { u"desk"_s, u"kyc"_s } };
    r.lookupKey = u"lk-"_s + tag;
    r.email = u"jane."_s + tag + u"@example.com"_s;
    r.website = u"https://jane.example.com"_s;
    r.highVolume = false;
    r.phoneNumber = u"+14155550123"_s;
    r.address = address(u"1 Market St"_s, u"San Francisco"_s, u"CA"_s, u"USA"_s);
    r.proofOfAddressDocument = pdf("proof");
    r.firstName = u"Jane"_s;
    r.lastName = u"Roe"_s;
    r.dob = DateOfBirth { 23, 3, 1990 };
    r.ssn = u"111-22-3333"_s;
    r.identityDocumentFront = png("front");
    r.identityDocumentBack = jpeg("back");
    return r;
}

inline UboRequest ubo(const QString &first, const QString &last, const char *tag)
{
    UboRequest u;
    u.firstName = first;
    u.lastName = last;
    u.dob = DateOfBirth { 2, 11, 1975 };
    u.ssn = u"123456789"_s;
    u.identityDocumentFront = png(tag);
    u.identityDocumentBack = jpeg(tag, 2500);
    u.email = first.toLower() + u"@acme.example"_s;
    u.phoneNumber = u"+442071234567"_s;
    u.address = address(u"10 Downing St"_s, u"London"_s, u"LND"_s, u"GBR"_s);
    return u;
}

inline CustomerRequest business(const QString &tag = u"biz"_s)
{
    CustomerRequest r;
    r.type = u"business"_s;
    r.hasMeta = true;
    r.meta = QJsonObject { { u"segment"_s, u"smb"_s } };
    r.lookupKey = u"lk-"_s + tag;
    r.email = u"ops."_s + tag + u"@acme.example"_s;
    r.website = u"https://acme.example"_s;
    r.highVolume = true;
    r.phoneNumber = u"+14155550999"_s;
    r.address = address(u"500 Howard St"_s, u"San Francisco"_s, u"CA"_s, u"USA"_s);
    r.proofOfAddressDocument = pdf("bizproof");
    r.businessType = u"business"_s;
    r.ein = u"12-3456789"_s;
    r.name = u"Acme Widgets LLC"_s;
    r.description = u"Widgets and gadgets"_s;
    r.thirdParty = true;
    r.thirdPartyMessage = u"On behalf of Acme Holdings"_s;
    r.tosAccepted = true;
    r.tosDisclaimer = QString::fromUtf16(kSphereTosDisclaimer);
    r.hasUbos = true;
    r.ubos = { ubo(u"Ann"_s, u"Owner"_s, "ubo0"), ubo(u"Bob"_s, u"Partner"_s, "ubo1") };
    r.incorporationDocument = pdf("incorporation", 7000);
    r.shareholderDocument = pdf("shareholders", 6000);
    r.statementOfFunds = jpeg("funds", 3500);
    r.estimatedAnnualRevenueUsd = u"_1000000_9999999"_s;
    r.expectedMonthlyPaymentsUsd = 25000.5;
    r.operatesInProhibitedCountries = false;
    r.highRiskActivities = QStringList { u"gambling"_s, u"lending_banking"_s };
    r.sourceOfFundsDescription = u"Retained earnings"_s;
    r.transmitsCustomerFunds = true;
    r.transmitsCustomerFundsDescription = u"Payouts to suppliers"_s;
    return r;
}

} // namespace SphereRequestSamples
