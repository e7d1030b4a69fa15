#include "CaseDecisionModel.h"

#include "EnumTable.h"

namespace {
constexpr EnumLabel<CaseDecisionKind> kDecisionLabels[] = {
    { CaseDecisionKind::Approve, QT_TRANSLATE_NOOP("CaseDecisionModel", "Approved") },
    { CaseDecisionKind::Reject, QT_TRANSLATE_NOOP("CaseDecisionModel", "Rejected") },
    { CaseDecisionKind::Escalate, QT_TRANSLATE_NOOP("CaseDecisionModel", "Escalated") },
    { CaseDecisionKind::RequestInformation, QT_TRANSLATE_NOOP("CaseDecisionModel", "Information requested") },
};
} // namespace

QString CaseDecisionModel::decisionLabel(CaseDecisionKind kind)
{
    return translatedLabel("CaseDecisionModel", kDecisionLabels, kind);
}

QString CaseDecisionModel::standingText(const CaseDecision &d)
{
    switch (d.state) {
    case CaseDecisionState::Final:
        return d.pending ? tr("Kept on this computer") : tr("Final");
    case CaseDecisionState::AwaitingSecond:
        return tr("Awaiting a second analyst");
    case CaseDecisionState::Confirmed:
        return tr("Confirmed by %1").arg(d.secondAnalyst);
    case CaseDecisionState::Returned:
        return tr("Returned by %1: %2").arg(d.secondAnalyst, d.secondReason);
    }
    return {};
}

QStringList CaseDecisionModel::headers() const
{
    return { tr("When"),   tr("Decision"), tr("Reason"), tr("Analyst"),
             tr("Undone"), tr("Standing"), tr("Comment") };
}

QVariant CaseDecisionModel::cell(const CaseDecision &d, int column, int role) const
{
    if (role == SortRole)
        return column == DecidedAt ? dateSortKey(d.decidedAt) : textSortKey(d, column);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DecidedAt:
        return dateText(d.decidedAt);
    case Decision:
        return decisionLabel(d.kind);
    case Reason:
        return d.reason;
    case Comment:
        return d.comment.isEmpty() ? StatusText::missing() : d.comment;
    case Analyst:
        return d.analyst;
    case Undone:
        return d.undoneAt ? dateText(*d.undoneAt) : QVariant(QString());
    case Standing:
        return standingText(d);
    default:
        return {};
    }
}
