#include "SphereRequestCodec.h"

#include "SphereFields.h"

#include <algorithm>
#include <limits>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

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

// Appends `bytes` as base64, a slice at a time, so no second copy of a large document is made.
void appendBase64(QByteArray &to, const QByteArray &bytes)
{
    constexpr qsizetype kSlice = 3 * 16 * 1024; // a multiple of 3: slices join without padding
    for (qsizetype from = 0; from < bytes.size(); from += kSlice)
        to.append(QByteArray::fromRawData(bytes.constData() + from, std::min(kSlice, bytes.size() - from))
                      .toBase64());
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
    // Through QJsonValue a document would be held as base64 bytes, then as a UTF-16 string twice
    // their size, then once more in the serialised body: about five times a 20 MB scan
    // (kycdesk-bench --document). Instead each document is encoded as a short unique stand-in,
    // which is then replaced by the document's base64, written straight into the body.
    CustomerRequest skeleton = request;
    QList<QByteArray> contents;
    QList<QByteArray> standIns;
    forEachDocument(skeleton, [&](std::optional<DocumentUpload> &document) {
        if (!document)
            return;
        contents << std::exchange(document->content,
                                  "\x01kycdesk-document-" + QByteArray::number(contents.size()) + '\x02'
                                      + QByteArray::number(QRandomGenerator::global()->generate64(), 36));
        standIns << document->content.toBase64();
    });
    if (contents.isEmpty())
        return QJsonDocument(encode(request)).toJson(QJsonDocument::Compact);
    const QByteArray json = QJsonDocument(encode(skeleton)).toJson(QJsonDocument::Compact);
    std::vector<std::pair<qsizetype, qsizetype>> places; // (position in json, document)
    qsizetype size = json.size();
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const qsizetype at = json.indexOf(standIns.at(i));
        if (at < 0) // cannot happen with the writer's escaping of base64; never send a stand-in
            return QJsonDocument(encode(request)).toJson(QJsonDocument::Compact);
        places.emplace_back(at, i);
        size += (contents.at(i).size() + 2) / 3 * 4 - standIns.at(i).size();
    }
    std::sort(places.begin(), places.end());
    QByteArray body;
    body.reserve(size);
    qsizetype from = 0;
    for (const auto &[at, i] : places) {
        body.append(QByteArrayView(json).sliced(from, at - from));
        appendBase64(body, contents.at(i));
        from = at + standIns.at(i).size();
    }
    body.append(QByteArrayView(json).sliced(from));
    return body;
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
