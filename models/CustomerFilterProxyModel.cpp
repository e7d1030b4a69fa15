#include "CustomerFilterProxyModel.h"

#include "CustomerSortKey.h"
#include "CustomerTableModel.h"

#include <utility>

namespace {
// Above this many rows changing visibility, rebuilding the whole mapping (filter + sort, one
// layoutChanged) is cheaper than QSortFilterProxyModel's incremental insert/remove, whose cost
// grows with the number of scattered row ranges (measured: 75 000 rows leaving took 280 ms).
constexpr int kIncrementalLimit = 1000;
// Above this many rows appended at once to a sorted proxy, one sort of everything beats placing
// each row: QSortFilterProxyModel inserts one interval per run of new rows that lands between two
// old ones, and each interval rewrites the source-to-proxy map from its position and is a separate
// rowsInserted for the view. A page of the customer book scatters over the whole order, so loading
// 100 000 customers meant tens of thousands of intervals over a 100 000-row map; now it is one
// insertion at the end and one stable sort (O(n log n), one layoutChanged) per batch.
constexpr int kBulkInsertRows = 64;
} // namespace

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(CustomerTableModel::SortRole);
    setDynamicSortFilter(true);
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    // Cast once: filterAcceptsRow and lessThan run 100 000 times a keystroke.
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    forgetVerdicts(true);
    m_customers = qobject_cast<CustomerTableModel *>(model);
    if (m_customers) {
        // Connected before QSortFilterProxyModel's own handlers, so they never see stale verdicts or
        // sort keys. Keys follow changed and appended rows (the book only ever appends); anything
        // else drops them until the next full sort.
        const auto stale = [this] {
            forgetVerdicts(false);
            m_sortKeysColumn = -1;
        };
        m_sourceConnections = {
            connect(m_customers, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        forgetVerdicts(false);
                        updateSortKeys(topLeft.row(), bottomRight.row());
                    }),
            connect(m_customers, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (parent.isValid() || size_t(first) != m_sortKeys.size())
                            m_sortKeysColumn = -1;
                        else
                            updateSortKeys(first, last);
                    }),
            connect(m_customers, &QAbstractItemModel::rowsAboutToBeInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        forgetVerdicts(false);
                        // Placed unsorted at the end (dynamic sorting off), sorted once in rowsInserted.
                        if (!parent.isValid() && last - first + 1 >= kBulkInsertRows && dynamicSortFilter()
                            && sortColumn() >= 0) {
                            m_sortAfterInsert = true;
                            setDynamicSortFilter(false);
                        }
                    }),
            connect(m_customers, &QAbstractItemModel::rowsAboutToBeRemoved, this, stale),
            connect(m_customers, &QAbstractItemModel::layoutAboutToBeChanged, this, stale),
            connect(m_customers, &QAbstractItemModel::modelAboutToBeReset, this,
                    [this] {
                        forgetVerdicts(true);
                        m_sortKeysColumn = -1;
                    }),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
    if (m_customers) {
        // Connected after QSortFilterProxyModel's own handler, so the new rows are mapped by now.
        m_sourceConnections.append(connect(m_customers, &QAbstractItemModel::rowsInserted, this, [this] {
            if (!std::exchange(m_sortAfterInsert, false))
                return;
            prepareSortKeys(sortColumn());
            setDynamicSortFilter(true); // sorts every row (stable), one layoutChanged
        }));
    }
}

void CustomerFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    prepareSortKeys(column); // before QSortFilterProxyModel sorts by it
    QSortFilterProxyModel::sort(column, order);
}

Qt::ItemFlags CustomerFilterProxyModel::flags(const QModelIndex &index) const
{
    // QTreeView asks every row's flags each time it lays its rows out (after each batch of a load,
    // after a keystroke that changes many rows): mapping 100 000 indexes to the source for flags
    // that are the same for every cell of the table was a quarter of that layout.
    if (m_customers && index.isValid()) {
        Q_ASSERT(index.model() == this);
        return CustomerTableModel::kCellFlags;
    }
    return QSortFilterProxyModel::flags(index);
}

void CustomerFilterProxyModel::prepareSortKeys(int column)
{
    if (!m_customers || sortRole() != CustomerTableModel::SortRole || column < 0
        || column >= CustomerTableModel::ColumnCount) {
        m_sortKeysColumn = -1;
        return;
    }
    if (m_sortKeysColumn == column && m_sortKeys.size() == size_t(m_customers->rowCount()))
        return;
    m_sortKeys.clear();
    m_sortKeysColumn = column;
    updateSortKeys(0, m_customers->rowCount() - 1);
}

void CustomerFilterProxyModel::updateSortKeys(int first, int last)
{
    // Rows changed or appended at the end; keys for rows beyond the array are appended.
    if (m_sortKeysColumn < 0 || !m_customers || first < 0 || size_t(first) > m_sortKeys.size()
        || last >= m_customers->rowCount()) {
        m_sortKeysColumn = -1;
        return;
    }
    if (last < first)
        return;
    if (size_t(last) >= m_sortKeys.size())
        m_sortKeys.resize(size_t(last) + 1);
    for (int row = first; row <= last; ++row)
        m_sortKeys[size_t(row)]
            = CustomerSortKey::of(*m_customers, m_customers->rowAt(row), m_sortKeysColumn);
}

void CustomerFilterProxyModel::forgetVerdicts(bool dropHints)
{
    m_verdictsCurrent = false;
    if (dropHints)
        m_verdicts = {};
}

QStringList CustomerFilterProxyModel::termsOf(const QString &text)
{
    // Trimmed, any whitespace separates terms, case-insensitive (the haystack is lowercase).
    return text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void CustomerFilterProxyModel::setTextFilter(const QString &text)
{
    m_text = text;
    Criteria next;
    next.terms = termsOf(text);
    if (next.terms == m_criteria.terms)
        return; // "ann" -> "ann " changes nothing: no refilter
    for (const QString &term : std::as_const(next.terms))
        next.matchers.append(QStringMatcher(term, Qt::CaseSensitive));
    next.kyc = m_criteria.kyc;
    next.type = m_criteria.type;
    next.queue = m_criteria.queue;
    apply(std::move(next));
}

template<typename T>
void CustomerFilterProxyModel::applyCriterion(std::optional<T> Criteria::*criterion, std::optional<T> value)
{
    if (value == m_criteria.*criterion)
        return;
    Criteria next = m_criteria;
    next.*criterion = value;
    apply(std::move(next));
}

void CustomerFilterProxyModel::setKycFilter(std::optional<KycStatus> status)
{
    applyCriterion(&Criteria::kyc, status);
}

void CustomerFilterProxyModel::setTypeFilter(std::optional<CustomerType> type)
{
    applyCriterion(&Criteria::type, type);
}

bool CustomerFilterProxyModel::accepts(const Criteria &criteria, const CustomerRow &row,
                                       QStringView haystack) const
{
    if (criteria.kyc && row.kyc != *criteria.kyc)
        return false;
    if (criteria.type && row.type != *criteria.type)
        return false;
    for (const QStringMatcher &matcher : criteria.matchers) {
        if (matcher.indexIn(haystack) < 0)
            return false;
    }
    const ReviewQueue &queue = *criteria.queue;
    return queue.kind == ReviewQueue::Kind::Everyone
        || queue.accepts(row, haystack, queue.needsIds() ? m_customers->id(row) : QStringView());
}

void CustomerFilterProxyModel::setQueue(const ReviewQueue &queue)
{
    if (queue == *m_criteria.queue)
        return;
    Criteria next = m_criteria;
    next.queue = std::make_shared<const ReviewQueue>(queue);
    apply(std::move(next));
}

void CustomerFilterProxyModel::apply(Criteria &&next)
{
    // Match every row once, in one tight pass over the compact rows, and count the rows whose
    // visibility flips: a few go through the incremental path (no relayout), many through a
    // rebuild. QSortFilterProxyModel then reads these verdicts instead of matching again.
    int flips = 0;
    std::vector<bool> verdicts;
    if (m_customers) {
        const int rows = m_customers->rowCount();
        verdicts.resize(size_t(rows));
        for (int r = 0; r < rows; ++r) {
            const CustomerRow &row = m_customers->rowAt(r);
            const QStringView haystack = m_customers->searchText(row);
            const bool now = accepts(next, row, haystack);
            const bool before = size_t(r) < m_verdicts.size() ? bool(m_verdicts[size_t(r)])
                                                              : accepts(m_criteria, row, haystack);
            verdicts[size_t(r)] = now;
            flips += now != before;
        }
    }
    m_criteria = std::move(next);
    m_verdicts = std::move(verdicts);
    m_verdictsCurrent = m_customers != nullptr;
    if (flips <= kIncrementalLimit) {
        invalidateRowsFilter(); // rows only: the columns never change
    } else {
        prepareSortKeys(sortColumn());
        invalidate();
        (void)rowCount(); // build the mapping now, while the verdicts are current
    }
    m_verdictsCurrent = false;
}

bool CustomerFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_customers || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    if (m_verdictsCurrent && size_t(sourceRow) < m_verdicts.size())
        return m_verdicts[size_t(sourceRow)];
    const CustomerRow &row = m_customers->rowAt(sourceRow);
    return accepts(m_criteria, row, m_customers->searchText(row));
}

bool CustomerFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Same order as SortRole, without building two QVariants per comparison.
    if (!m_customers || sortRole() != CustomerTableModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (column == m_sortKeysColumn) {
        const quint64 a = m_sortKeys[size_t(left.row())];
        const quint64 b = m_sortKeys[size_t(right.row())];
        if (a != b)
            return a < b;
    }
    if (column < 0 || column >= CustomerTableModel::ColumnCount)
        return QSortFilterProxyModel::lessThan(left, right);
    return rowLessThan(m_customers->rowAt(left.row()), m_customers->rowAt(right.row()), column);
}

bool CustomerFilterProxyModel::rowLessThan(const CustomerRow &a, const CustomerRow &b, int column) const
{
    switch (column) {
    case CustomerTableModel::Name: {
        const int c = m_customers->name(a).compare(m_customers->name(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : m_customers->id(a) < m_customers->id(b);
    }
    case CustomerTableModel::Email:
        return m_customers->email(a).compare(m_customers->email(b), Qt::CaseInsensitive) < 0;
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
        return false;
    }
}
