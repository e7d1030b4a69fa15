#include "AuditTableModel.h"

#include <QJsonDocument>

QStringList AuditTableModel::headers() const
{
    return { tr("#"), tr("When"), tr("Analyst"), tr("Action"), tr("Customer"), tr("Detail"), tr("Hash") };
}

QVariant AuditTableModel::cell(const AuditRecord &r, int column, int role) const
{
    if (role == SortRole) {
        if (column == Sequence)
            return r.sequence;
        return column == RecordedAt ? dateSortKey(r.recordedAt) : textSortKey(r, column);
    }
    if (role == Qt::ToolTipRole && column == Hash)
        return tr("%1\nafter %2").arg(r.hash, r.previousHash);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Sequence:
        return r.sequence;
    case RecordedAt:
        return dateText(r.recordedAt);
    case Analyst:
        return r.analyst;
    case Action:
        return r.event.action;
    case Customer:
        return r.event.customerId.isEmpty() ? StatusText::missing() : r.event.customerId;
    case Detail:
        return QString::fromUtf8(QJsonDocument(r.event.detail).toJson(QJsonDocument::Compact));
    case Hash:
        return r.hash.left(12);
    default:
        return {};
    }
}
