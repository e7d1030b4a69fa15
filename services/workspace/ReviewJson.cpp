#include "ReviewJson.h"

#include "WorkspaceDatabase.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QJsonValue timeValue(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(WorkspaceDatabase::timeText(when)) : QJsonValue();
}
} // namespace

QJsonObject ReviewJson::encode(const CustomerNote &note)
{
    return { { u"id"_s, note.id },
             { u"customerId"_s, note.customerId },
             { u"author"_s, note.author },
             { u"writtenAt"_s, timeValue(note.writtenAt) },
             { u"text"_s, note.text } };
}

QJsonObject ReviewJson::encode(const CaseDecision &decision)
{
    return { { u"id"_s, decision.id },
             { u"customerId"_s, decision.customerId },
             { u"decision"_s, caseDecisionWord(decision.kind) },
             { u"reason"_s, decision.reason },
             { u"comment"_s, decision.comment },
             { u"analyst"_s, decision.analyst },
             { u"decidedAt"_s, timeValue(decision.decidedAt) },
             { u"undoneAt"_s, decision.undoneAt ? timeValue(*decision.undoneAt) : QJsonValue() },
             { u"state"_s, caseDecisionStateWord(decision.state) },
             { u"secondAnalyst"_s, decision.secondAnalyst.isEmpty() ? QJsonValue() : decision.secondAnalyst },
             { u"secondAt"_s, decision.secondAt ? timeValue(*decision.secondAt) : QJsonValue() } };
}

QJsonObject ReviewJson::encode(const AuditRecord &record)
{
    return { { u"seq"_s, record.sequence },
             { u"recordedAt"_s, timeValue(record.recordedAt) },
             { u"analyst"_s, record.analyst },
             { u"action"_s, record.event.action },
             { u"customerId"_s, record.event.customerId },
             { u"detail"_s, record.event.detail },
             { u"previousHash"_s, record.previousHash },
             { u"hash"_s, record.hash } };
}
