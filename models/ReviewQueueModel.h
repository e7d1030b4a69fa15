#pragma once

#include "ReviewQueue.h"

#include <functional>
#include <QAbstractItemModel>
#include <QDateTime>

class CustomerTableModel;

// The analyst's queues with live counts, for the sidebar: the built-in queues and the saved
// searches at the top level, and under "Requirements outstanding" one row per requirement that
// some customer misses (in the order of RequirementKeys, so a row keeps its place as counts change). Each row
// says how many customers it holds and how long the one waiting longest has waited. recount() reads the book
// once for every queue.
class ReviewQueueModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Title, Count, OldestWaiting, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // count and waiting time as numbers, titles case-folded
        WaitingSinceRole, // msecs since the epoch of the oldest waiting item (CustomerRow::NoTime: none)
    };

    explicit ReviewQueueModel(QObject *parent = nullptr);

    // The top-level queues (ReviewQueue::builtIns() and the saved searches). Counts start at zero.
    void setQueues(const QList<ReviewQueue> &queues);
    // The ids a queue of `kind` holds (high risk, decided by me today), asked at each recount.
    void setIdSource(std::function<QSet<QString>(ReviewQueue::Kind)> idsFor) { m_idsFor = std::move(idsFor); }
    // Counts every queue over `book` as it is now; ages are measured from `now`.
    void recount(const CustomerTableModel &book, const QDateTime &now = QDateTime::currentDateTimeUtc());

    ReviewQueue queueAt(const QModelIndex &index) const;
    int countAt(const QModelIndex &index) const;
    // The top-level row of `kind` (the first one, for SavedSearch).
    QModelIndex indexOf(ReviewQueue::Kind kind) const;
    // "3 d", "5 h", "12 min": how long something has waited, for people.
    static QString ageText(qint64 milliseconds);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        ReviewQueue queue;
        int count = 0;
        qint64 oldestMs = CustomerRow::NoTime;
    };
    static constexpr quintptr kTopLevel = 0; // internalId of a top-level row; children: 1 + parent row
    const Entry *entryAt(const QModelIndex &index) const;
    int requirementsRow() const;
    void replaceChildren(QList<Entry> children);

    QList<Entry> m_queues;
    QList<Entry> m_requirementChildren;
    std::function<QSet<QString>(ReviewQueue::Kind)> m_idsFor;
    QDateTime m_now;
};
