#include "SphereRequestCodec.h"

#include "JsonReader.h"

#include <algorithm>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sphere"_s;
const char *const kContext = "SphereRequestCodec";

// Anything not in these lists is a typo or a field this build does not know, and sending it (or
// dropping it silently) would surprise the analyst. Every key a request object may hold, per object kind
// (SphereRequestTypes.h).
const QStringList &kCustomerKeys = sphereRequestKeys();
const QStringList &kUboKeys = sphereUboRequestKeys();
const QStringList &kAddressKeys = sphereAddressKeys();
const QStringList &kDobKeys = sphereDobKeys();

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1);
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, substitution });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// Refuses the first key (in sorted order) that `known` does not list, suggesting the closest known
// key when it is a plausible typo ("emial" -> "email").
void rejectUnknownKeys(const JsonObjectReader &reader, const QStringList &known)
{
    const QJsonObject unknown = reader.unknownFields();
    if (unknown.isEmpty())
        return;
    const QString key = unknown.keys().constFirst();
    QString best;
    int bestDistance = 3; // at most two edits away, or it is not a typo of that key
    for (const QString &candidate : known) {
        const int d = editDistance(key, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    const QString message = best.isEmpty()
        ? QCoreApplication::translate(kContext, "unknown field \"%1\"").arg(key)
        : QCoreApplication::translate(kContext, "unknown field \"%1\"; did you mean \"%2\"?").arg(key, best);
    JsonObjectReader::failAt(reader.pathOf(key), message);
}

std::optional<Address> readAddress(JsonObjectReader &parent, QStringView key)
{
    auto reader = parent.optObject(key);
    if (!reader)
        return std::nullopt;
    Address a;
    a.line1 = reader->optString(u"line1");
    a.line2 = reader->optString(u"line2");
    a.city = reader->optString(u"city");
    a.postalCode = reader->optString(u"postalCode");
    a.state = reader->optString(u"state");
    a.country = reader->optString(u"country");
    rejectUnknownKeys(*reader, kAddressKeys);
    return a;
}

std::optional<DateOfBirth> readDob(JsonObjectReader &parent, QStringView key)
{
    auto reader = parent.optObject(key);
    if (!reader)
        return std::nullopt;
    DateOfBirth dob;
    // Range checks (a real date) belong to the validator; here only the type: whole numbers.
    auto part = [&reader](QStringView name) {
        const qint64 v = reader->requireInteger(name);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            JsonObjectReader::failAt(reader->pathOf(name),
                                     QCoreApplication::translate(kContext, "number out of range"));
        return int(v);
    };
    dob.day = part(u"day");
    dob.month = part(u"month");
    dob.year = part(u"year");
    rejectUnknownKeys(*reader, kDobKeys);
    return dob;
}

std::optional<DocumentUpload> readDocument(JsonObjectReader &reader, QStringView key)
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
        JsonObjectReader::failAt(reader.pathOf(key),
                                 QCoreApplication::translate(kContext, "expected a base64-encoded document"));
    DocumentUpload doc;
    doc.fileName = key.toString();
    doc.content = decoded.decoded;
    doc.base64 = doc.content.toBase64();
    return doc;
}

std::optional<QStringList> readStringArray(JsonObjectReader &reader, QStringView key)
{
    const QJsonValue v = reader.optRaw(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray())
        reader.fail(key, v, u"array of strings"_s);
    QStringList out;
    const QJsonArray array = v.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            JsonObjectReader::failAt(reader.pathOf(key) + u'[' + QString::number(i) + u']',
                                     QCoreApplication::translate(kContext, "expected string, got %1")
                                         .arg(JsonObjectReader::typeName(array.at(i))));
        out.append(array.at(i).toString());
    }
    return out;
}

UboRequest readUbo(const QJsonValue &json, const QString &path)
{
    JsonObjectReader r(json, path);
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
    rejectUnknownKeys(r, kUboKeys);
    return u;
}

CustomerRequest readRequest(const QJsonValue &json, const QString &path)
{
    JsonObjectReader r(json, path);
    CustomerRequest c;
    c.type = r.optString(u"type");
    const QJsonValue meta = r.optRaw(u"meta");
    if (!meta.isUndefined() && !meta.isNull()) {
        if (!meta.isObject())
            r.fail(u"meta", meta, u"object"_s);
        c.hasMeta = true;
        c.meta = meta.toObject();
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
    const QJsonValue ubos = r.optRaw(u"ubos");
    if (!ubos.isUndefined() && !ubos.isNull()) {
        if (!ubos.isArray())
            r.fail(u"ubos", ubos, u"array of objects"_s);
        c.hasUbos = true;
        const QJsonArray array = ubos.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            c.ubos.append(readUbo(array.at(i), r.pathOf(u"ubos") + u'[' + QString::number(i) + u']'));
    }
    c.incorporationDocument = readDocument(r, u"incorporationDocument");
    c.shareholderDocument = readDocument(r, u"shareholderDocument");
    c.statementOfFunds = readDocument(r, u"statementOfFunds");
    c.estimatedAnnualRevenueUsd = r.optString(u"estimatedAnnualRevenueUsd");
    c.expectedMonthlyPaymentsUsd = r.optNumber(u"expectedMonthlyPaymentsUsd");
    c.operatesInProhibitedCountries = r.optBool(u"operatesInProhibitedCountries");
    c.highRiskActivities = readStringArray(r, u"highRiskActivities");
    c.sourceOfFundsDescription = r.optString(u"sourceOfFundsDescription");
    c.transmitsCustomerFunds = r.optBool(u"transmitsCustomerFunds");
    c.transmitsCustomerFundsDescription = r.optString(u"transmitsCustomerFundsDescription");
    rejectUnknownKeys(r, kCustomerKeys);
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
        o.insert(key, QString::fromLatin1(v->base64.isEmpty() ? v->content.toBase64() : v->base64));
}

void put(QJsonObject &o, const QString &key, const std::optional<DateOfBirth> &v)
{
    if (v)
        o.insert(key, QJsonObject { { u"day"_s, v->day }, { u"month"_s, v->month }, { u"year"_s, v->year } });
}

void put(QJsonObject &o, const QString &key, const std::optional<Address> &v)
{
    if (!v)
        return;
    // An address is always sent whole: the parts left out are explicit nulls, so an update that
    // removes line2 clears it at the vendor instead of leaving the old one behind.
    auto part
        = [](const std::optional<QString> &s) { return s ? QJsonValue(*s) : QJsonValue(QJsonValue::Null); };
    o.insert(key,
             QJsonObject { { u"line1"_s, part(v->line1) },
                           { u"line2"_s, part(v->line2) },
                           { u"city"_s, part(v->city) },
                           { u"postalCode"_s, part(v->postalCode) },
                           { u"state"_s, part(v->state) },
                           { u"country"_s, part(v->country) } });
}

template<typename T>
void takeIfChanged(std::optional<T> &out, const std::optional<T> &before, const std::optional<T> &after)
{
    if (after != before && after)
        out = after;
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

Result<CustomerRequest> decode(const QJsonObject &json, const QString &path)
{
    try {
        return readRequest(json, path);
    } catch (const JsonDecodeFailure &failure) {
        return ApiError::decode(kVendor, failure.path, failure.message);
    }
}

Result<CustomerRequest> decodeBody(const QByteArray &body, const QString &path)
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
    return decode(doc.object(), path);
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
    if (!(edited.address == original.address)) // Address has no operator!=
        out.address = edited.address.value_or(Address()); // whole; an address removed is all nulls
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
    if (edited.hasUbos && (!original.hasUbos || original.ubos != edited.ubos)) {
        // The list is the new list (the vendor matches elements by position), so it goes whole.
        out.hasUbos = true;
        out.ubos = edited.ubos;
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
