#pragma once

#include "RecordTableModel.h"
#include "ReviewTypes.h"

// The selected customer's case decisions, newest first: when, who, what, why; an undone decision
// says so in its own column, and one under four eyes where it stands (awaiting a second analyst,
// confirmed or returned, by whom).
class CaseDecisionModel : public RecordTableModel<CaseDecision>
{
    Q_OBJECT

public:
    enum Column { DecidedAt, Decision, Reason, Analyst, Undone, Standing, Comment, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setDecisions(const QList<CaseDecision> &decisions) { resetRecords(decisions); }

    static QString decisionLabel(CaseDecisionKind kind);
    // "Final", "Awaiting a second analyst", "Confirmed by …", "Returned by …: reason".
    static QString standingText(const CaseDecision &decision);

protected:
    QStringList headers() const override;
    QVariant cell(const CaseDecision &decision, int column, int role) const override;
};
