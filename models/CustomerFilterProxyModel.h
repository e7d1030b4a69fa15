#pragma once

#include "CustomerTextMatcher.h"
#include "ReviewQueue.h"
#include "ScratchArray.h"
#include "SphereTypes.h"

#include <memory>
#include <optional>
#include <QAbstractProxyModel>
#include <QStringList>
#include <vector>

class CustomerTableModel;
struct CustomerRow;

// The customer book as the analyst sees it: filtered by free text (every whitespace-separated term
// must appear in name, email, id, the phone's digits or an owner's name), KYC statuses (any of a
// set), customer type and the review queue the analyst
// works, and sorted by any column. KycStatus::Unknown matches statuses this build does not know and
// missing ones.
//
// Built for a million rows, where QSortFilterProxyModel's keystroke (match every row, then sort the
// rows that pass) took up to 430 ms. This proxy keeps every row in sort order once (a sort is
// redone only when the column or the rows change), so a new filter is one pass that keeps the rows
// passing in that order. A keystroke that extends the text only looks again at the rows shown, one
// that shortens it only at the rows hidden; the scan reads each page's search texts as one buffer,
// split across cores; a handful of rows changing visibility reach the view as row removals and
// insertions, more as one layout change.
class CustomerFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject *parent = nullptr);
    ~CustomerFilterProxyModel() override;

    // A CustomerTableModel; any other model is refused (nothing is shown).
    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int sortColumn() const { return m_sortColumn; } // -1: the table's own order
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int sortRole() const; // CustomerTableModel::SortRole: the order sort() follows

    void setTextFilter(const QString &text);
    void setKycFilter(std::optional<KycStatus> status); // one status, or (nullopt) all
    // Any of `statuses`; an empty list shows every status.
    void setKycFilters(const QList<KycStatus> &statuses);
    void setTypeFilter(std::optional<CustomerType> type);
    // Only the customers of `queue` (ReviewQueue::Kind::Everyone: no queue), with the filters above.
    void setQueue(const ReviewQueue &queue);
    const ReviewQueue &queue() const { return *m_criteria.queue; }
    QString textFilter() const { return m_text; }
    QList<KycStatus> kycFilters() const; // empty: every status
    std::optional<CustomerType> typeFilter() const { return m_criteria.type; }

    // Rows looked at by a filter since the proxy was made: a filter that did not change looks at none,
    // one that extends the text only at the rows that were shown.
    qint64 rowsExamined() const { return m_rowsExamined; }

private:
    struct Criteria
    {
        QStringList terms; // lowercase
        CustomerTextMatcher text;
        quint32 kycMask = 0; // bit 1 << KycStatus of each status shown; 0: every status
        std::optional<CustomerType> type;
        std::shared_ptr<const ReviewQueue> queue = std::make_shared<const ReviewQueue>();
    };
    // What a row's text verdict is (m_textVerdicts).
    enum TextVerdict : quint8 { TextFails, TextMatches, TextUnknown };
    enum class TextChange { Any, Narrows, Widens };

    void disconnectSource();
    void resetFromSource(); // everything again, inside begin/endResetModel
    void onRowsInserted(int first, int last);
    void onDataChanged(int first, int last);
    void updateRow(int row);
    int shownPositionOf(int row) const; // its proxy row, or -1

    // apply() with one criterion set to `value`, unless it already is.
    template<typename T> void applyCriterion(std::optional<T> Criteria::*criterion, std::optional<T> value);
    void applyBase(Criteria &&next); // KYC, type or queue changed
    bool acceptsBase(const Criteria &criteria, const CustomerRow &row) const;
    void evaluateBase(int first, int last);
    // Text verdicts for the rows that pass the base filters, as the change from the previous text
    // allows: the rows that keep their verdict are not looked at.
    // Whether any verdict changed.
    bool evaluateText(TextChange change);
    void evaluateTextOfRow(int row);
    bool shows(int row) const
    {
        return m_baseVerdicts[size_t(row)] && m_textVerdicts[size_t(row)] == TextMatches;
    }

    // Every row in the order of the sort column (or the table's order).
    void sortAllRows();
    // Name and Email: rows whose keys are equal go on to compare their whole texts.
    bool sortsByText() const;
    // Rows [first, last) in the order of their sort keys (m_sortKeys), ties in the table's order: the
    // whole order of a column whose key decides (not sortsByText()).
    void sortRowsByKey(int *first, int *last);
    bool rowLess(int a, int b) const; // the sort order, ties in the table's order
    bool orderLess(int a, int b) const; // m_order's order: rowLess, or the table's order when unsorted
    struct TextSortEntry
    {
        std::pair<quint64, quint64> nextKey; // the eight characters after those the run ties on
        int row;
        QStringView text;
    };
    using TextSortIterator = std::vector<TextSortEntry>::iterator;
    // A row's sort text folded into keys, its first kKeyedUnits characters (sortAllRowsByText).
    struct TextKeys
    {
        quint64 keys[3];
        quint64 idKey; // by name: the id's key (computeIdKeys)
        int row;
        bool keyed; // ASCII without U+0000 in its first kKeyedUnits characters
        bool longer; // more characters than kKeyedUnits
    };
    // The next kTailUnits characters of a keyed text that is longer.
    struct TailKeys
    {
        quint64 keys[4];
        bool keyed; // ASCII without U+0000 in those characters
        bool longer; // more characters than kKeyedUnits + kTailUnits
    };
    // TailKeys of some rows, found by row: a bit a table row says which, and how many come before
    // each 64 rows.
    struct TailTable
    {
        std::vector<quint64> marked;
        std::vector<int> before;
        ScratchArray<TailKeys> keys;
        const TailKeys &of(int row) const;
    };
    static constexpr qsizetype kKeyedUnits = 20;
    static constexpr qsizetype kTailUnits = 32;
    void sortAllRowsByText();
    // A run of rows whose texts fold alike in their first kKeyedUnits characters, some going on
    // (`from`..`to` in keyed order, `first` where the run starts in m_order): by their tails' keys,
    // so that thousands of business names alike in twenty characters are not compared one
    // character at a time.
    void sortLongTexts(std::vector<int>::iterator first, const TextKeys *from, const TextKeys *to,
                       const TailTable &tails) const;
    // The tails' keys of those rows of the runs that go on, read in the table's order, where rows and
    // texts lie one after the other (read in sort order, each text cost cache misses).
    TailTable tailsOf(const std::vector<std::pair<int, int>> &runs, const TextKeys *keyed) const;
    // The rows of a run whose texts fold to the same first from + width characters (sortTextEntries).
    void sortTextRun(std::vector<int>::iterator first, std::vector<int>::iterator last, qsizetype from,
                     qsizetype width) const;
    // Rows of equal names: by id, reversed when descending, then in the table's order.
    bool idLess(int a, int b) const;
    void sortTextEntries(TextSortIterator first, TextSortIterator last, qsizetype from,
                         qsizetype width) const;
    void sortEqualTexts(TextSortIterator first, TextSortIterator last) const;
    void computeIdKeys();
    bool rowLessThan(const CustomerRow &a, const CustomerRow &b, int column) const;
    quint64 sortKeyOf(int row) const;
    // m_shown from m_order and the verdicts, told to the view (see the class comment).
    void publish(bool orderChanged);
    void rebuildProxyRows() const;

    CustomerTableModel *m_customers = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    QString m_text;
    Criteria m_criteria;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    std::vector<quint8> m_baseVerdicts; // per table row: KYC, type and queue accept it
    std::vector<quint8> m_textVerdicts; // per table row: TextVerdict (TextUnknown where the base fails)
    std::vector<quint64> m_sortKeys; // per table row: CustomerSortKey of the sort column
    // While sorting by name, per table row: four units of the id after the prefix every id shares,
    // which order the rows of equal names (see sortEqualTexts).
    ScratchArray<quint64> m_idKeys;
    std::vector<int> m_order; // every table row, in sort order
    std::vector<int> m_shown; // proxy row -> table row
    mutable std::vector<int> m_proxyRows; // table row -> proxy row or -1 (rebuilt when stale)
    mutable bool m_proxyRowsStale = true;
    qint64 m_rowsExamined = 0;
};
