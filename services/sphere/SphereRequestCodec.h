#pragma once

// Strict JSON codec for Sphere's create/update request bodies (SphereRequestTypes.h).
// Encoding writes only the fields that are set, at every depth (an address sends only its lines
// that are set), with the vendor's names; documents become base64 strings, encoded here from their
// bytes and nowhere else. Decoding (for `kycdesk-cli … --from-json`, drafts) checks
// every field's type and rejects unknown keys and nulls with the JSON path of the first offender
// (RequestJsonReader) — a typo in a request file must not silently drop a field, and Sphere's
// update documents no way to clear one.

#include "RequestJsonReader.h"
#include "Result.h"
#include "SphereRequestTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <type_traits>

namespace SphereRequestCodec {

// Each document field a request sends, in no particular order: its own, and its owners' when it
// sends owners (`Request` is CustomerRequest or const CustomerRequest).
template<typename Request, typename Visit> void forEachDocument(Request &r, Visit &&visit)
{
    static_assert(std::is_same_v<std::remove_const_t<Request>, CustomerRequest>);
    for (auto *document : { &r.proofOfAddressDocument, &r.identityDocumentFront, &r.identityDocumentBack,
                            &r.incorporationDocument, &r.shareholderDocument, &r.statementOfFunds })
        visit(*document);
    if (!r.hasUbos)
        return;
    for (auto &u : r.ubos) {
        visit(u.identityDocumentFront);
        visit(u.identityDocumentBack);
    }
}

QJsonObject encode(const CustomerRequest &request);
QJsonObject encode(const UboRequest &ubo);
// The same as a compact UTF-8 JSON document; call it off the UI thread for large documents.
QByteArray encodeBody(const CustomerRequest &request);

// `path` names the root in error messages, e.g. "request" or "rows[3]". Drafts of older builds
// hold padding nulls and are read with NullPolicy::Absent.
Result<CustomerRequest> decode(const QJsonObject &json, const QString &path = QStringLiteral("request"),
                               RequestJsonReader::NullPolicy nulls = RequestJsonReader::NullPolicy::Refuse);
Result<CustomerRequest> decodeBody(const QByteArray &body, const QString &path = QStringLiteral("request"),
                                   RequestJsonReader::NullPolicy nulls
                                   = RequestJsonReader::NullPolicy::Refuse);

// The update body: only the fields whose value in `edited` differs from `original` (the vendor
// leaves the rest unchanged), at every depth: an address sends only its changed lines, each owner
// of `ubos` only its changed fields (positions matter: see changedFields' notes in the README).
// dob is one date and goes whole; meta is one object of the caller's own keys and goes whole when
// any key changed.
CustomerRequest changedFields(const CustomerRequest &original, const CustomerRequest &edited);

// Paths of values `original` has and `edited` no longer has ("address.line2", "ubos[0].email"):
// Sphere documents no way to clear a value, so an update cannot send these; callers say so.
QStringList clearedFields(const CustomerRequest &original, const CustomerRequest &edited);

// What the retrieved customer already says, as a request (public fields only: the vendor never
// returns SSN, dob, EIN or documents), so an update form can be prefilled and diffed.
CustomerRequest fromCustomer(const Customer &customer);

// True when nothing is set (an update with nothing to send).
bool isEmpty(const CustomerRequest &request);

} // namespace SphereRequestCodec
