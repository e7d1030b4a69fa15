#pragma once

#include "CustomerRow.h"
#include "Result.h"
#include "SphereTypes.h"

#include <optional>
#include <QByteArray>

// The fast path for the customer book. A page of 1 000 customers is 1.2 MB of JSON; decoding
// every documented field of every customer with QJsonDocument costs ≈ 45 ms a page, which made
// loading 100 000 customers CPU-bound. The table needs only a handful of fields, so this decoder
// parses the page with simdjson's DOM parser and converts exactly those straight into the table's
// compact rows (with their texts and lowercase search texts), so the UI thread only appends them;
// the detail pane always fetches the full customer.
//
// It accepts exactly what the strict decoder accepts, and gives the same rows: simdjson validates
// the whole body, and every field the strict decoder reads is checked for the type it expects there
// (fuzz/ holds a differential target that proves the two agree). Anything else — an error status,
// ok:false, a wrong type, malformed JSON, a duplicated "data" key, a number Qt refuses — is handed
// to SphereCodec's full decoder, so the caller gets the same typed ApiError with the same JSON path;
// a body the strict path accepts is converted row by row (CustomerRowBatch::append(const Customer &)).
namespace SphereListDecoder {

Result<CustomerRowPage> decodeTableRows(int httpStatus, const QByteArray &body);
// decodeTableRows' fast path alone, for a successful response: std::nullopt where it hands the page
// to the strict decoder (exposed so that tests can tell which path a page took).
std::optional<CustomerRowPage> decodeTableRowsFast(const QByteArray &body);

// "2024-07-31T23:44:16.319Z" → msecs since the epoch, without QDateTime's general parser;
// std::nullopt for anything else (the caller falls back).
std::optional<qint64> parseIsoUtcMillis(std::string_view text);

} // namespace SphereListDecoder
