#include "CustomerFilterProxyModel.h"

#include "CustomerTableModel.h"

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_customers = qobject_cast<CustomerTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void CustomerFilterProxyModel::setTextFilter(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms) {
        m_text = text;
        return;
    }
    m_text = text;
    m_terms = terms;
    invalidateRowsFilter(); // rows only: the columns never change
}

void CustomerFilterProxyModel::setKycFilter(std::optional<KycStatus> status)
{
    if (status == m_kyc)
        return;
    m_kyc = status;
    invalidateRowsFilter();
}

void CustomerFilterProxyModel::setTypeFilter(std::optional<CustomerType> type)
{
    if (type == m_type)
        return;
    m_type = type;
    invalidateRowsFilter();
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_customers || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const CustomerRow &row = m_customers->rowAt(sourceRow);
    if (m_kyc && row.kyc != *m_kyc)
        return false;
    if (m_type && row.type != *m_type)
        return false;
    for (const QString &term : m_terms) {
        if (!row.searchText.contains(term))
            return false;
    }
    return true;
}

bool CustomerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_customers)
        return QSortFilterProxyModel::lessThan(left, right);
    const CustomerRow &a = m_customers->rowAt(left.row());
    const CustomerRow &b = m_customers->rowAt(right.row());
    switch (left.column()) {
    case CustomerTableModel::Name: {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.id < b.id;
    }
    case CustomerTableModel::Email:
        return a.email.compare(b.email, Qt::CaseInsensitive) < 0;
    case CustomerTableModel::Type:
        return a.type < b.type;
    case CustomerTableModel::Kyc:
        return a.kyc < b.kyc;
    case CustomerTableModel::Tos:
        return a.tos < b.tos;
    case CustomerTableModel::Msa:
        return a.msa < b.msa;
    case CustomerTableModel::OpenRequirements:
        return a.openRequirements < b.openRequirements;
    case CustomerTableModel::Created:
        return a.createdMs < b.createdMs;
    case CustomerTableModel::Updated:
        return a.updatedMs < b.updatedMs;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
