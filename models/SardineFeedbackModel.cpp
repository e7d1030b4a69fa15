#include "SardineFeedbackModel.h"

using namespace Qt::Literals::StringLiterals;

QString SardineFeedbackModel::outcomeLabel(const QString &status)
{
    if (status == u"approved")
        return tr("Approved");
    if (status == u"declined")
        return tr("Declined");
    if (status == u"manual_review")
        return tr("Manual review");
    return status;
}

QString SardineFeedbackModel::stateText(const QueuedFeedback &f)
{
    const auto when = [](const QDateTime &t) { return dateText(t).toString(); };
    switch (f.state()) {
    case QueuedFeedback::State::Sent:
        return tr("Sent %1").arg(when(*f.sentAt));
    case QueuedFeedback::State::Cancelled:
        return tr("Withdrawn (decision undone)");
    case QueuedFeedback::State::Refused:
        return tr("Refused by Sardine");
    case QueuedFeedback::State::Waiting:
        break;
    }
    return f.attempts == 0 ? tr("Waiting to be sent") : tr("Waiting: Sardine could not be reached");
}

QStringList SardineFeedbackModel::headers() const
{
    return { tr("Queued"), tr("Outcome"), tr("Reason"), tr("State"), tr("Attempts"), tr("Last error") };
}

QVariant SardineFeedbackModel::cell(const QueuedFeedback &f, int column, int role) const
{
    if (role == SortRole) {
        if (column == QueuedAt)
            return dateSortKey(f.queuedAt);
        if (column == Attempts)
            return f.attempts;
        return textSortKey(f, column);
    }
    if (role == Qt::ToolTipRole && column == State && f.state() == QueuedFeedback::State::Waiting)
        return tr("Not before %1, to Sardine's %2 environment")
            .arg(dateText(f.notBefore).toString(), f.environment);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case QueuedAt:
        return dateText(f.queuedAt);
    case Outcome:
        return outcomeLabel(f.feedback.status);
    case Reason:
        return f.feedback.reason;
    case State:
        return stateText(f);
    case Attempts:
        return f.attempts;
    case LastError:
        return f.lastError;
    default:
        return {};
    }
}
