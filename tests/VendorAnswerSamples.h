#pragma once

// Vendor answers for the fidelity tests: the documented examples (tests/data/vendor-examples/,
// the literal examples of shared/vendor-docs) and variants carrying what real answers carry beyond
// them: unknown keys at every depth, rule ids as numbers and objects, microsecond timestamps, nulls.

#include "TestData.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

using namespace Qt::Literals::StringLiterals;

inline QJsonObject parse(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject sphereEnvelope(const QString &key, const QJsonObject &object)
{
    return { { u"ok"_s, true },
             { u"object"_s, u"object"_s },
             { u"statusCode"_s, 200 },
             { u"error"_s, QJsonValue() },
             { u"message"_s, u"success"_s },
             { u"data"_s, QJsonObject { { key, object } } },
             { u"ts"_s, u"2026-12-04T10:00:00.000Z"_s },
             { u"request"_s, u"request_0123456789abcdef0123456789abcdef"_s } };
}

// Sphere's answer to a KYC link request, the link being `url`.
inline QByteArray sphereKycLinkAnswer(const QString &url)
{
    return compact(sphereEnvelope(u"kycLink"_s, QJsonObject { { u"url"_s, url } }));
}

// A Sardine answer with what the example leaves out: unknown keys on the customer, a signal, the
// transaction, the indemnification and a checkpoint; rule ids as numbers, empty objects and
// objects with an id; another checkpoint group; a timestamp with microseconds; rules and features.
inline QJsonObject sardineRiskExtras()
{
    return parse(R"({
      "sessionKey": "6f1c5c1e-0000-4000-8000-000000000001", "level": "medium", "status": "Success",
      "customer": { "score": 42.5, "level": "medium", "segment": "retail",
        "signals": [ { "key": "emailDomainLevel", "value": "high", "reasonCodes": ["DISPOSABLE"],
                       "weight": 0.25, "source": { "provider": "x", "ids": [1, 2] } },
                     { "key": "ipLevel", "value": null } ] },
      "transaction": { "level": "low", "amlLevel": "low", "screenedAt": "2026-05-01T10:30:00.123456Z",
        "indemnification": { "decision": "approved", "instantLimit": 100000, "holdAmount": 0,
                             "holdTime": 1767225600, "verificationCode": "V-1", "currency": "USD" } },
      "checkpoints": {
        "customer": {
          "riskLevel": { "value": "medium", "ruleIds": [123, {}, { "id": "R-7", "name": "velocity" }, "R-9"],
                         "reason": "rules fired" },
          "emailLevel": { "value": "high", "ruleIds": [] },
          "phoneLevel": { "value": "low", "ruleIds": [4.5] } },
        "aml": { "amlLevel": { "value": "low", "ruleIds": [] } } },
      "rules": [ { "id": 123, "name": "disposable email", "isLive": true } ],
      "features": { "emailAgeDays": 3 },
      "requestedAt": "2026-05-01T10:30:00.1Z"
    })");
}

// sardineRiskExtras() with the indemnification's number `key` set to `value`: numbers at the edge of
// the range a decoder accepts, and past it.
inline QJsonObject sardineRiskWithIndemnification(const QString &key, double value)
{
    QJsonObject risk = sardineRiskExtras();
    QJsonObject transaction = risk.value(u"transaction"_s).toObject();
    QJsonObject indemnification = transaction.value(u"indemnification"_s).toObject();
    indemnification.insert(key, value);
    transaction.insert(u"indemnification"_s, indemnification);
    risk.insert(u"transaction"_s, transaction);
    return risk;
}

inline QJsonObject sardineIdentityExtras()
{
    QJsonObject o = parse(example(u"sardine-identity-response.json"_s));
    QJsonObject data = o.value(u"documentData"_s).toObject();
    data.insert(u"gender"_s, QJsonValue());
    data.insert(u"nationality"_s, u"US"_s);
    QJsonObject address = data.value(u"address"_s).toObject();
    address.insert(u"country"_s, u"US"_s);
    data.insert(u"address"_s, address);
    o.insert(u"documentData"_s, data);
    QJsonObject profile = o.value(u"profile"_s).toObject();
    profile.insert(u"consentedAt"_s, u"2026-05-01T10:30:00.123456Z"_s);
    profile.insert(u"scopes"_s, QJsonArray { u"profile"_s, u"doc_kyc"_s });
    o.insert(u"profile"_s, profile);
    o.insert(u"customer"_s,
             QJsonObject { { u"score"_s, 12 }, { u"level"_s, u"low"_s }, { u"signals"_s, QJsonArray() } });
    o.insert(u"enrichedAt"_s, u"2026-05-01T10:30:01.5Z"_s);
    return o;
}

// The documented Customer Object (fewer keys than the envelope examples) plus microsecond
// timestamps and unknown keys below the top level.
inline QJsonObject sphereCustomerExtras()
{
    QJsonObject c = parse(example(u"sphere-customer-object.json"_s));
    c.insert(u"created"_s, u"2024-07-31T23:44:16.319123Z"_s);
    c.insert(u"updated"_s, u"2024-08-07T22:23:45Z"_s);
    QJsonObject address = c.value(u"address"_s).toObject();
    address.insert(u"county"_s, u"Alameda"_s);
    c.insert(u"address"_s, address);
    QJsonArray levels = c.value(u"verificationLevels"_s).toArray();
    QJsonObject level = levels.at(0).toObject();
    level.insert(u"updatedAt"_s, u"2024-08-07T22:23:45.817999Z"_s);
    levels.replace(0, level);
    c.insert(u"verificationLevels"_s, levels);
    c.insert(u"ubos"_s,
             QJsonArray { QJsonObject { { u"id"_s, u"ubo_1"_s },
                                        { u"requirements"_s, QJsonArray() },
                                        { u"firstName"_s, u"Ada"_s },
                                        { u"ownershipPercent"_s, 25 },
                                        { u"created"_s, u"2024-07-31T23:44:16.3Z"_s },
                                        { u"updated"_s, u"2024-07-31T23:44:16.300001Z"_s } } });
    return c;
}

inline QJsonObject yativoCustomerExtras()
{
    QJsonObject o = parse(example(u"yativo-add-customer-response.json"_s));
    QJsonObject data = o.value(u"data"_s).toObject();
    data.insert(u"created_at"_s, u"2024-12-01T18:46:15.392123Z"_s);
    data.remove(u"rejection_reasons"_s);
    data.insert(u"metadata"_s, QJsonObject { { u"channel"_s, u"api"_s }, { u"tier"_s, 2 } });
    data.insert(u"tos_status"_s, QJsonValue());
    o.insert(u"data"_s, data);
    return o;
}

inline QJsonObject walletExample()
{
    // vendor-notes lists the wallet's fields; no literal example is documented.
    return parse(
        R"({ "id": "wallet_6107d15c89644518a4bff20915bc9eb2", "address": "9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin",
      "network": "sol", "nickname": null, "customer": "customer_800925656fe14c63ac4ec2a98b3cd26d",
      "owner": "customer", "risk": 0.12, "primary": true, "feePayer": false, "signed": true, "exported": null,
      "mock": false, "lookupKey": null, "created": "2024-07-31T23:44:16.319456Z", "updated": "2024-08-07T22:23:45Z",
      "chainData": { "slot": 123 } })");
}

inline QJsonObject bankAccountExample()
{
    return parse(R"({ "id": "bankAccount_2ff2dcd932764cffbdfb76c2bc32fd1f", "status": "pending",
      "customer": "customer_800925656fe14c63ac4ec2a98b3cd26d", "bankName": "Example Bank", "accountName": "Checking",
      "accountHolderName": "John Doe", "accountType": "checking", "currency": "usd", "accountNumber": "********6789",
      "routingNumber": "991234567", "last4": "6789", "created": "2024-07-31T23:44:16.1Z",
      "updated": "2024-07-31T23:44:16.123456Z" })");
}

// Answers that are not the answer asked for, the decoder that must refuse each and the JSON path
// its error must name (issue 11 item 6).
struct WrongAnswer
{
    const char *name;
    QByteArray body;
    QString decoder;
    QString path;
};

inline QList<WrongAnswer> wrongAnswers()
{
    const QByteArray sphereError
        = R"({"ok":false,"object":"object","statusCode":400,"error":"bad-request","message":"nope","data":null,"ts":"2024-08-22T16:13:02.026Z","request":"request_1"})";
    const QByteArray yativoEnvelope
        = R"({"status":"success","status_code":200,"message":"ok","data":{"id":"x"}})";
    return {
        { "sardine risk: {}", QByteArray("{}"), u"risk"_s, u"sessionKey"_s },
        { "sardine risk: Yativo's envelope", yativoEnvelope, u"risk"_s, u"sessionKey"_s },
        { "sardine risk: no level", QByteArray(R"({"sessionKey":"s","status":"Success"})"), u"risk"_s,
          u"level"_s },
        { "sardine risk: no status", QByteArray(R"({"sessionKey":"s","level":"low"})"), u"risk"_s,
          u"status"_s },
        { "sardine risk: an array", QByteArray("[]"), u"risk"_s, u"$"_s },
        { "sardine identity: {}", QByteArray("{}"), u"identity"_s, u"$"_s },
        { "sardine identity: Sphere's envelope", sphereError, u"identity"_s, u"$"_s },
        { "sardine identity: every part null",
          QByteArray(
              R"({"documentKyc":null,"documentData":null,"profile":null,"level":null,"customer":null})"),
          u"identity"_s, u"$"_s },
        { "sardine history: an object", QByteArray("{}"), u"history"_s, u"$"_s },
        { "sardine history: {} in the list", QByteArray("[{}]"), u"history"_s, u"[0].sessionKey"_s },
        { "sphere customer: empty data", QByteArray(R"({"ok":true,"data":{},"request":"request_2"})"),
          u"sphere"_s, u"data.customer"_s },
        { "sphere customer: no id",
          QByteArray(R"({"ok":true,"data":{"customer":{"type":"individual","kyc":"pending"}}})"), u"sphere"_s,
          u"data.customer.id"_s },
        { "sphere customer: {}", QByteArray("{}"), u"sphere"_s, u"ok"_s },
        { "sphere list: no customers",
          QByteArray(
              R"({"ok":true,"data":{"pagination":{"page":1,"limit":10,"total":0,"totalPages":0,"hasNext":false}}})"),
          u"sphere-list"_s, u"data.customers"_s },
        { "yativo customer: {}", QByteArray("{}"), u"yativo"_s, u"status"_s },
        { "yativo customer: Sphere's envelope", sphereError, u"yativo"_s, u"status"_s },
        { "yativo customer: no id",
          QByteArray(R"({"status":"success","status_code":200,"data":{"email":"a@b.c"}})"), u"yativo"_s,
          u"data.id"_s },
        { "yativo kyc: no status", QByteArray(R"({"status":"success","data":{"kyc_link":"https://x"}})"),
          u"yativo-kyc"_s, u"data.status"_s },
        { "yativo list: no pagination", QByteArray(R"({"status":"success","data":[]})"), u"yativo-list"_s,
          u"pagination"_s },
        { "sphere customer: no created",
          QByteArray(
              R"({"ok":true,"data":{"customer":{"id":"c","type":"individual","kyc":"pending","updated":"2024-07-31T23:44:16.319Z"}}})"),
          u"sphere"_s, u"data.customer.created"_s },
        { "sphere list: no hasNext",
          QByteArray(
              R"({"ok":true,"data":{"customers":[],"pagination":{"page":1,"limit":10,"total":0,"totalPages":0}}})"),
          u"sphere-list"_s, u"data.pagination.hasNext"_s },
        { "sphere wallet: {}", QByteArray("{}"), u"sphere-wallet"_s, u"ok"_s },
        { "sphere wallet: a customer instead", QByteArray(R"({"ok":true,"data":{"customer":{"id":"c"}}})"),
          u"sphere-wallet"_s, u"data.wallet"_s },
        { "sphere wallet: no id", QByteArray(R"({"ok":true,"data":{"wallet":{"network":"sol"}}})"),
          u"sphere-wallet"_s, u"data.wallet.id"_s },
        { "sphere bank account: Yativo's envelope", yativoEnvelope, u"sphere-bank-account"_s, u"ok"_s },
        { "sphere bank account: no updated",
          QByteArray(R"({"ok":true,"data":{"bankAccount":{"id":"b","created":"2024-07-31T23:44:16.319Z"}}})"),
          u"sphere-bank-account"_s, u"data.bankAccount.updated"_s },
        { "yativo login: no token", QByteArray(R"({"status":"success","data":{"expires_in":600}})"),
          u"yativo-login"_s, u"data.access_token"_s },
    };
}

inline QByteArray sphereBadIdAnswer()
{
    return R"({"ok":true,"data":{"customer":{"id":7}},"request":"request_abc123"})";
}

inline QByteArray sphereNotFoundAnswer()
{
    return R"({"ok":false,"statusCode":404,"error":"not-found","message":"Customer not found","data":null,"request":"request_def456"})";
}
