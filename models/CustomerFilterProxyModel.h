#pragma once

#include "ReviewQueue.h"
#include "SphereTypes.h"

#include <memory>
#include <optional>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QStringMatcher>
#include <vector>

class CustomerTableModel;
struct CustomerRow;

// Free text (every whitespace-separated term must appear in name, email or id), KYC status,
// customer type and the review queue the analyst works. KycStatus::Unknown matches statuses this build does
// not know and missing ones. One keystroke on 100 000 rows must stay within a frame (16 ms), so filtering and
// sorting read CustomerRow directly from CustomerTableModel (precomputed lowercase haystack, enum ordinals,
// msecs) instead of going through QVariant data().
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setTextFilter(const QString &text);
    void setKycFilter(std::optional<KycStatus> status);
    void setTypeFilter(std::optional<CustomerType> type);
    // Only the customers of `queue` (ReviewQueue::Kind::Everyone: no queue), with the filters above.
    void setQueue(const ReviewQueue &queue);
    const ReviewQueue &queue() const { return *m_criteria.queue; }
    QString textFilter() const { return m_text; }
    std::optional<KycStatus> kycFilter() const { return m_criteria.kyc; }
    std::optional<CustomerType> typeFilter() const { return m_criteria.type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    struct Criteria
    {
        QStringList terms; // lowercase
        QList<QStringMatcher> matchers;
        std::optional<KycStatus> kyc;
        std::optional<CustomerType> type;
        std::shared_ptr<const ReviewQueue> queue = std::make_shared<const ReviewQueue>();
    };
    static QStringList termsOf(const QString &text);
    bool accepts(const Criteria &criteria, const CustomerRow &row, QStringView haystack) const;
    void apply(Criteria &&next);
    // apply() with one criterion set to `value`, unless it already is.
    template<typename T> void applyCriterion(std::optional<T> Criteria::*criterion, std::optional<T> value);

    void forgetVerdicts(bool dropHints);
    // Before a sort of every row: one key per source row for the sort column, in one array.
    void prepareSortKeys(int column);
    void updateSortKeys(int first, int last); // source rows changed or appended
    bool rowLessThan(const CustomerRow &a, const CustomerRow &b, int column) const;

    CustomerTableModel *m_customers = nullptr;
    QString m_text;
    Criteria m_criteria;
    // The last apply()'s verdict per source row. While that apply() refilters, filterAcceptsRow
    // reads them instead of matching again; afterwards they only hint how many rows the next
    // change flips (rows changed since are then counted wrong, never filtered wrong).
    std::vector<bool> m_verdicts;
    bool m_verdictsCurrent = false;
    bool m_sortAfterInsert = false; // a bulk insert turned dynamic sorting off until rowsInserted
    // Order-preserving 64-bit keys of the sort column (CustomerSortKey), per source row; lessThan reads
    // the rows themselves only when two keys are equal. A sort of 100 000 rows makes ~1.7 million
    // comparisons, and reading two scattered rows (and their texts) for each was most of its time.
    // Kept up to date for changed and appended rows, dropped on any other change of the source, so a
    // stale key is never compared.
    std::vector<quint64> m_sortKeys;
    int m_sortKeysColumn = -1;
    QList<QMetaObject::Connection> m_sourceConnections;
};
