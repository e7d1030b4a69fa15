#pragma once

#include "RecordTableModel.h"
#include "ReviewTypes.h"

// The selected customer's case decisions, newest first: when, who, what, why; an undone decision
// says so in its own column.
class CaseDecisionModel : public RecordTableModel<CaseDecision>
{
    Q_OBJECT

public:
    enum Column { DecidedAt, Decision, Reason, Analyst, Undone, Comment, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setDecisions(const QList<CaseDecision> &decisions) { resetRecords(decisions); }

    static QString decisionLabel(CaseDecisionKind kind);

protected:
    QStringList headers() const override;
    QVariant cell(const CaseDecision &decision, int column, int role) const override;
};
