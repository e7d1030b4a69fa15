#pragma once

// Strict JSON codecs for Sphere's v1 API. Decoding checks every documented field's type and
// fails with the JSON path of the first offender; unknown keys are kept, never an error.
// Encoding uses the vendor's own field names, so decode(encode(x)) == x.

#include "Result.h"
#include "SphereTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace SphereCodec {

Result<Customer> decodeCustomer(const QJsonValue &json, const QString &path = QStringLiteral("customer"));
Result<CustomerPage> decodeCustomerPage(const QJsonValue &data, const QString &path = QStringLiteral("data"));
Result<Wallet> decodeWallet(const QJsonValue &json, const QString &path = QStringLiteral("wallet"));
Result<BankAccount> decodeBankAccount(const QJsonValue &json,
                                      const QString &path = QStringLiteral("bankAccount"));

QJsonObject encode(const Customer &customer);
QJsonObject encode(const Address &address);
QJsonObject encode(const Ubo &ubo);
QJsonObject encode(const VerificationLevel &level);
QJsonObject encode(const Wallet &wallet);
QJsonObject encode(const BankAccount &account);

// Unwraps the v1 envelope {ok, object, statusCode, error, message, data, ts, request}. An error
// status or ok:false becomes ApiError::HttpStatus carrying the vendor's message; the v2 error
// shape {status, detail, code, correlationId, errors[]} is understood too (vendor-notes).
Result<QJsonValue> unwrapEnvelope(int httpStatus, const QByteArray &body);

// Decodes a whole response body: envelope first, then data.<key> with the given decoder.
Result<Customer> decodeCustomerResponse(int httpStatus, const QByteArray &body);
Result<CustomerPage> decodeCustomerPageResponse(int httpStatus, const QByteArray &body);
Result<Wallet> decodeWalletResponse(int httpStatus, const QByteArray &body);
Result<BankAccount> decodeBankAccountResponse(int httpStatus, const QByteArray &body);
// POST /v1/customer/:id/kyc-link → data.kycLink, …/tos-link → data.tosLink.
Result<HostedLink> decodeHostedLinkResponse(HostedLinkKind kind, int httpStatus, const QByteArray &body);
QJsonObject encode(const HostedLink &link);

// Wire values for code that does not include the field tables (SphereFields.h has every enum's
// names: enumFromWire<E>, enumToWire).
VendorEnum<CustomerType> customerTypeFromWire(const QString &raw);
VendorEnum<KycStatus> kycStatusFromWire(const QString &raw);

} // namespace SphereCodec
