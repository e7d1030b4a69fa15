#include "CustomerNoteModel.h"

QStringList CustomerNoteModel::headers() const
{
    return { tr("When"), tr("Author"), tr("Note"), tr("Customer") };
}

QVariant CustomerNoteModel::cell(const CustomerNote &n, int column, int role) const
{
    if (role == SortRole)
        return column == WrittenAt ? dateSortKey(n.writtenAt) : textSortKey(n, column);
    if (role == Qt::ToolTipRole && column == Text)
        return n.text;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WrittenAt:
        return dateText(n.writtenAt);
    case Author:
        return n.author;
    case Text:
        return n.text;
    case Customer:
        return n.customerId;
    default:
        return {};
    }
}
