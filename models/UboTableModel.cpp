#include "UboTableModel.h"

#include "StatusText.h"

QStringList UboTableModel::headers() const
{
    return { tr("Name"), tr("Email"), tr("Phone"), tr("Country"), tr("Open req."), tr("Created") };
}

QStringList UboTableModel::headerToolTips() const
{
    QStringList tips = headers();
    tips[OpenRequirements] = tr("Open requirements");
    return tips;
}

QVariant UboTableModel::cell(const Ubo &u, int column, int role) const
{
    const QString name = QStringList { u.firstName.value_or(QString()), u.lastName.value_or(QString()) }
                             .join(QLatin1Char(' '))
                             .trimmed();
    if (role == RecordRoles::PersonalData)
        return column == Name || column == Email || column == Phone;
    if (role == IdRole)
        return u.id;
    if (role == Qt::ToolTipRole) {
        if (column == OpenRequirements && !u.requirements.isEmpty()) {
            QStringList labels;
            for (const QString &r : u.requirements)
                labels << StatusText::requirement(r);
            return labels.join(QLatin1Char('\n'));
        }
        return column == Name ? QVariant(u.id) : QVariant();
    }
    if (role == SortRole) {
        switch (column) {
        case Name:
            return name.toLower();
        case OpenRequirements:
            return int(u.requirements.size());
        case Created:
            return dateSortKey(u.created);
        default:
            return textSortKey(u, column);
        }
    }
    if (role == Qt::TextAlignmentRole && column == OpenRequirements)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Name:
        return name.isEmpty() ? StatusText::missing() : name;
    case Email:
        return StatusText::orDash(u.email);
    case Phone:
        return StatusText::orDash(u.phoneNumber);
    case Country:
        return u.address ? StatusText::orDash(u.address->country) : StatusText::missing();
    case OpenRequirements:
        return int(u.requirements.size());
    case Created:
        return dateText(u.created);
    default:
        return {};
    }
}
