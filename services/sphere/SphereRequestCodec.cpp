#include "SphereRequestCodec.h"

#include "RequestJsonReader.h"

#include <algorithm>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sphere"_s;
const char *const kContext = "SphereRequestCodec";

using Nulls = RequestJsonReader::NullPolicy;

std::optional<Address> readAddress(RequestJsonReader &parent, QStringView key)
{
    auto reader = parent.optObject(key, sphereAddressKeys());
    if (!reader)
        return std::nullopt;
    Address a;
    a.line1 = reader->optString(u"line1");
    a.line2 = reader->optString(u"line2");
    a.city = reader->optString(u"city");
    a.postalCode = reader->optString(u"postalCode");
    a.state = reader->optString(u"state");
    a.country = reader->optString(u"country");
    return a;
}

std::optional<DateOfBirth> readDob(RequestJsonReader &parent, QStringView key)
{
    auto reader = parent.optObject(key, sphereDobKeys());
    if (!reader)
        return std::nullopt;
    DateOfBirth dob;
    // A date is one value: all three parts, whole numbers. Range checks (a real date) belong to
    // the validator.
    auto part = [&reader](QStringView name) {
        if (!reader->has(name))
            RequestJsonReader::failAt(reader->pathOf(name),
                                      QCoreApplication::translate(kContext, "missing number"));
        return int(*reader->optInteger(name, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
    };
    dob.day = part(u"day");
    dob.month = part(u"month");
    dob.year = part(u"year");
    return dob;
}

std::optional<DocumentUpload> readDocument(RequestJsonReader &reader, QStringView key)
{
    const auto text = reader.optString(key);
    if (!text)
        return std::nullopt;
    // Line-wrapped base64 (what `base64` prints) is fine; anything else that is not base64 is not
    // (a non-Latin-1 character becomes '?', which is not base64 either).
    QByteArray compact = text->toLatin1();
    compact.replace('\n', QByteArray()).replace('\r', QByteArray()).replace(' ', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        RequestJsonReader::failAt(
            reader.pathOf(key), QCoreApplication::translate(kContext, "expected a base64-encoded document"));
    DocumentUpload doc;
    doc.fileName = key.toString();
    doc.content = decoded.decoded;
    doc.type = DocumentInspector::detect(doc.content);
    return doc;
}

UboRequest readUbo(const QJsonValue &json, const QString &path, Nulls nulls)
{
    RequestJsonReader r(json, path, sphereUboRequestKeys(), nulls);
    UboRequest u;
    u.firstName = r.optString(u"firstName");
    u.lastName = r.optString(u"lastName");
    u.dob = readDob(r, u"dob");
    u.ssn = r.optString(u"ssn");
    u.business = r.optString(u"business");
    u.identityDocumentFront = readDocument(r, u"identityDocumentFront");
    u.identityDocumentBack = readDocument(r, u"identityDocumentBack");
    u.email = r.optString(u"email");
    u.phoneNumber = r.optString(u"phoneNumber");
    u.address = readAddress(r, u"address");
    u.actingAsIntermediary = r.optBool(u"actingAsIntermediary");
    u.employmentStatus = r.optString(u"employmentStatus");
    u.expectedMonthlyPayments = r.optString(u"expectedMonthlyPayments");
    u.mostRecentOccupation = r.optString(u"mostRecentOccupation");
    return u;
}

CustomerRequest readRequest(const QJsonValue &json, const QString &path, Nulls nulls)
{
    RequestJsonReader r(json, path, sphereRequestKeys(), nulls);
    CustomerRequest c;
    c.type = r.optString(u"type");
    if (const auto meta = r.optObjectValue(u"meta")) {
        c.hasMeta = true;
        c.meta = *meta;
    }
    c.lookupKey = r.optString(u"lookupKey");
    c.email = r.optString(u"email");
    c.website = r.optString(u"website");
    c.highVolume = r.optBool(u"highVolume");
    c.phoneNumber = r.optString(u"phoneNumber");
    c.address = readAddress(r, u"address");
    c.proofOfAddressDocument = readDocument(r, u"proofOfAddressDocument");

    c.firstName = r.optString(u"firstName");
    c.lastName = r.optString(u"lastName");
    c.dob = readDob(r, u"dob");
    c.ssn = r.optString(u"ssn");
    c.identityDocumentFront = readDocument(r, u"identityDocumentFront");
    c.identityDocumentBack = readDocument(r, u"identityDocumentBack");
    c.actingAsIntermediary = r.optBool(u"actingAsIntermediary");
    c.employmentStatus = r.optString(u"employmentStatus");
    c.expectedMonthlyPayments = r.optString(u"expectedMonthlyPayments");
    c.mostRecentOccupation = r.optString(u"mostRecentOccupation");

    c.businessType = r.optString(u"businessType");
    c.ein = r.optString(u"ein");
    c.name = r.optString(u"name");
    c.description = r.optString(u"description");
    c.thirdParty = r.optBool(u"thirdParty");
    c.thirdPartyMessage = r.optString(u"thirdPartyMessage");
    c.tosAccepted = r.optBool(u"tosAccepted");
    c.tosDisclaimer = r.optString(u"tosDisclaimer");
    const auto ubos = r.optList<UboRequest>(
        u"ubos", [nulls](const QJsonValue &v, const QString &p) { return readUbo(v, p, nulls); });
    c.hasUbos = ubos.has_value();
    c.ubos = ubos.value_or(QList<UboRequest>());
    c.incorporationDocument = readDocument(r, u"incorporationDocument");
    c.shareholderDocument = readDocument(r, u"shareholderDocument");
    c.statementOfFunds = readDocument(r, u"statementOfFunds");
    c.estimatedAnnualRevenueUsd = r.optString(u"estimatedAnnualRevenueUsd");
    c.expectedMonthlyPaymentsUsd = r.optNumber(u"expectedMonthlyPaymentsUsd");
    c.operatesInProhibitedCountries = r.optBool(u"operatesInProhibitedCountries");
    c.highRiskActivities = r.optStringList(u"highRiskActivities");
    c.sourceOfFundsDescription = r.optString(u"sourceOfFundsDescription");
    c.transmitsCustomerFunds = r.optBool(u"transmitsCustomerFunds");
    c.transmitsCustomerFundsDescription = r.optString(u"transmitsCustomerFundsDescription");
    return c;
}

void put(QJsonObject &o, const QString &key, const std::optional<QString> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, const QString &key, const std::optional<bool> &v)
{
    if (v)
        o.insert(key, *v);
}

void put(QJsonObject &o, const QString &key, const std::optional<DocumentUpload> &v)
{
    if (v)
        o.insert(key, QString::fromLatin1(v->content.toBase64())); // the one encoding of a document
}

void put(QJsonObject &o, const QString &key, const std::optional<DateOfBirth> &v)
{
    if (v)
        o.insert(key, QJsonObject { { u"day"_s, v->day }, { u"month"_s, v->month }, { u"year"_s, v->year } });
}

QJsonObject encodeAddress(const Address &a)
{
    QJsonObject o;
    put(o, u"line1"_s, a.line1);
    put(o, u"line2"_s, a.line2);
    put(o, u"city"_s, a.city);
    put(o, u"postalCode"_s, a.postalCode);
    put(o, u"state"_s, a.state);
    put(o, u"country"_s, a.country);
    return o;
}

void put(QJsonObject &o, const QString &key, const std::optional<Address> &v)
{
    // Only the lines that are set: an update leaves the others unchanged at the vendor, and a
    // create has nothing to say about a line the caller left out.
    if (v)
        o.insert(key, encodeAddress(*v));
}

template<typename T>
void takeIfChanged(std::optional<T> &out, const std::optional<T> &before, const std::optional<T> &after)
{
    if (after != before && after)
        out = after;
}

// The lines that differ; nullopt when none does. A line emptied is not "changed": Sphere documents
// no way to clear one (the form says so instead, see clearedFields()).
std::optional<Address> changedAddress(const std::optional<Address> &before,
                                      const std::optional<Address> &after)
{
    if (!after)
        return std::nullopt;
    const Address was = before.value_or(Address());
    Address out;
    takeIfChanged(out.line1, was.line1, after->line1);
    takeIfChanged(out.line2, was.line2, after->line2);
    takeIfChanged(out.city, was.city, after->city);
    takeIfChanged(out.postalCode, was.postalCode, after->postalCode);
    takeIfChanged(out.state, was.state, after->state);
    takeIfChanged(out.country, was.country, after->country);
    return out.isEmpty() ? std::nullopt : std::optional<Address>(out);
}

UboRequest changedUbo(const UboRequest &before, const UboRequest &after)
{
    UboRequest out;
    takeIfChanged(out.firstName, before.firstName, after.firstName);
    takeIfChanged(out.lastName, before.lastName, after.lastName);
    takeIfChanged(out.dob, before.dob, after.dob);
    takeIfChanged(out.ssn, before.ssn, after.ssn);
    takeIfChanged(out.business, before.business, after.business);
    takeIfChanged(out.identityDocumentFront, before.identityDocumentFront, after.identityDocumentFront);
    takeIfChanged(out.identityDocumentBack, before.identityDocumentBack, after.identityDocumentBack);
    takeIfChanged(out.email, before.email, after.email);
    takeIfChanged(out.phoneNumber, before.phoneNumber, after.phoneNumber);
    out.address = changedAddress(before.address, after.address);
    takeIfChanged(out.actingAsIntermediary, before.actingAsIntermediary, after.actingAsIntermediary);
    takeIfChanged(out.employmentStatus, before.employmentStatus, after.employmentStatus);
    takeIfChanged(out.expectedMonthlyPayments, before.expectedMonthlyPayments, after.expectedMonthlyPayments);
    takeIfChanged(out.mostRecentOccupation, before.mostRecentOccupation, after.mostRecentOccupation);
    return out;
}

template<typename T>
void noteCleared(QStringList &out, const QString &path, const std::optional<T> &before,
                 const std::optional<T> &after)
{
    if (before && !after)
        out.append(path);
}

void noteClearedAddress(QStringList &out, const QString &prefix, const std::optional<Address> &before,
                        const std::optional<Address> &after)
{
    if (!before)
        return;
    const Address now = after.value_or(Address());
    noteCleared(out, prefix + u"line1"_s, before->line1, now.line1);
    noteCleared(out, prefix + u"line2"_s, before->line2, now.line2);
    noteCleared(out, prefix + u"city"_s, before->city, now.city);
    noteCleared(out, prefix + u"postalCode"_s, before->postalCode, now.postalCode);
    noteCleared(out, prefix + u"state"_s, before->state, now.state);
    noteCleared(out, prefix + u"country"_s, before->country, now.country);
}

} // namespace

namespace SphereRequestCodec {

QJsonObject encode(const UboRequest &u)
{
    QJsonObject o;
    put(o, u"firstName"_s, u.firstName);
    put(o, u"lastName"_s, u.lastName);
    put(o, u"dob"_s, u.dob);
    put(o, u"ssn"_s, u.ssn);
    put(o, u"business"_s, u.business);
    put(o, u"identityDocumentFront"_s, u.identityDocumentFront);
    put(o, u"identityDocumentBack"_s, u.identityDocumentBack);
    put(o, u"email"_s, u.email);
    put(o, u"phoneNumber"_s, u.phoneNumber);
    put(o, u"address"_s, u.address);
    put(o, u"actingAsIntermediary"_s, u.actingAsIntermediary);
    put(o, u"employmentStatus"_s, u.employmentStatus);
    put(o, u"expectedMonthlyPayments"_s, u.expectedMonthlyPayments);
    put(o, u"mostRecentOccupation"_s, u.mostRecentOccupation);
    return o;
}

QJsonObject encode(const CustomerRequest &c)
{
    QJsonObject o;
    put(o, u"type"_s, c.type);
    if (c.hasMeta)
        o.insert(u"meta"_s, c.meta);
    put(o, u"lookupKey"_s, c.lookupKey);
    put(o, u"email"_s, c.email);
    put(o, u"website"_s, c.website);
    put(o, u"highVolume"_s, c.highVolume);
    put(o, u"phoneNumber"_s, c.phoneNumber);
    put(o, u"address"_s, c.address);
    put(o, u"proofOfAddressDocument"_s, c.proofOfAddressDocument);

    put(o, u"firstName"_s, c.firstName);
    put(o, u"lastName"_s, c.lastName);
    put(o, u"dob"_s, c.dob);
    put(o, u"ssn"_s, c.ssn);
    put(o, u"identityDocumentFront"_s, c.identityDocumentFront);
    put(o, u"identityDocumentBack"_s, c.identityDocumentBack);
    put(o, u"actingAsIntermediary"_s, c.actingAsIntermediary);
    put(o, u"employmentStatus"_s, c.employmentStatus);
    put(o, u"expectedMonthlyPayments"_s, c.expectedMonthlyPayments);
    put(o, u"mostRecentOccupation"_s, c.mostRecentOccupation);

    put(o, u"businessType"_s, c.businessType);
    put(o, u"ein"_s, c.ein);
    put(o, u"name"_s, c.name);
    put(o, u"description"_s, c.description);
    put(o, u"thirdParty"_s, c.thirdParty);
    put(o, u"thirdPartyMessage"_s, c.thirdPartyMessage);
    put(o, u"tosAccepted"_s, c.tosAccepted);
    put(o, u"tosDisclaimer"_s, c.tosDisclaimer);
    if (c.hasUbos) {
        QJsonArray ubos;
        for (const UboRequest &u : c.ubos)
            ubos.append(encode(u));
        o.insert(u"ubos"_s, ubos);
    }
    put(o, u"incorporationDocument"_s, c.incorporationDocument);
    put(o, u"shareholderDocument"_s, c.shareholderDocument);
    put(o, u"statementOfFunds"_s, c.statementOfFunds);
    put(o, u"estimatedAnnualRevenueUsd"_s, c.estimatedAnnualRevenueUsd);
    if (c.expectedMonthlyPaymentsUsd)
        o.insert(u"expectedMonthlyPaymentsUsd"_s, *c.expectedMonthlyPaymentsUsd);
    put(o, u"operatesInProhibitedCountries"_s, c.operatesInProhibitedCountries);
    if (c.highRiskActivities)
        o.insert(u"highRiskActivities"_s, QJsonArray::fromStringList(*c.highRiskActivities));
    put(o, u"sourceOfFundsDescription"_s, c.sourceOfFundsDescription);
    put(o, u"transmitsCustomerFunds"_s, c.transmitsCustomerFunds);
    put(o, u"transmitsCustomerFundsDescription"_s, c.transmitsCustomerFundsDescription);
    return o;
}

QByteArray encodeBody(const CustomerRequest &request)
{
    return QJsonDocument(encode(request)).toJson(QJsonDocument::Compact);
}

Result<CustomerRequest> decode(const QJsonObject &json, const QString &path,
                               RequestJsonReader::NullPolicy nulls)
{
    try {
        return readRequest(json, path, nulls);
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

Result<CustomerRequest> decodeBody(const QByteArray &body, const QString &path,
                                   RequestJsonReader::NullPolicy nulls)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiError::decode(kVendor, path,
                                QCoreApplication::translate(kContext, "not JSON: %1 at offset %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset));
    if (!doc.isObject())
        return ApiError::decode(kVendor, path,
                                QCoreApplication::translate(kContext, "expected an object, got %1")
                                    .arg(doc.isArray() ? u"array"_s : u"nothing"_s));
    return decode(doc.object(), path, nulls);
}

CustomerRequest changedFields(const CustomerRequest &original, const CustomerRequest &edited)
{
    CustomerRequest out;
    takeIfChanged(out.type, original.type, edited.type);
    if (edited.hasMeta && (!original.hasMeta || original.meta != edited.meta)) {
        out.hasMeta = true; // the vendor replaces meta as a whole
        out.meta = edited.meta;
    }
    takeIfChanged(out.lookupKey, original.lookupKey, edited.lookupKey);
    takeIfChanged(out.email, original.email, edited.email);
    takeIfChanged(out.website, original.website, edited.website);
    takeIfChanged(out.highVolume, original.highVolume, edited.highVolume);
    takeIfChanged(out.phoneNumber, original.phoneNumber, edited.phoneNumber);
    out.address = changedAddress(original.address, edited.address);
    takeIfChanged(out.proofOfAddressDocument, original.proofOfAddressDocument, edited.proofOfAddressDocument);

    takeIfChanged(out.firstName, original.firstName, edited.firstName);
    takeIfChanged(out.lastName, original.lastName, edited.lastName);
    takeIfChanged(out.dob, original.dob, edited.dob);
    takeIfChanged(out.ssn, original.ssn, edited.ssn);
    takeIfChanged(out.identityDocumentFront, original.identityDocumentFront, edited.identityDocumentFront);
    takeIfChanged(out.identityDocumentBack, original.identityDocumentBack, edited.identityDocumentBack);
    takeIfChanged(out.actingAsIntermediary, original.actingAsIntermediary, edited.actingAsIntermediary);
    takeIfChanged(out.employmentStatus, original.employmentStatus, edited.employmentStatus);
    takeIfChanged(out.expectedMonthlyPayments, original.expectedMonthlyPayments,
                  edited.expectedMonthlyPayments);
    takeIfChanged(out.mostRecentOccupation, original.mostRecentOccupation, edited.mostRecentOccupation);

    takeIfChanged(out.businessType, original.businessType, edited.businessType);
    takeIfChanged(out.ein, original.ein, edited.ein);
    takeIfChanged(out.name, original.name, edited.name);
    takeIfChanged(out.description, original.description, edited.description);
    takeIfChanged(out.thirdParty, original.thirdParty, edited.thirdParty);
    takeIfChanged(out.thirdPartyMessage, original.thirdPartyMessage, edited.thirdPartyMessage);
    takeIfChanged(out.tosAccepted, original.tosAccepted, edited.tosAccepted);
    takeIfChanged(out.tosDisclaimer, original.tosDisclaimer, edited.tosDisclaimer);
    // The vendor accepts tosAccepted only together with its disclaimer, even if that is unchanged.
    if (out.tosAccepted && *out.tosAccepted && !out.tosDisclaimer)
        out.tosDisclaimer = edited.tosDisclaimer;
    if (edited.hasUbos) {
        // The list is the new list and element i updates the owner at position i (request owners
        // carry no id), so every position is sent, each with only what changed in it; owners added
        // go whole, owners removed shorten the list.
        bool changed = !original.hasUbos || edited.ubos.size() != original.ubos.size();
        QList<UboRequest> ubos;
        for (qsizetype i = 0; i < edited.ubos.size(); ++i) {
            ubos.append(i < original.ubos.size() ? changedUbo(original.ubos.at(i), edited.ubos.at(i))
                                                 : edited.ubos.at(i));
            changed = changed || ubos.constLast() != UboRequest();
        }
        if (changed) {
            out.hasUbos = true;
            out.ubos = ubos;
        }
    }
    takeIfChanged(out.incorporationDocument, original.incorporationDocument, edited.incorporationDocument);
    takeIfChanged(out.shareholderDocument, original.shareholderDocument, edited.shareholderDocument);
    takeIfChanged(out.statementOfFunds, original.statementOfFunds, edited.statementOfFunds);
    takeIfChanged(out.estimatedAnnualRevenueUsd, original.estimatedAnnualRevenueUsd,
                  edited.estimatedAnnualRevenueUsd);
    takeIfChanged(out.expectedMonthlyPaymentsUsd, original.expectedMonthlyPaymentsUsd,
                  edited.expectedMonthlyPaymentsUsd);
    takeIfChanged(out.operatesInProhibitedCountries, original.operatesInProhibitedCountries,
                  edited.operatesInProhibitedCountries);
    takeIfChanged(out.highRiskActivities, original.highRiskActivities, edited.highRiskActivities);
    takeIfChanged(out.sourceOfFundsDescription, original.sourceOfFundsDescription,
                  edited.sourceOfFundsDescription);
    takeIfChanged(out.transmitsCustomerFunds, original.transmitsCustomerFunds, edited.transmitsCustomerFunds);
    takeIfChanged(out.transmitsCustomerFundsDescription, original.transmitsCustomerFundsDescription,
                  edited.transmitsCustomerFundsDescription);
    return out;
}

QStringList clearedFields(const CustomerRequest &original, const CustomerRequest &edited)
{
    QStringList out;
    noteCleared(out, u"lookupKey"_s, original.lookupKey, edited.lookupKey);
    noteCleared(out, u"email"_s, original.email, edited.email);
    noteCleared(out, u"website"_s, original.website, edited.website);
    noteCleared(out, u"phoneNumber"_s, original.phoneNumber, edited.phoneNumber);
    noteClearedAddress(out, u"address."_s, original.address, edited.address);
    noteCleared(out, u"firstName"_s, original.firstName, edited.firstName);
    noteCleared(out, u"lastName"_s, original.lastName, edited.lastName);
    noteCleared(out, u"name"_s, original.name, edited.name);
    noteCleared(out, u"description"_s, original.description, edited.description);
    noteCleared(out, u"thirdPartyMessage"_s, original.thirdPartyMessage, edited.thirdPartyMessage);
    noteCleared(out, u"sourceOfFundsDescription"_s, original.sourceOfFundsDescription,
                edited.sourceOfFundsDescription);
    if (edited.hasUbos) {
        for (qsizetype i = 0; i < std::min(original.ubos.size(), edited.ubos.size()); ++i) {
            const UboRequest &was = original.ubos.at(i);
            const UboRequest &now = edited.ubos.at(i);
            const QString prefix = u"ubos[%1]."_s.arg(i);
            noteCleared(out, prefix + u"firstName"_s, was.firstName, now.firstName);
            noteCleared(out, prefix + u"lastName"_s, was.lastName, now.lastName);
            noteCleared(out, prefix + u"email"_s, was.email, now.email);
            noteCleared(out, prefix + u"phoneNumber"_s, was.phoneNumber, now.phoneNumber);
            noteClearedAddress(out, prefix + u"address."_s, was.address, now.address);
        }
    }
    return out;
}

CustomerRequest fromCustomer(const Customer &customer)
{
    CustomerRequest r;
    if (!customer.type.null)
        r.type = customer.type.raw;
    r.hasMeta = true;
    r.meta = customer.meta;
    r.lookupKey = customer.lookupKey;
    r.email = customer.email;
    r.website = customer.website;
    r.phoneNumber = customer.phoneNumber;
    // The vendor returns an address object of nulls for "no address": that is no address.
    if (customer.address && !customer.address->isEmpty())
        r.address = customer.address;
    if (customer.type.value == CustomerType::Business) {
        r.name = customer.firstName; // the legal name lives in firstName (documented)
        r.description = customer.description;
        r.thirdParty = customer.thirdParty;
        r.thirdPartyMessage = customer.thirdPartyMessage;
        r.sourceOfFundsDescription = customer.sourceOfFunds;
        r.hasUbos = true;
        for (const Ubo &ubo : customer.ubos) {
            UboRequest u;
            u.firstName = ubo.firstName;
            u.lastName = ubo.lastName;
            u.email = ubo.email;
            u.phoneNumber = ubo.phoneNumber;
            if (ubo.address && !ubo.address->isEmpty())
                u.address = ubo.address;
            r.ubos.append(u);
        }
    } else {
        r.firstName = customer.firstName;
        r.lastName = customer.lastName;
    }
    return r;
}

bool isEmpty(const CustomerRequest &request)
{
    return request == CustomerRequest();
}

} // namespace SphereRequestCodec
