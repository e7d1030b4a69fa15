#include "SphereRequestCodec.h"

#include "SphereFields.h"

#include <algorithm>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kVendor = u"Sphere"_s;
const char *const kContext = "SphereRequestCodec";

// Each owner's removed values, by position: request owners carry no id (see changedFields()).
void noteClearedUbos(QStringList &out, const CustomerRequest &original, const CustomerRequest &edited)
{
    if (!edited.hasUbos)
        return;
    for (qsizetype i = 0; i < std::min(original.ubos.size(), edited.ubos.size()); ++i)
        fieldTable<UboRequest>().cleared(out, u"ubos[%1]."_s.arg(i), original.ubos.at(i), edited.ubos.at(i));
}

} // namespace

namespace SphereRequestCodec {

QJsonObject encode(const UboRequest &u)
{
    return fieldTable<UboRequest>().encode(u, AbsentFields::Omit);
}

QJsonObject encode(const CustomerRequest &c)
{
    return fieldTable<CustomerRequest>().encode(c, AbsentFields::Omit);
}

QByteArray encodeBody(const CustomerRequest &request)
{
    return QJsonDocument(encode(request)).toJson(QJsonDocument::Compact);
}

Result<CustomerRequest> decode(const QJsonObject &json, const QString &path,
                               RequestJsonReader::NullPolicy nulls)
{
    return decodeOrError<CustomerRequest>(
        kVendor, [&] { return fieldTable<CustomerRequest>().decodeRequest(json, path, nulls); });
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
    CustomerRequest out = fieldTable<CustomerRequest>().changed(original, edited);
    // The vendor accepts tosAccepted only together with its disclaimer, even if that is unchanged.
    if (out.tosAccepted && *out.tosAccepted && !out.tosDisclaimer)
        out.tosDisclaimer = edited.tosDisclaimer;
    return out;
}

QStringList clearedFields(const CustomerRequest &original, const CustomerRequest &edited)
{
    QStringList out;
    fieldTable<CustomerRequest>().cleared(out, QString(), original, edited);
    noteClearedUbos(out, original, edited);
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
