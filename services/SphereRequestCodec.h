#pragma once

// Strict JSON codec for Sphere's create/update request bodies (SphereRequestTypes.h).
// Encoding writes only the fields that are set, with the vendor's names; documents become base64
// strings. Decoding (for `kycdesk-cli … --from-json`, drafts) checks every field's type and
// rejects unknown keys with the JSON path of the first offender — a typo in a request file must
// not silently drop a field.

#include "Result.h"
#include "SphereRequestTypes.h"

#include <QByteArray>
#include <QJsonObject>

namespace SphereRequestCodec {

QJsonObject encode(const CustomerRequest &request);
QJsonObject encode(const UboRequest &ubo);
// The same as a compact UTF-8 JSON document; call it off the UI thread for large documents.
QByteArray encodeBody(const CustomerRequest &request);

// `path` names the root in error messages, e.g. "request" or "rows[3]".
Result<CustomerRequest> decode(const QJsonObject &json, const QString &path = QStringLiteral("request"));
Result<CustomerRequest> decodeBody(const QByteArray &body, const QString &path = QStringLiteral("request"));

// The update body: only the fields whose value in `edited` differs from `original` (the vendor
// leaves the rest unchanged). Address and dob are sent whole when any part changed; ubos are sent
// whole when the list changed; meta when any key changed.
CustomerRequest changedFields(const CustomerRequest &original, const CustomerRequest &edited);

// What the retrieved customer already says, as a request (public fields only: the vendor never
// returns SSN, dob, EIN or documents), so an update form can be prefilled and diffed.
CustomerRequest fromCustomer(const Customer &customer);

// True when nothing is set (an update with nothing to send).
bool isEmpty(const CustomerRequest &request);

} // namespace SphereRequestCodec
