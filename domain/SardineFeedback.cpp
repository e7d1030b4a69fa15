#include "SardineFeedback.h"

using namespace Qt::Literals::StringLiterals;

QString sardineFeedbackStatus(CaseDecisionKind kind)
{
    switch (kind) {
    case CaseDecisionKind::Approve:
        return u"approved"_s;
    case CaseDecisionKind::Reject:
        return u"declined"_s;
    case CaseDecisionKind::Escalate:
    case CaseDecisionKind::RequestInformation:
        break;
    }
    return u"manual_review"_s;
}

QStringList sardineFeedbackStatuses()
{
    return { u"approved"_s, u"declined"_s, u"manual_review"_s };
}
