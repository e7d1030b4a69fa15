#include "RequirementListModel.h"

#include "StatusText.h"

int RequirementListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant RequirementListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return StatusText::requirement(key);
    case Qt::ToolTipRole:
    case KeyRole:
        return key;
    default:
        return {};
    }
}

void RequirementListModel::setRequirements(const QStringList &keys)
{
    // The vendor sometimes lists a key twice (see its own example); show each once.
    QStringList unique;
    for (const QString &k : keys) {
        if (!unique.contains(k))
            unique << k;
    }
    beginResetModel();
    m_keys = unique;
    endResetModel();
}
