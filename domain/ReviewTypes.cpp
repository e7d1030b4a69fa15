#include "ReviewTypes.h"

#include "EnumTable.h"

namespace {
constexpr EnumSpelling<CaseDecisionKind> kDecisionWords[] = {
    { CaseDecisionKind::Approve, u"approve" },
    { CaseDecisionKind::Reject, u"reject" },
    { CaseDecisionKind::Escalate, u"escalate" },
    { CaseDecisionKind::RequestInformation, u"request-info" },
};
} // namespace

QString caseDecisionWord(CaseDecisionKind kind)
{
    return spellingOf(kDecisionWords, kind);
}

std::optional<CaseDecisionKind> caseDecisionFromWord(QStringView word)
{
    for (const auto &row : kDecisionWords) {
        if (word == QStringView(row.spelling))
            return row.value;
    }
    return std::nullopt;
}
