#pragma once

// Sardine's POST /v1/customers request body (shared/vendor-docs/sardine-post-customer-information.txt)
// as JSON, both ways. Encoding writes only what is set, where the document's example puts it
// (`transaction` inside `customer`). Decoding (for `kycdesk-cli sardine risk --from-json`) is as
// strict as Sphere's: the documented keys of each object only, documented types, documented enum
// values, no nulls; the first offender is named by its JSON path. The customer's creation time is
// read under either spelling (`createdAtMillis`, or `createdAtMills` as the example writes it) and
// sent under the one given.

#include "RequestJsonReader.h"
#include "Result.h"
#include "SardineFeedback.h"
#include "SardineTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace SardineRequestCodec {

QJsonObject encode(const SardineCustomerRequest &request);
QByteArray encodeBody(const SardineCustomerRequest &request);

// `path` names the root in messages; empty gives "customer.emailAddress".
Result<SardineCustomerRequest> decode(const QJsonObject &json, const QString &path = QString());
Result<SardineCustomerRequest> decodeBody(const QByteArray &body, const QString &path = QString());

// POST /v1/feedbacks: {sessionKey, customer: {id}, feedback: {id, scope: "user", type: "onboarding",
// status, reason, timeMillis}}.
QJsonObject encodeFeedback(const SardineFeedback &feedback);

} // namespace SardineRequestCodec
