#include "ReviewQueueModel.h"

#include "CustomerTableModel.h"
#include "RequirementKeys.h"

#include <algorithm>
#include <array>
#include <QtAlgorithms>

using namespace Qt::Literals::StringLiterals;

namespace {
void noteWaiting(qint64 &oldest, qint64 since)
{
    if (since != CustomerRow::NoTime && (oldest == CustomerRow::NoTime || since < oldest))
        oldest = since;
}
} // namespace

ReviewQueueModel::ReviewQueueModel(QObject *parent) : QAbstractItemModel(parent) { }

void ReviewQueueModel::setQueues(const QList<ReviewQueue> &queues)
{
    beginResetModel();
    m_queues.clear();
    for (const ReviewQueue &q : queues)
        m_queues.append({ q, 0, CustomerRow::NoTime });
    m_requirementChildren.clear();
    endResetModel();
}

void ReviewQueueModel::recount(const CustomerTableModel &book, const QDateTime &now)
{
    m_now = now;
    for (Entry &e : m_queues) {
        if (e.queue.needsIds())
            e.queue.setIds(m_idsFor ? m_idsFor(e.queue.kind) : QSet<QString>());
        e.count = 0;
        e.oldestMs = CustomerRow::NoTime;
    }
    constexpr int kBits = 32;
    std::array<Entry, kBits> byRequirement;
    const int rows = book.rowCount();
    for (int r = 0; r < rows; ++r) {
        const CustomerRow &row = book.rowAt(r);
        const QByteArrayView haystack = book.searchText(row);
        const qint64 since = ReviewQueue::waitingSinceMs(row);
        QAnyStringView id;
        for (Entry &e : m_queues) {
            if (e.queue.needsIds() && id.isNull())
                id = book.id(row);
            if (e.queue.accepts(row, haystack, id)) {
                ++e.count;
                noteWaiting(e.oldestMs, since);
            }
        }
        for (quint32 mask = row.requirementMask; mask != 0; mask &= mask - 1) {
            Entry &e = byRequirement[size_t(qCountTrailingZeroBits(mask))];
            ++e.count;
            noteWaiting(e.oldestMs, since);
        }
    }
    QList<Entry> children;
    for (int bit = 0; bit < kBits; ++bit) {
        if (byRequirement[size_t(bit)].count == 0)
            continue;
        Entry e = byRequirement[size_t(bit)];
        e.queue = ReviewQueue::requirement(1u << bit);
        children.append(e);
    }
    if (!m_queues.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_queues.size()) - 1, ColumnCount - 1));
    replaceChildren(std::move(children));
}

void ReviewQueueModel::replaceChildren(QList<Entry> children)
{
    const int parentRow = requirementsRow();
    if (parentRow < 0)
        return;
    const QModelIndex parentIndex = index(parentRow, 0);
    const auto sameQueues = [&] {
        if (children.size() != m_requirementChildren.size())
            return false;
        for (qsizetype i = 0; i < children.size(); ++i) {
            if (children.at(i).queue.requirementMask != m_requirementChildren.at(i).queue.requirementMask)
                return false;
        }
        return true;
    };
    if (sameQueues()) {
        m_requirementChildren = std::move(children);
        if (!m_requirementChildren.isEmpty())
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(int(m_requirementChildren.size()) - 1, ColumnCount - 1, parentIndex));
        return;
    }
    if (!m_requirementChildren.isEmpty()) {
        beginRemoveRows(parentIndex, 0, int(m_requirementChildren.size()) - 1);
        m_requirementChildren.clear();
        endRemoveRows();
    }
    if (!children.isEmpty()) {
        beginInsertRows(parentIndex, 0, int(children.size()) - 1);
        m_requirementChildren = std::move(children);
        endInsertRows();
    }
}

int ReviewQueueModel::requirementsRow() const
{
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        const ReviewQueue &q = m_queues.at(i).queue;
        if (q.kind == ReviewQueue::Kind::RequirementsOutstanding && q.requirementMask == 0)
            return int(i);
    }
    return -1;
}

const ReviewQueueModel::Entry *ReviewQueueModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalId() == kTopLevel)
        return index.row() < m_queues.size() ? &m_queues.at(index.row()) : nullptr;
    return index.row() < m_requirementChildren.size() ? &m_requirementChildren.at(index.row()) : nullptr;
}

ReviewQueue ReviewQueueModel::queueAt(const QModelIndex &index) const
{
    const Entry *e = entryAt(index);
    return e ? e->queue : ReviewQueue();
}

int ReviewQueueModel::countAt(const QModelIndex &index) const
{
    const Entry *e = entryAt(index);
    return e ? e->count : 0;
}

QModelIndex ReviewQueueModel::indexOf(ReviewQueue::Kind kind) const
{
    for (qsizetype i = 0; i < m_queues.size(); ++i) {
        if (m_queues.at(i).queue.kind == kind)
            return index(int(i), 0);
    }
    return {};
}

QString ReviewQueueModel::ageText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(ms / 60000, 0);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n d", nullptr, int(minutes / (24 * 60)));
}

QModelIndex ReviewQueueModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_queues.size() ? createIndex(row, column, kTopLevel) : QModelIndex();
    if (parent.internalId() != kTopLevel || parent.row() != requirementsRow()
        || row >= m_requirementChildren.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ReviewQueueModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ReviewQueueModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_queues.size());
    if (parent.column() != 0 || parent.internalId() != kTopLevel || parent.row() != requirementsRow())
        return 0;
    return int(m_requirementChildren.size());
}

int ReviewQueueModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry *e = entryAt(index);
    if (!e)
        return {};
    const qint64 waited = e->oldestMs == CustomerRow::NoTime || !m_now.isValid()
        ? -1
        : m_now.toMSecsSinceEpoch() - e->oldestMs;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title:
            return e->queue.title();
        case Count:
            return QLocale().toString(e->count);
        case OldestWaiting:
            return waited < 0 || e->count == 0 ? QString() : ageText(waited);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (waited < 0 || e->count == 0)
            return tr("%n customer(s)", nullptr, e->count);
        return tr("%n customer(s); the one waiting longest has waited %1 (since its last change)", nullptr,
                  e->count)
            .arg(ageText(waited));
    case Qt::TextAlignmentRole:
        return index.column() == Title ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SortRole:
        switch (index.column()) {
        case Count:
            return e->count;
        case OldestWaiting:
            return waited;
        default:
            return e->queue.title().toLower();
        }
    case WaitingSinceRole:
        return e->oldestMs;
    default:
        return {};
    }
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Queue");
    case Count:
        return tr("Customers");
    case OldestWaiting:
        return tr("Oldest");
    default:
        return {};
    }
}
