#include "VerificationLevelModel.h"

#include "StatusText.h"

QStringList VerificationLevelModel::headers() const
{
    return { tr("Level"), tr("Status"), tr("Open requirements") };
}

QVariant VerificationLevelModel::cell(const VerificationLevel &l, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return column == Status ? QVariant(l.status.raw) : QVariant(l.requirements.join(QLatin1Char(' ')));
    if (role == SortRole)
        return column == Status ? QVariant(int(l.status.value)) : cell(l, column, Qt::DisplayRole);
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
