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
    // Cast once: filterAcceptsRow and lessThan run 100 000 times a keystroke.
    m_customers = qobject_cast<CustomerTableModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

QStringList CustomerFilterProxyModel::termsOf(const QString &text)
{
    // Trimmed, any whitespace separates terms, case-insensitive (the haystack is lowercase).
    return text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void CustomerFilterProxyModel::setTextFilter(const QString &text)
{
    m_text = text;
    QStringList terms = termsOf(text);
    if (terms == m_terms)
        return; // "ann" -> "ann " changes nothing: no refilter
    m_terms = std::move(terms);
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
    // Same order as SortRole, without building two QVariants per comparison.
    if (!m_customers || sortRole() != CustomerTableModel::SortRole)
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
