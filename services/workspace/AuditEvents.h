#pragma once

#include "ReviewTypes.h"
#include "SardineFeedback.h"
#include "VendorRequestRecord.h"

// The audit rows the desk writes besides decisions and notes, built in one place so the UI never
// writes JSON and no row carries a secret or a PII value.
namespace AuditEvents {

// "vendor-request": vendor, method, path without its query, status, duration, error kind and the
// vendor's request id.
AuditEvent vendorRequest(const VendorRequestRecord &record);
// "pii-reveal": which field of which customer, and the reason picked from the short list.
AuditEvent piiReveal(const QString &customerId, const QString &field, const QString &reason);
// "export": what was exported, in which format, how many rows, and the filter that chose them.
AuditEvent exported(const QString &what, const QString &format, qsizetype rows, const AuditFilter &filter);
// "export" of the book as shown: the format, how many customers, which queue and filters chose them
// (the free text only as "there was one": it may be a name), and whether names and emails were in clear.
AuditEvent viewExported(const QString &format, qsizetype rows, const QString &queue, bool hadText,
                        const QString &kyc, const QString &type, bool personalData);
// "customer-create" / "customer-update": a Sphere customer the analyst created or changed (its type;
// nothing it holds).
AuditEvent customerSaved(const QString &customerId, bool created, const QString &type);
// "risk-check": a Sardine check the analyst ran, whether it answered, and the level it gave.
AuditEvent riskChecked(const QString &customerId, bool answered, const QString &level);
// "yativo-onboard": a customer the analyst added to Yativo (its Yativo id).
AuditEvent yativoOnboarded(const QString &yativoId);
// "sardine-feedback": a feedback queued by hand, sent or refused — its id, decision, status and
// what happened (`outcome`: queued, sent, refused).
AuditEvent sardineFeedback(const QueuedFeedback &feedback, const QString &outcome);

} // namespace AuditEvents
