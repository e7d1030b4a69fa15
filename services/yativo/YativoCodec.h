#pragma once

#include "Result.h"
#include "YativoTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace YativoCodec {

QJsonObject encode(const YativoCustomerRequest &request); // the fields that are set
// A request body the caller wrote (`kycdesk-cli yativo customers create --from-json`): the six
// documented keys only, strings and a boolean, no nulls (RequestJsonReader); `path` names the root.
Result<YativoCustomerRequest> decodeRequestBody(const QByteArray &body, const QString &path = QString());
// The kept `data` when there is one (what Yativo said), else the fields that are set.
QJsonObject encode(const YativoCustomer &customer);
QJsonObject encode(const YativoKycStatus &status);
// The envelope {status, status_code, message, data}; errors keep Yativo's message.
Result<QJsonValue> unwrapEnvelope(int httpStatus, const QByteArray &body);
Result<YativoCustomer> decodeCustomerResponse(int httpStatus, const QByteArray &body);
Result<YativoKycStatus> decodeKycStatusResponse(int httpStatus, const QByteArray &body);
Result<YativoCustomerPage> decodeCustomerPageResponse(int httpStatus, const QByteArray &body);
// POST /auth/login -> data.access_token (+ expires_in when given, else 600 s per vendor-notes).
struct Token
{
    QString accessToken;
    int expiresInSeconds = 600;
};
Result<Token> decodeLoginResponse(int httpStatus, const QByteArray &body);

} // namespace YativoCodec
