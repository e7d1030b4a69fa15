#pragma once

// Strict JSON codecs for Sardine's risk API (shared/vendor-docs/sardine-*.txt). Responses are bare
// objects (no envelope); errors are read from whatever JSON the error body carries.

#include "IdentityTypes.h"
#include "Result.h"
#include "SardineFeedback.h"
#include "SardineTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace SardineCodec {

Result<RiskResult> decodeRiskResponse(int httpStatus, const QByteArray &body);
Result<IdentityEntity> decodeIdentityResponse(int httpStatus, const QByteArray &body);
// GET /v1/customers?customer_id=: a bare array of past results, oldest first as Sardine sends them.
Result<QList<RiskResult>> decodeHistoryResponse(int httpStatus, const QByteArray &body);
// POST /v1/feedbacks: an acknowledgement is an object whose "status" is "Success" (any case).
Result<SardineFeedbackReceipt> decodeFeedbackResponse(int httpStatus, const QByteArray &body);
// What Sardine said: the kept raw answer when there is one, else the fields re-encoded (only
// those that are set; unknown keys at every level kept).
QJsonObject encode(const RiskResult &result);
QJsonObject encode(const IdentityEntity &entity);
// The same fields without looking at `raw`: what the decoded value itself holds.
QJsonObject encodeFields(const RiskResult &result);
QJsonObject encodeFields(const IdentityEntity &entity);
// One rule id as text for people: a string or number as sent, an object's "id" (or "name"),
// else its compact JSON.
QString ruleIdText(const QJsonValue &ruleId);

VendorEnum<SardineActionType> actionTypeFromWire(const QString &raw);
QStringList actionTypes(); // the documented list, in order

} // namespace SardineCodec
