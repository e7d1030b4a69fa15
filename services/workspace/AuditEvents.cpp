#include "AuditEvents.h"

using namespace Qt::Literals::StringLiterals;

AuditEvent AuditEvents::vendorRequest(const VendorRequestRecord &record)
{
    QJsonObject detail { { u"vendor"_s, record.vendor },
                         { u"method"_s, QString::fromLatin1(record.method) },
                         { u"path"_s, record.path.section(u'?', 0, 0) },
                         { u"status"_s, record.httpStatus },
                         { u"durationMs"_s, record.durationMs } };
    if (!record.errorKind.isEmpty())
        detail.insert(u"error"_s, record.errorKind);
    if (!record.requestId.isEmpty())
        detail.insert(u"requestId"_s, record.requestId);
    return { u"vendor-request"_s, QString(), detail };
}

AuditEvent AuditEvents::piiReveal(const QString &customerId, const QString &field, const QString &reason)
{
    return { u"pii-reveal"_s, customerId, QJsonObject { { u"field"_s, field }, { u"reason"_s, reason } } };
}

AuditEvent AuditEvents::exported(const QString &what, const QString &format, qsizetype rows,
                                 const AuditFilter &filter)
{
    return { u"export"_s, filter.customerId,
             QJsonObject {
                 { u"what"_s, what },
                 { u"format"_s, format },
                 { u"rows"_s, rows },
                 { u"analystFilter"_s, filter.analyst },
                 { u"actionFilter"_s, filter.action },
                 { u"since"_s,
                   filter.since.isValid() ? filter.since.toUTC().toString(Qt::ISODate) : QString() } } };
}

AuditEvent AuditEvents::sardineFeedback(const QueuedFeedback &feedback, const QString &outcome)
{
    return { u"sardine-feedback"_s, feedback.feedback.customerId,
             QJsonObject { { u"feedback"_s, feedback.feedback.id },
                           { u"decision"_s, feedback.decisionId },
                           { u"status"_s, feedback.feedback.status },
                           { u"environment"_s, feedback.environment },
                           { u"outcome"_s, outcome } } };
}

AuditEvent AuditEvents::viewExported(const QString &format, qsizetype rows, const QString &queue,
                                     bool hadText, const QString &kyc, const QString &type, bool personalData)
{
    return { u"export"_s, QString(),
             QJsonObject { { u"what"_s, u"customer-view"_s },
                           { u"format"_s, format },
                           { u"rows"_s, rows },
                           { u"queue"_s, queue },
                           { u"textFilter"_s, hadText },
                           { u"kycFilter"_s, kyc },
                           { u"typeFilter"_s, type },
                           { u"personalData"_s, personalData } } };
}

AuditEvent AuditEvents::customerSaved(const QString &customerId, bool created, const QString &type)
{
    return { created ? u"customer-create"_s : u"customer-update"_s, customerId,
             QJsonObject { { u"type"_s, type } } };
}

AuditEvent AuditEvents::riskChecked(const QString &customerId, bool answered, const QString &level)
{
    return { u"risk-check"_s, customerId,
             QJsonObject { { u"answered"_s, answered }, { u"level"_s, level } } };
}

AuditEvent AuditEvents::yativoOnboarded(const QString &yativoId)
{
    return { u"yativo-onboard"_s, QString(), QJsonObject { { u"yativo"_s, yativoId } } };
}
