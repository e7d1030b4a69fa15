#include "VerificationLevelModel.h"

#include "StatusText.h"

QStringList VerificationLevelModel::headers() const
{
    return { tr("Name"), tr("Status"), tr("Open requirements") };
}

QVariant VerificationLevelModel::cell(const VerificationLevel &l, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        // The vendor's own strings: the status as sent, the requirement keys as sent.
        if (column == Name)
            return l.name.null ? QVariant() : QVariant(l.name.raw);
        if (column == Status)
            return l.status.null ? QVariant() : QVariant(l.status.raw);
        return l.requirements.isEmpty() ? QVariant() : QVariant(l.requirements.join(QStringLiteral(", ")));
    }
    if (role == SortRole)
        return column == Status ? QVariant(int(l.status.value)) : textSortKey(l, column);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return StatusText::verificationLevelName(l.name);
    case Status:
        return StatusText::verificationStatus(l.status);
    case OpenRequirements: {
        if (l.requirements.isEmpty())
            return StatusText::missing();
        QStringList labels;
        for (const QString &r : l.requirements)
            labels << StatusText::requirement(r);
        return labels.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}
