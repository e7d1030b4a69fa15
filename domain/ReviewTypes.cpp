#include "ReviewTypes.h"

#include "EnumTable.h"

namespace {
constexpr EnumSpelling<CaseDecisionKind> kDecisionWords[] = {
    { CaseDecisionKind::Approve, u"approve" },
    { CaseDecisionKind::Reject, u"reject" },
    { CaseDecisionKind::Escalate, u"escalate" },
    { CaseDecisionKind::RequestInformation, u"request-info" },
};
constexpr EnumSpelling<CaseDecisionState> kStateWords[] = {
    { CaseDecisionState::Final, u"final" },
    { CaseDecisionState::AwaitingSecond, u"awaiting-second" },
    { CaseDecisionState::Confirmed, u"confirmed" },
    { CaseDecisionState::Returned, u"returned" },
};

} // namespace

QString caseDecisionStateWord(CaseDecisionState state)
{
    return spellingOf(kStateWords, state);
}

std::optional<CaseDecisionState> caseDecisionStateFromWord(QStringView word)
{
    return valueSpelled(kStateWords, word);
}

QString caseDecisionWord(CaseDecisionKind kind)
{
    return spellingOf(kDecisionWords, kind);
}

std::optional<CaseDecisionKind> caseDecisionFromWord(QStringView word)
{
    return valueSpelled(kDecisionWords, word);
}
