#pragma once

// What a customer form needs to know about Sphere's request rules without knowing the wire
// format: the prefill of an update, its diff (an update sends only what changed), the values an
// update cannot clear, and the compact form a draft keeps a request in.

#include "Result.h"
#include "SphereRequestTypes.h"
#include "SphereTypes.h"

#include <QByteArray>
#include <QStringList>

namespace CustomerEdits {

// The retrieved customer as a request: what an update form starts from.
CustomerRequest fromCustomer(const Customer &customer);
// Only the fields of `edited` that differ from `baseline`.
CustomerRequest changedFields(const CustomerRequest &baseline, const CustomerRequest &edited);
// Paths of values `baseline` has and `edited` no longer has: Sphere cannot clear them.
QStringList clearedFields(const CustomerRequest &baseline, const CustomerRequest &edited);
bool isEmpty(const CustomerRequest &request);

// A request inside a draft (the owners, an unanswered attempt), and back. Drafts of older builds
// are read the same way.
QByteArray toDraft(const CustomerRequest &request);
Result<CustomerRequest> fromDraft(const QByteArray &bytes);

} // namespace CustomerEdits
