#include "CustomerFilterProxyModel.h"

#include "CustomerSortKey.h"
#include "CustomerTableModel.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

namespace {

// A code unit of an id as the table keeps it: ASCII bytes or UTF-16 (CustomerRow::idFolded).
char16_t unitAt(QAnyStringView text, qsizetype i)
{
    return text.visit([i](auto view) -> char16_t {
        if constexpr (std::is_same_v<decltype(view), QStringView>)
            return view[i].unicode();
        else if constexpr (std::is_same_v<decltype(view), QLatin1StringView>)
            return uchar(view[i].toLatin1());
        else
            return uchar(view.data()[i]); // not used: the table keeps no id as UTF-8
    });
}

// Below this many rows one thread does it: handing work to the pool costs more than it saves.
constexpr int kParallelRows = 50000;
constexpr int kRowsPerTask = 16384;
// Up to this many rows changing visibility reach the view one by one (rowsRemoved / rowsInserted,
// which a tree view applies in place); more as one layoutChanged, after which it lays every shown
// row out again (the insertions and removals would cost more: each one moves the rows after it).
constexpr int kIncrementalFlips = 32;

// f(first, end) over [0, rows) in slices, on the thread pool when there are many.
template<typename F> void forEachSlice(int rows, F f)
{
    if (rows <= 0)
        return;
    if (rows < kParallelRows) {
        f(0, rows);
        return;
    }
    std::vector<int> firsts;
    for (int first = 0; first < rows; first += kRowsPerTask)
        firsts.push_back(first);
    QtConcurrent::blockingMap(firsts, [&](int first) { f(first, std::min(rows, first + kRowsPerTask)); });
}

// Folds ASCII text into keys, a byte a character (A-Z as a-z) and zeros after its end, so that a
// text that ends comes before those that go on, as the full comparison has it. False (and zeros)
// where a character is not ASCII or is U+0000: the keys do not decide such a text.
bool foldAscii(QStringView text, quint64 *keys, size_t keyCount)
{
    Q_ASSERT(size_t(text.size()) <= 8 * keyCount);
    std::fill(keys, keys + keyCount, 0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t unit = text.at(i).unicode();
        if (unit - 1u >= 0x7fu) {
            std::fill(keys, keys + keyCount, 0);
            return false;
        }
        if (unit >= u'A' && unit <= u'Z')
            unit += u'a' - u'A';
        keys[i / 8] |= quint64(unit) << (56 - 8 * (i % 8));
    }
    return true;
}

// `count` items and, after them in the same block, room for sortInHalves' copy of the first half. At a
// million rows by name that block is mapped with huge pages (ScratchArray); the copy in a block of its
// own came fresh from the heap, 4 KiB at a time, and took about 30 ms of the first sort by name.
constexpr size_t withMergeRoom(size_t count)
{
    return count + (count >= size_t(kParallelRows) ? count / 2 : 0);
}

// std::sort, on two cores for a large range: two halves, then one merge, stable, through a copy of
// the first half made on the pool into `room` (withMergeRoom: at least half the range's items).
template<typename T, typename Less> void sortInHalves(T *first, T *last, T *room, Less less)
{
    const size_t count = size_t(last - first);
    if (count < size_t(kParallelRows)) {
        std::sort(first, last, less);
        return;
    }
    T *const middle = first + count / 2;
    QFuture<void> firstHalf = QtConcurrent::run([&] { std::sort(first, middle, less); });
    std::sort(middle, last, less);
    firstHalf.waitForFinished();
    const size_t half = size_t(middle - first);
    forEachSlice(int(half), [&](int from, int to) { std::copy(first + from, first + to, room + from); });
    // Merged forward into the whole range: what is written never passes what the second half has
    // still to read. On equal items the first half's goes first.
    const T *a = room;
    const T *const aEnd = a + half;
    const T *b = middle;
    T *out = first;
    while (a != aEnd && b != last)
        *out++ = less(*b, *a) ? *b++ : *a++;
    std::copy(a, aEnd, out);
}
} // namespace

CustomerFilterProxyModel::CustomerFilterProxyModel(QObject *parent) : QAbstractProxyModel(parent) { }

CustomerFilterProxyModel::~CustomerFilterProxyModel()
{
    disconnectSource();
}

int CustomerFilterProxyModel::sortRole() const
{
    return CustomerTableModel::SortRole;
}

void CustomerFilterProxyModel::disconnectSource()
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
}

void CustomerFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    disconnectSource();
    m_customers = qobject_cast<CustomerTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_customers) {
        // The table only appends rows, changes them and resets; anything else starts over.
        const auto begin = [this] { beginResetModel(); };
        const auto end = [this] {
            resetFromSource();
            endResetModel();
        };
        m_sourceConnections = {
            connect(m_customers, &QAbstractItemModel::rowsInserted, this,
                    [this](const QModelIndex &parent, int first, int last) {
                        if (!parent.isValid())
                            onRowsInserted(first, last);
                    }),
            connect(m_customers, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        onDataChanged(topLeft.row(), bottomRight.row());
                    }),
            connect(m_customers, &QAbstractItemModel::modelAboutToBeReset, this, begin),
            connect(m_customers, &QAbstractItemModel::modelReset, this, end),
            connect(m_customers, &QAbstractItemModel::rowsAboutToBeRemoved, this, begin),
            connect(m_customers, &QAbstractItemModel::rowsRemoved, this, end),
            connect(m_customers, &QAbstractItemModel::rowsAboutToBeMoved, this, begin),
            connect(m_customers, &QAbstractItemModel::rowsMoved, this, end),
            connect(m_customers, &QAbstractItemModel::layoutAboutToBeChanged, this, begin),
            connect(m_customers, &QAbstractItemModel::layoutChanged, this, end),
            connect(m_customers, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    resetFromSource();
    endResetModel();
}

void CustomerFilterProxyModel::resetFromSource()
{
    const int rows = m_customers ? m_customers->rowCount() : 0;
    m_baseVerdicts.assign(size_t(rows), 0);
    m_textVerdicts.assign(size_t(rows), TextUnknown);
    m_sortKeys.assign(m_sortColumn >= 0 ? size_t(rows) : 0, 0);
    evaluateBase(0, rows);
    sortAllRows();
    m_shown.clear();
    for (const int row : m_order) {
        if (shows(row))
            m_shown.push_back(row);
    }
    m_proxyRowsStale = true;
}

// ---- mapping ----

QModelIndex CustomerFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || size_t(row) >= m_shown.size() || column < 0
        || column >= CustomerTableModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CustomerFilterProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CustomerFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CustomerFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_customers ? 0 : CustomerTableModel::ColumnCount;
}

bool CustomerFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex CustomerFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_customers || !proxyIndex.isValid() || size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    Q_ASSERT(proxyIndex.model() == this);
    return m_customers->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

void CustomerFilterProxyModel::rebuildProxyRows() const
{
    m_proxyRows.assign(m_baseVerdicts.size(), -1);
    for (size_t p = 0; p < m_shown.size(); ++p)
        m_proxyRows[size_t(m_shown[p])] = int(p);
    m_proxyRowsStale = false;
}

QModelIndex CustomerFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_customers || !sourceIndex.isValid() || sourceIndex.model() != m_customers
        || size_t(sourceIndex.row()) >= m_baseVerdicts.size())
        return {};
    if (m_proxyRowsStale)
        rebuildProxyRows();
    const int row = m_proxyRows[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant CustomerFilterProxyModel::data(const QModelIndex &index, int role) const
{
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? m_customers->data(source, role) : QVariant();
}

QVariant CustomerFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_customers)
        return {};
    if (orientation == Qt::Horizontal)
        return m_customers->headerData(section, orientation, role);
    return section >= 0 && size_t(section) < m_shown.size()
        ? m_customers->headerData(m_shown[size_t(section)], orientation, role)
        : QVariant();
}

Qt::ItemFlags CustomerFilterProxyModel::flags(const QModelIndex &index) const
{
    // QTreeView asks every row's flags each time it lays its rows out; they are the same for every
    // cell of the table, so no mapping.
    if (m_customers && index.isValid()) {
        Q_ASSERT(index.model() == this);
        return CustomerTableModel::kCellFlags;
    }
    return m_customers ? m_customers->flags({}) : Qt::NoItemFlags;
}

// ---- filtering ----

bool CustomerFilterProxyModel::acceptsBase(const Criteria &criteria, const CustomerRow &row) const
{
    if (criteria.kycMask != 0 && !(criteria.kycMask & (1u << unsigned(row.kyc))))
        return false;
    if (criteria.type && row.type != *criteria.type)
        return false;
    const ReviewQueue &queue = *criteria.queue;
    return queue.kind == ReviewQueue::Kind::Everyone
        || queue.accepts(row, m_customers->searchText(row),
                         queue.needsIds() ? m_customers->id(row) : QAnyStringView());
}

void CustomerFilterProxyModel::evaluateBase(int first, int end)
{
    // A row that passes and whose text verdict is not known yet gets one here, on the same pass.
    std::atomic<qint64> examined = 0;
    forEachSlice(end - first, [&](int from, int to) {
        qint64 looked = 0;
        for (int r = first + from; r < first + to; ++r) {
            const CustomerRow &row = m_customers->rowAt(r);
            const bool base = acceptsBase(m_criteria, row);
            m_baseVerdicts[size_t(r)] = base;
            if (base && m_textVerdicts[size_t(r)] == TextUnknown) {
                m_textVerdicts[size_t(r)]
                    = m_criteria.text.matches(m_customers->searchText(row)) ? TextMatches : TextFails;
                ++looked;
            }
        }
        examined += looked + (to - from);
    });
    m_rowsExamined += examined;
}

void CustomerFilterProxyModel::evaluateTextOfRow(int row)
{
    m_textVerdicts[size_t(row)] = !m_baseVerdicts[size_t(row)]  ? TextUnknown
        : m_criteria.text.matches(m_customers->searchText(row)) ? TextMatches
                                                                : TextFails;
}

bool CustomerFilterProxyModel::evaluateText(TextChange change)
{
    if (!m_customers)
        return false;
    // Chunk by chunk (a page of the listing each), on the thread pool: each row's text lies in exactly
    // one chunk, so no two tasks write the same verdict.
    std::atomic<qint64> examined = 0;
    std::atomic<qint64> verdictsChanged = 0;
    const auto scanChunk = [&](int c) {
        const CustomerTableModel::HaystackChunk chunk = m_customers->haystackChunk(c);
        const std::vector<int> &starts = *chunk.starts;
        qint64 looked = 0;
        qint64 changed = 0;
        const auto present = [&](int i) {
            if (chunk.departed == 0)
                return true;
            const CustomerRow &row = m_customers->rowAt(chunk.rowAt(i));
            return row.textChunk == c && row.searchOffset == starts[size_t(i)];
        };
        const auto need = [&](int i) {
            if (!present(i))
                return false;
            quint8 &verdict = m_textVerdicts[size_t(chunk.rowAt(i))];
            if ((change == TextChange::Narrows && verdict == TextFails)
                || (change == TextChange::Widens && verdict == TextMatches))
                return false; // stays as it is
            if (!m_baseVerdicts[size_t(chunk.rowAt(i))]) {
                verdict = TextUnknown; // found out if the other filters ever let it through
                return false;
            }
            return true;
        };
        const auto decide = [&](int i, bool matches) {
            quint8 &verdict = m_textVerdicts[size_t(chunk.rowAt(i))];
            const quint8 now = matches ? TextMatches : TextFails;
            changed += verdict != now;
            verdict = now;
            ++looked;
        };
        if (chunk.contiguous) {
            m_criteria.text.scanBuffer(chunk.haystack, starts, need, decide);
        } else {
            for (int i = 0; i < chunk.rowCount(); ++i) {
                if (need(i))
                    decide(i, m_criteria.text.matches(m_customers->searchText(chunk.rowAt(i))));
            }
        }
        examined += looked;
        verdictsChanged += changed;
    };
    const int chunks = m_customers->haystackChunkCount();
    if (m_customers->rowCount() < kParallelRows) {
        for (int c = 0; c < chunks; ++c)
            scanChunk(c);
    } else {
        std::vector<int> all(static_cast<size_t>(chunks));
        std::iota(all.begin(), all.end(), 0);
        QtConcurrent::blockingMap(all, scanChunk);
    }
    m_rowsExamined += examined;
    return verdictsChanged > 0;
}

void CustomerFilterProxyModel::setTextFilter(const QString &text)
{
    m_text = text;
    // Trimmed, any whitespace separates terms, case-insensitive (the haystack is lowercase).
    const QStringList terms = CustomerTextMatcher::termsOf(text);
    if (terms == m_criteria.terms)
        return; // "ann" -> "ann " changes nothing: no refilter
    CustomerTextMatcher next(terms);
    const TextChange change = next.narrows(m_criteria.text) ? TextChange::Narrows
        : next.widens(m_criteria.text)                      ? TextChange::Widens
                                                            : TextChange::Any;
    m_criteria.terms = terms;
    m_criteria.text = std::move(next);
    // Typing on where every row shown still matches ("customer_" over a whole book) changes nothing
    // to tell the view: at a million rows, working out the rows shown again took a fifth of such a
    // keystroke.
    if (evaluateText(change))
        publish(false);
}

template<typename T>
void CustomerFilterProxyModel::applyCriterion(std::optional<T> Criteria::*criterion, std::optional<T> value)
{
    if (value == m_criteria.*criterion)
        return;
    Criteria next = m_criteria;
    next.*criterion = value;
    applyBase(std::move(next));
}

void CustomerFilterProxyModel::setKycFilter(std::optional<KycStatus> status)
{
    setKycFilters(status ? QList<KycStatus> { *status } : QList<KycStatus>());
}

void CustomerFilterProxyModel::setKycFilters(const QList<KycStatus> &statuses)
{
    quint32 mask = 0;
    for (KycStatus status : statuses)
        mask |= 1u << unsigned(status);
    if (mask == m_criteria.kycMask)
        return;
    Criteria next = m_criteria;
    next.kycMask = mask;
    applyBase(std::move(next));
}

QList<KycStatus> CustomerFilterProxyModel::kycFilters() const
{
    QList<KycStatus> statuses;
    for (unsigned bit = 0; bit < 32; ++bit) {
        if (m_criteria.kycMask & (1u << bit))
            statuses.append(KycStatus(bit));
    }
    return statuses;
}

void CustomerFilterProxyModel::setTypeFilter(std::optional<CustomerType> type)
{
    applyCriterion(&Criteria::type, type);
}

void CustomerFilterProxyModel::setQueue(const ReviewQueue &queue)
{
    if (queue == *m_criteria.queue)
        return;
    Criteria next = m_criteria;
    next.queue = std::make_shared<const ReviewQueue>(queue);
    applyBase(std::move(next));
}

void CustomerFilterProxyModel::applyBase(Criteria &&next)
{
    m_criteria = std::move(next);
    evaluateBase(0, int(m_baseVerdicts.size()));
    publish(false);
}

// ---- changes of the table ----

void CustomerFilterProxyModel::onRowsInserted(int first, int last)
{
    if (size_t(first) != m_baseVerdicts.size() || last < first) {
        beginResetModel(); // not an append: the table never does this
        resetFromSource();
        endResetModel();
        return;
    }
    const size_t rows = size_t(last) + 1;
    m_baseVerdicts.resize(rows, 0);
    m_textVerdicts.resize(rows, TextUnknown);
    evaluateBase(first, last + 1);
    std::vector<int> fresh(size_t(last - first + 1));
    std::iota(fresh.begin(), fresh.end(), first);
    if (m_sortColumn >= 0) {
        m_sortKeys.resize(rows);
        forEachSlice(int(fresh.size()), [&](int from, int to) {
            for (int i = from; i < to; ++i)
                m_sortKeys[size_t(first + i)] = sortKeyOf(first + i);
        });
        const auto less = [this](int a, int b) { return rowLess(a, b); };
        if (sortsByText())
            std::sort(fresh.begin(), fresh.end(), less); // equal keys go on to the texts
        else
            sortRowsByKey(fresh.data(), fresh.data() + fresh.size());
        std::vector<int> merged;
        merged.reserve(rows);
        std::merge(m_order.cbegin(), m_order.cend(), fresh.cbegin(), fresh.cend(), std::back_inserter(merged),
                   less);
        m_order = std::move(merged);
    } else {
        m_order.insert(m_order.end(), fresh.cbegin(), fresh.cend());
    }
    m_proxyRowsStale = true;
    publish(false); // the rows shown before keep their order among themselves
}

void CustomerFilterProxyModel::onDataChanged(int first, int last)
{
    if (first < 0 || last < first || size_t(last) >= m_baseVerdicts.size())
        return;
    if (last - first < kIncrementalFlips) {
        for (int row = first; row <= last; ++row)
            updateRow(row);
        return;
    }
    for (int row = first; row <= last; ++row) {
        m_baseVerdicts[size_t(row)] = acceptsBase(m_criteria, m_customers->rowAt(row));
        evaluateTextOfRow(row);
    }
    sortAllRows();
    publish(m_sortColumn >= 0);
    if (m_proxyRowsStale)
        rebuildProxyRows();
    for (int row = first; row <= last; ++row) {
        const int shown = m_proxyRows[size_t(row)];
        if (shown >= 0)
            Q_EMIT dataChanged(index(shown, 0), index(shown, CustomerTableModel::ColumnCount - 1));
    }
}

int CustomerFilterProxyModel::shownPositionOf(int row) const
{
    if (!m_proxyRowsStale)
        return m_proxyRows[size_t(row)];
    // Cheaper than rebuilding the map when the rows shown change one at a time.
    const auto at = std::find(m_shown.cbegin(), m_shown.cend(), row);
    return at == m_shown.cend() ? -1 : int(at - m_shown.cbegin());
}

bool CustomerFilterProxyModel::orderLess(int a, int b) const
{
    return m_sortColumn >= 0 ? rowLess(a, b) : a < b;
}

void CustomerFilterProxyModel::updateRow(int row)
{
    // One customer changed (a detail refresh, a decision, a poll): it keeps its place, moves, leaves
    // or comes as one row, so a view keeps its selection and scroll position.
    const int before = shows(row) ? shownPositionOf(row) : -1;
    m_baseVerdicts[size_t(row)] = acceptsBase(m_criteria, m_customers->rowAt(row));
    evaluateTextOfRow(row);
    if (m_sortColumn >= 0) {
        const quint64 key = sortKeyOf(row);
        const bool mayMove = key != m_sortKeys[size_t(row)] || sortsByText();
        m_sortKeys[size_t(row)] = key;
        if (mayMove) {
            m_order.erase(std::find(m_order.begin(), m_order.end(), row));
            m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), row,
                                            [this](int a, int b) { return rowLess(a, b); }),
                           row);
        }
    }
    const bool after = shows(row);
    const auto less = [this](int a, int b) { return orderLess(a, b); };
    if (before < 0 && !after)
        return;
    if (before >= 0 && !after) {
        beginRemoveRows({}, before, before);
        m_shown.erase(m_shown.begin() + before);
        m_proxyRowsStale = true;
        endRemoveRows();
        return;
    }
    if (before < 0) {
        const int position
            = int(std::lower_bound(m_shown.cbegin(), m_shown.cend(), row, less) - m_shown.cbegin());
        beginInsertRows({}, position, position);
        m_shown.insert(m_shown.begin() + position, row);
        m_proxyRowsStale = true;
        endInsertRows();
    } else {
        // Where it belongs among the other rows shown (those before it and those after it are each
        // still in order), as a position in the list that still holds it.
        const auto begin = m_shown.begin();
        auto to = std::lower_bound(begin, begin + before, row, less);
        if (to == begin + before)
            to = std::lower_bound(begin + before + 1, m_shown.end(), row, less);
        const int destination = int(to - begin);
        if (destination != before && destination != before + 1) {
            beginMoveRows({}, before, before, {}, destination);
            m_shown.erase(begin + before);
            m_shown.insert(m_shown.begin() + (destination > before ? destination - 1 : destination), row);
            m_proxyRowsStale = true;
            endMoveRows();
        }
    }
    const int shown = shownPositionOf(row);
    Q_EMIT dataChanged(index(shown, 0), index(shown, CustomerTableModel::ColumnCount - 1));
}

// ---- sorting ----

quint64 CustomerFilterProxyModel::sortKeyOf(int row) const
{
    return CustomerSortKey::of(*m_customers, m_customers->rowAt(row), m_sortColumn);
}

bool CustomerFilterProxyModel::rowLess(int a, int b) const
{
    const quint64 ka = m_sortKeys[size_t(a)];
    const quint64 kb = m_sortKeys[size_t(b)];
    if (ka != kb)
        return m_sortOrder == Qt::AscendingOrder ? ka < kb : kb < ka;
    if (sortsByText()) {
        const CustomerRow &ra = m_customers->rowAt(a);
        const CustomerRow &rb = m_customers->rowAt(b);
        if (m_sortOrder == Qt::AscendingOrder ? rowLessThan(ra, rb, m_sortColumn)
                                              : rowLessThan(rb, ra, m_sortColumn))
            return true;
        if (m_sortOrder == Qt::AscendingOrder ? rowLessThan(rb, ra, m_sortColumn)
                                              : rowLessThan(ra, rb, m_sortColumn))
            return false;
    }
    return a < b; // equal rows keep the table's order, either way round
}

bool CustomerFilterProxyModel::rowLessThan(const CustomerRow &a, const CustomerRow &b, int column) const
{
    if (column == CustomerTableModel::Name) {
        const int c = m_customers->name(a).compare(m_customers->name(b), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : m_customers->id(a) < m_customers->id(b);
    }
    return m_customers->email(a).compare(m_customers->email(b), Qt::CaseInsensitive) < 0;
}

bool CustomerFilterProxyModel::sortsByText() const
{
    return m_sortColumn == CustomerTableModel::Name || m_sortColumn == CustomerTableModel::Email;
}

void CustomerFilterProxyModel::sortAllRows()
{
    const int rows = int(m_baseVerdicts.size());
    m_order.resize(size_t(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || !m_customers)
        return;
    m_sortKeys.resize(size_t(rows));
    forEachSlice(rows, [&](int from, int to) {
        for (int r = from; r < to; ++r)
            m_sortKeys[size_t(r)] = sortKeyOf(r);
    });
    if (sortsByText()) {
        sortAllRowsByText();
        return;
    }
    sortRowsByKey(m_order.data(), m_order.data() + rows);
}

void CustomerFilterProxyModel::sortRowsByKey(int *first, int *last)
{
    // Ties are left in the table's order. Each key goes with its row: sorting the rows by keys looked
    // up in m_sortKeys missed the cache at nearly every comparison.
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    struct Keyed
    {
        quint64 key;
        int row;
    };
    const int count = int(last - first);
    ScratchArray<Keyed> keyed { withMergeRoom(size_t(count)) };
    forEachSlice(count, [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const quint64 key = m_sortKeys[size_t(first[i])];
            keyed[size_t(i)] = { descending ? ~key : key, first[i] };
        }
    });
    sortInHalves(
        keyed.data(), keyed.data() + count, keyed.data() + count,
        [](const Keyed &a, const Keyed &b) { return a.key != b.key ? a.key < b.key : a.row < b.row; });
    for (int i = 0; i < count; ++i)
        first[i] = keyed[size_t(i)].row;
}

void CustomerFilterProxyModel::sortAllRowsByText()
{
    // Each row's text is read once, here, in the table's order, where the rows and their texts lie
    // one after the other in memory: folded into keys and, by name, with its id's key. Looked up in
    // sort order instead, each text cost cache misses, which were most of a sort by name at a
    // million rows. A text that is ASCII in its first kKeyedUnits characters (nearly all) is ordered
    // by the keys alone: the first four characters as the sort key (CustomerSortKey), then the next
    // sixteen a byte each. Texts alike in those of which some go on are read again, in the table's
    // order, for the next kTailUnits characters as keys (tailsOf, sortLongTexts: a book has runs of
    // thousands of business names alike in their first twenty characters); texts alike in those too
    // that go on are ordered from there (sortTextEntries), and any run of the first key holding
    // other text from the start character by character (sortTextRun).
    const int rows = int(m_order.size());
    const bool byName = m_sortColumn == CustomerTableModel::Name;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (byName)
        computeIdKeys();
    static_assert(kKeyedUnits == CustomerSortKey::kTextUnits + 16); // the first key, then two of eight
    ScratchArray<TextKeys> keyed { withMergeRoom(size_t(rows)) };
    forEachSlice(rows, [&](int from, int to) {
        for (int r = from; r < to; ++r) {
            const CustomerRow &row = m_customers->rowAt(r);
            const QStringView text = byName ? m_customers->name(row) : m_customers->email(row);
            const QStringView head = text.first(qMin(text.size(), kKeyedUnits));
            TextKeys &k = keyed[size_t(r)];
            const QStringView first = head.first(qMin(head.size(), CustomerSortKey::kTextUnits));
            const bool restKeyed = foldAscii(head.mid(CustomerSortKey::kTextUnits), k.keys + 1, 2);
            k.keyed = restKeyed
                && std::all_of(first.begin(), first.end(), [](QChar c) { return c.unicode() - 1u < 0x7fu; });
            k.keys[0] = m_sortKeys[size_t(r)];
            k.idKey = byName ? m_idKeys[size_t(r)] : 0;
            k.row = r;
            k.longer = text.size() > kKeyedUnits;
            if (descending) {
                for (quint64 &key : k.keys)
                    key = ~key;
                k.idKey = ~k.idKey;
            }
        }
    });
    const auto sameText = [](const TextKeys &a, const TextKeys &b) {
        return a.keys[0] == b.keys[0] && a.keys[1] == b.keys[1] && a.keys[2] == b.keys[2];
    };
    sortInHalves(keyed.data(), keyed.data() + rows, keyed.data() + rows,
                 [](const TextKeys &a, const TextKeys &b) {
                     if (a.keys[0] != b.keys[0])
                         return a.keys[0] < b.keys[0];
                     if (a.keys[1] != b.keys[1])
                         return a.keys[1] < b.keys[1];
                     if (a.keys[2] != b.keys[2])
                         return a.keys[2] < b.keys[2];
                     if (a.idKey != b.idKey)
                         return a.idKey < b.idKey;
                     return a.row < b.row;
                 });
    for (int i = 0; i < rows; ++i)
        m_order[size_t(i)] = keyed[size_t(i)].row;

    // What the keys left undecided, as ranges [first, end) of m_order.
    enum class Rest { FromStart, AfterKeys, EqualIds };
    std::vector<std::tuple<int, int, Rest>> rest;
    for (int first = 0; first < rows;) {
        int end = first + 1;
        bool allKeyed = keyed[size_t(first)].keyed;
        for (; end < rows && keyed[size_t(end)].keys[0] == keyed[size_t(first)].keys[0]; ++end)
            allKeyed = allKeyed && keyed[size_t(end)].keyed;
        if (!allKeyed) {
            if (end - first > 1)
                rest.emplace_back(first, end, Rest::FromStart);
            first = end;
            continue;
        }
        for (int same = first; same < end;) {
            int sameEnd = same + 1;
            bool longer = keyed[size_t(same)].longer;
            for (; sameEnd < end && sameText(keyed[size_t(sameEnd)], keyed[size_t(same)]); ++sameEnd)
                longer = longer || keyed[size_t(sameEnd)].longer;
            if (sameEnd - same > 1 && longer) {
                rest.emplace_back(same, sameEnd, Rest::AfterKeys);
            } else if (sameEnd - same > 1 && byName) {
                for (int tie = same; tie < sameEnd;) {
                    int tieEnd = tie + 1;
                    while (tieEnd < sameEnd && keyed[size_t(tieEnd)].idKey == keyed[size_t(tie)].idKey)
                        ++tieEnd;
                    if (tieEnd - tie > 1)
                        rest.emplace_back(tie, tieEnd, Rest::EqualIds);
                    tie = tieEnd;
                }
            }
            same = sameEnd;
        }
        first = end;
    }
    std::vector<std::pair<int, int>> longRuns;
    for (const auto &[first, end, how] : rest) {
        if (how == Rest::AfterKeys)
            longRuns.emplace_back(first, end);
    }
    const TailTable tails = tailsOf(longRuns, keyed.data());
    const auto order = [this, &keyed, &tails](const std::tuple<int, int, Rest> &range) {
        const auto [first, end, how] = range;
        const auto begin = m_order.begin() + first;
        const auto last = m_order.begin() + end;
        switch (how) {
        case Rest::FromStart:
            sortTextRun(begin, last, 0, CustomerSortKey::kTextUnits);
            break;
        case Rest::AfterKeys:
            sortLongTexts(begin, keyed.data() + first, keyed.data() + end, tails);
            break;
        case Rest::EqualIds:
            std::sort(begin, last, [this](int a, int b) { return idLess(a, b); });
            break;
        }
    };
    if (rows < kParallelRows)
        std::for_each(rest.cbegin(), rest.cend(), order);
    else
        QtConcurrent::blockingMap(rest, order);
    m_idKeys = {};
}

void CustomerFilterProxyModel::sortLongTexts(std::vector<int>::iterator first, const TextKeys *from,
                                             const TextKeys *to, const TailTable &tails) const
{
    // By the next kTailUnits characters' keys (tailsOf), then by name the id's key; only texts alike
    // in those too that still go on are looked up (sortTextRun).
    const bool byName = m_sortColumn == CustomerTableModel::Name;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    struct Entry
    {
        quint64 keys[4];
        quint64 idKey;
        int row;
        bool longer;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(to - from));
    for (const TextKeys *k = from; k != to; ++k) {
        Entry entry {};
        if (k->longer) {
            const TailKeys &tail = tails.of(k->row);
            if (!tail.keyed) {
                // All of the run, character by character, as before the tails' keys: a run of texts
                // alike in twenty characters and not ASCII after them is rare enough.
                sortTextRun(first, first + (to - from), kKeyedUnits - 2 * CustomerSortKey::kTextUnits,
                            2 * CustomerSortKey::kTextUnits);
                return;
            }
            std::copy(std::begin(tail.keys), std::end(tail.keys), entry.keys);
            entry.longer = tail.longer;
        } else if (descending) {
            for (quint64 &key : entry.keys)
                key = ~key;
        }
        entry.idKey = k->idKey; // already reversed when descending
        entry.row = k->row;
        entries.push_back(entry);
    }
    const auto sameText = [](const Entry &a, const Entry &b) {
        return std::equal(std::begin(a.keys), std::end(a.keys), std::begin(b.keys));
    };
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const auto [ka, kb] = std::mismatch(std::begin(a.keys), std::end(a.keys), std::begin(b.keys));
        if (ka != std::end(a.keys))
            return *ka < *kb;
        if (a.idKey != b.idKey)
            return a.idKey < b.idKey;
        return a.row < b.row;
    });
    for (size_t i = 0; i < entries.size(); ++i)
        first[qsizetype(i)] = entries[i].row;
    for (size_t same = 0; same < entries.size();) {
        size_t sameEnd = same + 1;
        bool longer = entries[same].longer;
        for (; sameEnd < entries.size() && sameText(entries[sameEnd], entries[same]); ++sameEnd)
            longer = longer || entries[sameEnd].longer;
        if (sameEnd - same > 1 && longer) {
            sortTextRun(first + qsizetype(same), first + qsizetype(sameEnd),
                        kKeyedUnits + kTailUnits - 2 * CustomerSortKey::kTextUnits,
                        2 * CustomerSortKey::kTextUnits);
        } else if (sameEnd - same > 1 && byName) {
            for (size_t tie = same; tie < sameEnd;) {
                size_t tieEnd = tie + 1;
                while (tieEnd < sameEnd && entries[tieEnd].idKey == entries[tie].idKey)
                    ++tieEnd;
                if (tieEnd - tie > 1)
                    std::sort(first + qsizetype(tie), first + qsizetype(tieEnd),
                              [this](int a, int b) { return idLess(a, b); });
                tie = tieEnd;
            }
        }
        same = sameEnd;
    }
}

CustomerFilterProxyModel::TailTable
CustomerFilterProxyModel::tailsOf(const std::vector<std::pair<int, int>> &runs, const TextKeys *keyed) const
{
    // In the table's order, where rows and texts lie one after the other: read in sort order, each
    // text cost cache misses.
    TailTable tails;
    const size_t rows = m_order.size();
    tails.marked.assign((rows + 63) / 64, 0);
    for (const auto &[first, end] : runs) {
        for (const TextKeys *k = keyed + first; k != keyed + end; ++k) {
            if (k->longer)
                tails.marked[size_t(k->row) / 64] |= quint64(1) << (k->row % 64);
        }
    }
    tails.before.resize(tails.marked.size());
    int count = 0;
    for (size_t word = 0; word < tails.marked.size(); ++word) {
        tails.before[word] = count;
        count += qPopulationCount(tails.marked[word]);
    }
    if (count == 0)
        return tails;
    std::vector<int> tailRows;
    tailRows.reserve(size_t(count));
    for (size_t word = 0; word < tails.marked.size(); ++word) {
        for (quint64 bits = tails.marked[word]; bits != 0; bits &= bits - 1)
            tailRows.push_back(int(word * 64) + qCountTrailingZeroBits(bits));
    }
    tails.keys = ScratchArray<TailKeys>(size_t(count));
    const bool byName = m_sortColumn == CustomerTableModel::Name;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    forEachSlice(count, [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const CustomerRow &row = m_customers->rowAt(tailRows[size_t(i)]);
            const QStringView text = byName ? m_customers->name(row) : m_customers->email(row);
            TailKeys &tail = tails.keys[size_t(i)];
            tail.keyed = foldAscii(text.mid(kKeyedUnits, kTailUnits), tail.keys, std::size(tail.keys));
            tail.longer = text.size() > kKeyedUnits + kTailUnits;
            if (descending) {
                for (quint64 &key : tail.keys)
                    key = ~key;
            }
        }
    });
    return tails;
}

const CustomerFilterProxyModel::TailKeys &CustomerFilterProxyModel::TailTable::of(int row) const
{
    const size_t word = size_t(row) / 64;
    const quint64 earlier = marked[word] & ((quint64(1) << (row % 64)) - 1);
    return keys[size_t(before[word] + qPopulationCount(earlier))];
}

void CustomerFilterProxyModel::computeIdKeys()
{
    // In the table's order, where the rows and their texts lie in memory one after the other: looked
    // up row by row in name order instead, each id cost two cache misses, which were most of a sort
    // by name at a million rows (a sandbox book has ~900 customers to a name).
    const int rows = m_customers->rowCount();
    m_idKeys = ScratchArray<quint64>(size_t(rows));
    if (rows == 0)
        return;
    const QAnyStringView firstId = m_customers->id(m_customers->rowAt(0));
    std::atomic<qsizetype> shared = firstId.size();
    forEachSlice(rows, [&](int from, int to) {
        qsizetype sliceShared = shared;
        for (int r = from; r < to && sliceShared > 0; ++r) {
            const QAnyStringView id = m_customers->id(m_customers->rowAt(r));
            const qsizetype most = qMin(sliceShared, id.size());
            qsizetype same = 0;
            while (same < most && unitAt(id, same) == unitAt(firstId, same))
                ++same;
            sliceShared = same;
        }
        for (qsizetype now = shared; sliceShared < now && !shared.compare_exchange_weak(now, sliceShared);) {
        }
    });
    forEachSlice(rows, [&](int from, int to) {
        for (int r = from; r < to; ++r) {
            const QAnyStringView id = m_customers->id(m_customers->rowAt(r));
            quint64 key = 0;
            const qsizetype after = shared;
            for (qsizetype i = 0; i < 4 && after + i < id.size(); ++i)
                key |= quint64(unitAt(id, after + i)) << (48 - 16 * i);
            m_idKeys[size_t(r)] = key;
        }
    });
}

void CustomerFilterProxyModel::sortTextRun(std::vector<int>::iterator first, std::vector<int>::iterator last,
                                           qsizetype from, qsizetype width) const
{
    // Each row's text is looked up once: at a million rows the lookups, not the comparisons, are
    // what a sort by name spends its time on.
    std::vector<TextSortEntry> entries;
    entries.reserve(size_t(last - first));
    const bool byName = m_sortColumn == CustomerTableModel::Name;
    for (auto it = first; it != last; ++it) {
        const CustomerRow &r = m_customers->rowAt(*it);
        entries.push_back({ {}, *it, byName ? m_customers->name(r) : m_customers->email(r) });
    }
    sortTextEntries(entries.begin(), entries.end(), from, width);
    for (const TextSortEntry &entry : entries)
        *first++ = entry.row;
}

void CustomerFilterProxyModel::sortTextEntries(TextSortIterator first, TextSortIterator last, qsizetype from,
                                               qsizetype width) const
{
    // Rows whose sort texts fold to the same first from + width characters: ordered by the next
    // eight as a pair of keys (a multikey sort), which a full case-insensitive comparison of every
    // pair sharing a long prefix ("noah.lindqvist…") would take seconds for at a million rows. A text
    // that ends keys as zeros after its end, so it comes before the longer ones, as the comparison has
    // it; runs whose texts have all ended are equal texts and go by the tie-break alone. A run that is
    // short, or where the characters it ties on hold surrogates, U+FFFF or U+0000 (the key does not
    // decide those) goes to the full comparison.
    constexpr qsizetype kHalfKeyUnits = 4;
    constexpr qsizetype kKeyUnits = 2 * kHalfKeyUnits;
    constexpr int kFullComparisonRows = 24;
    constexpr qsizetype kDeepestUnit = 256;
    const auto byFullComparison
        = [this](const TextSortEntry &a, const TextSortEntry &b) { return rowLess(a.row, b.row); };
    bool allEnded = true;
    for (auto it = first; it != last; ++it) {
        for (const QChar c : it->text.mid(from, width)) {
            if (c.isSurrogate() || c.unicode() == 0xffff || c.unicode() == 0) {
                std::sort(first, last, byFullComparison);
                return;
            }
        }
        if (it->text.size() > from + width) {
            allEnded = false;
            // The second half counts only when the first folds whole: a first half the key stops
            // in ties on it, and the run then goes to the full comparison below.
            const QStringView firstHalf = it->text.mid(from + width, kHalfKeyUnits);
            const bool firstHalfWhole = std::none_of(firstHalf.begin(), firstHalf.end(), [](QChar c) {
                return c.isSurrogate() || c.unicode() == 0xffff;
            });
            it->nextKey
                = { CustomerSortKey::ofText(firstHalf),
                    firstHalfWhole
                        ? CustomerSortKey::ofText(it->text.mid(from + width + kHalfKeyUnits, kHalfKeyUnits))
                        : 0 };
        } else {
            it->nextKey = {};
        }
    }
    if (allEnded) {
        sortEqualTexts(first, last);
        return;
    }
    if (last - first < kFullComparisonRows || from >= kDeepestUnit) {
        std::sort(first, last, byFullComparison);
        return;
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(first, last, [descending](const TextSortEntry &a, const TextSortEntry &b) {
        return a.nextKey != b.nextKey ? (descending ? b.nextKey < a.nextKey : a.nextKey < b.nextKey)
                                      : a.row < b.row;
    });
    for (auto begin = first; begin != last;) {
        auto end = begin + 1;
        while (end != last && end->nextKey == begin->nextKey)
            ++end;
        if (end - begin > 1)
            sortTextEntries(begin, end, from + width, kKeyUnits);
        begin = end;
    }
}

bool CustomerFilterProxyModel::idLess(int a, int b) const
{
    const QAnyStringView idA = m_customers->id(m_customers->rowAt(a));
    const QAnyStringView idB = m_customers->id(m_customers->rowAt(b));
    if (idA != idB)
        return m_sortOrder == Qt::DescendingOrder ? idB < idA : idA < idB;
    return a < b;
}

void CustomerFilterProxyModel::sortEqualTexts(TextSortIterator first, TextSortIterator last) const
{
    // What rowLess decides for texts that compare equal: names by id (reversed when descending),
    // anything else by the table's order.
    if (m_sortColumn != CustomerTableModel::Name) {
        std::sort(first, last, [](const TextSortEntry &a, const TextSortEntry &b) { return a.row < b.row; });
        return;
    }
    // By the ids' keys (computeIdKeys), compared as units the way QAnyStringView's operator< does
    // for UTF-16 and ASCII; only equal keys look the ids up and compare them. From here on only the
    // entries' rows are read (sortTextRun), so only they are put in order.
    struct Tie
    {
        quint64 key;
        int row;
    };
    std::vector<Tie> ties;
    ties.reserve(size_t(last - first));
    for (auto it = first; it != last; ++it)
        ties.push_back({ m_idKeys[size_t(it->row)], it->row });
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(ties.begin(), ties.end(), [this, descending](const Tie &a, const Tie &b) {
        if (a.key != b.key)
            return descending ? b.key < a.key : a.key < b.key;
        return idLess(a.row, b.row);
    });
    for (const Tie &tie : ties)
        (first++)->row = tie.row;
}

void CustomerFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= CustomerTableModel::ColumnCount)
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (column < 0)
        m_sortKeys = {};
    sortAllRows();
    publish(true);
}

// ---- telling the view ----

void CustomerFilterProxyModel::publish(bool orderChanged)
{
    // The rows now shown, in order: each half of the order on its own core.
    std::vector<int> shown;
    const size_t rows = m_order.size();
    if (rows < size_t(kParallelRows)) {
        shown.reserve(m_shown.size());
        for (const int row : m_order) {
            if (shows(row))
                shown.push_back(row);
        }
    } else {
        std::vector<int> halves[2];
        const size_t middle = rows / 2;
        const auto collect = [this](size_t from, size_t to, std::vector<int> &into) {
            for (size_t i = from; i < to; ++i) {
                if (shows(m_order[i]))
                    into.push_back(m_order[i]);
            }
        };
        QFuture<void> first = QtConcurrent::run([&] { collect(0, middle, halves[0]); });
        collect(middle, rows, halves[1]);
        first.waitForFinished();
        shown.reserve(halves[0].size() + halves[1].size());
        shown = std::move(halves[0]);
        shown.insert(shown.end(), halves[1].cbegin(), halves[1].cend());
    }
    if (!orderChanged && shown == m_shown)
        return;

    if (!orderChanged) {
        // The rows shown before and after are both in m_order's order: walk it once to find the
        // rows that leave and come (their positions before and after).
        std::vector<int> leaving; // positions in m_shown, ascending
        std::vector<std::pair<int, int>> coming; // (position in `shown`, row)
        size_t before = 0;
        size_t after = 0;
        bool few = true;
        for (const int row : m_order) {
            const bool was = before < m_shown.size() && m_shown[before] == row;
            const bool is = after < shown.size() && shown[after] == row;
            if (was && !is)
                leaving.push_back(int(before));
            else if (is && !was)
                coming.emplace_back(int(after), row);
            before += was;
            after += is;
            if (leaving.size() + coming.size() > size_t(kIncrementalFlips)) {
                few = false;
                break;
            }
        }
        if (few && before == m_shown.size()) {
            for (auto it = leaving.crbegin(); it != leaving.crend(); ++it) {
                beginRemoveRows({}, *it, *it);
                m_shown.erase(m_shown.begin() + *it);
                m_proxyRowsStale = true;
                endRemoveRows();
            }
            for (const auto &[position, row] : coming) {
                beginInsertRows({}, position, position);
                m_shown.insert(m_shown.begin() + position, row);
                m_proxyRowsStale = true;
                endInsertRows();
            }
            Q_ASSERT(m_shown == shown);
            return;
        }
    }

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        sources.push_back(
            index.isValid() && size_t(index.row()) < m_shown.size() ? m_shown[size_t(index.row())] : -1);
    m_shown = std::move(shown);
    rebuildProxyRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int row = sources[size_t(i)] < 0 ? -1 : m_proxyRows[size_t(sources[size_t(i)])];
        to.append(row < 0 ? QModelIndex() : createIndex(row, from.at(i).column()));
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
