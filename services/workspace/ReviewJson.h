#pragma once

#include "ReviewTypes.h"

#include <QJsonObject>

// The workspace's review records as JSON, for `--json`, JSON Lines export and the audit view's
// copy: one shape everywhere, times in UTC ISO 8601 with milliseconds.
namespace ReviewJson {

QJsonObject encode(const CustomerNote &note);
QJsonObject encode(const CaseDecision &decision);
// With the chain hashes, so an exported trail can be checked on its own.
QJsonObject encode(const AuditRecord &record);

} // namespace ReviewJson
