#pragma once

#include "RecordTableModel.h"
#include "SardineFeedback.h"

// What the desk told (or will tell) Sardine about the selected customer, newest first: when it was
// queued, the outcome, and where it stands — waiting (with the last failure), sent, withdrawn by an
// undo, or refused by Sardine.
class SardineFeedbackModel : public RecordTableModel<QueuedFeedback>
{
    Q_OBJECT

public:
    enum Column { QueuedAt, Outcome, Reason, State, Attempts, LastError, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    using RecordTableModel::RecordTableModel;
    void setFeedback(const QList<QueuedFeedback> &feedback) { resetRecords(feedback); }

    static QString outcomeLabel(const QString &status);
    static QString stateText(const QueuedFeedback &feedback);

protected:
    QStringList headers() const override;
    QVariant cell(const QueuedFeedback &feedback, int column, int role) const override;
};
