#pragma once

#include "CustomerIdIndex.h"
#include "CustomerRow.h"
#include "SphereTypes.h"

#include <memory>
#include <QAbstractTableModel>
#include <QList>
#include <vector>

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Email, Kyc, Tos, Msa, OpenRequirements, Created, Updated, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // comparable raw values: ordinals, msecs, lowercase text
        IdRole,
        KycStatusRole, // KycStatus as int
        TypeRole, // CustomerType as int
        SearchTextRole,
        ToneRole, // StatusText::Tone as int, for status columns
    };
    Q_ENUM(Role)

    explicit CustomerTableModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override; // no virtual calls
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Final: CustomerFilterProxyModel answers kCellFlags for every cell without asking (a tree view
    // asks each row's flags on every layout).
    Qt::ItemFlags flags(const QModelIndex &index) const final;
    // Every cell's flags: read-only, selectable, never a parent.
    static constexpr Qt::ItemFlags kCellFlags { Qt::ItemIsSelectable | Qt::ItemIsEnabled
                                                | Qt::ItemNeverHasChildren };
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One beginInsertRows per call. A customer already in the table (the book moved between two
    // pages) replaces its row instead of appearing twice; within a batch the last copy wins.
    void appendRows(const CustomerRowBatch &batch);
    // Pages waiting together: still one insertion. Pass them as an rvalue to have the rows moved.
    void appendRows(QList<CustomerRowBatch> batches);
    void appendCustomers(const QList<Customer> &customers); // through appendRows()
    void upsertCustomer(const Customer &customer); // replaces the row with this id, or appends
    void clear();

    QString customerId(int row) const;
    int rowOfId(const QString &id) const;
    const CustomerRow &rowAt(int row) const { return m_rows[row]; }
    QStringView name(const CustomerRow &row) const { return row.name(textOf(row)); }
    QStringView email(const CustomerRow &row) const { return row.email(textOf(row)); }
    QAnyStringView id(const CustomerRow &row) const { return row.id(textOf(row), haystackOf(row)); }
    QStringView unknownStatuses(const CustomerRow &row) const { return row.unknownStatuses(textOf(row)); }
    // Lowercase, UTF-8 (CustomerRow).
    QByteArrayView searchText(const CustomerRow &row) const { return row.searchText(haystackOf(row)); }
    QByteArrayView searchText(int row) const { return searchText(rowAt(row)); }

    // The lowercase search texts as the table keeps them, for a scan of many rows at once (a
    // keystroke over a million rows reads one buffer per page front to back instead of a million
    // scattered strings). Chunk `c`'s `haystack` holds the search texts of `rows` back to back:
    // rows[i] (or firstRow + i when `rows` is empty) from starts[i] to starts[i + 1]. A row replaced
    // since then has left (CustomerRow::textChunk no longer names the chunk, or its searchOffset moved
    // on within chunk 0, which collects replaced rows); `departed` counts the chunk's rows that left.
    struct HaystackChunk
    {
        QByteArrayView haystack;
        int firstRow = 0;
        const std::vector<int> *rows = nullptr;
        const std::vector<int> *starts = nullptr;
        int departed = 0;
        bool contiguous = true; // every row's text ends where the next one's begins
        int rowCount() const { return starts->empty() ? 0 : int(starts->size()) - 1; }
        int rowAt(int i) const { return rows->empty() ? firstRow + i : (*rows)[size_t(i)]; }
    };
    int haystackChunkCount() const { return int(m_texts.size()); }
    HaystackChunk haystackChunk(int chunk) const;

private:
    QVariant displayData(const CustomerRow &row, int column) const;
    QVariant sortData(const CustomerRow &row, int column) const;
    QVariant toolTipData(const CustomerRow &row, int column) const;
    // One page's texts as the decoder built them (CustomerRowBatch), or [0], those of replaced rows.
    struct TextChunk
    {
        QString text;
        QByteArray haystack;
        int firstRow = 0;
        std::vector<int> rows; // empty: firstRow, firstRow + 1, ... (see HaystackChunk)
        std::vector<int> starts; // one more than the rows, or empty
        int departed = 0;
        bool contiguous = true;
        void addRow(int row, int searchOffset, int searchLength, bool scattered);
    };
    QStringView textOf(const CustomerRow &row) const { return m_texts.at(row.textChunk).text; }
    QByteArrayView haystackOf(const CustomerRow &row) const { return m_texts.at(row.textChunk).haystack; }
    void replaceRow(int row, const CustomerRow &with, const CustomerRowBatch &from);
    // Copies the row's texts from the buffers its offsets point into, to the end of chunk `toChunk`.
    void appendRowText(CustomerRow &row, QStringView fromText, QByteArrayView fromHaystack, int toChunk);
    void compactTexts();

    // The rows in blocks of 1024 that never move. Growing one array of 100 000 rows (15 MB) copied
    // it again at every growth and touched fresh memory each time; on the project's VM a first
    // touch costs ≈ 3.5 ms a megabyte, so that growth alone was ≈ 40 % of appending the book.
    class RowStore
    {
    public:
        int size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        const CustomerRow &operator[](int row) const { return m_blocks[block(row)][slot(row)]; }
        CustomerRow &operator[](int row) { return m_blocks[block(row)][slot(row)]; }
        void push_back(CustomerRow &&row)
        {
            if (slot(m_size) == 0)
                m_blocks.push_back(std::make_unique<CustomerRow[]>(size_t(kBlockRows)));
            m_blocks.back()[slot(m_size)] = std::move(row);
            ++m_size;
        }
        void clear()
        {
            m_blocks.clear();
            m_size = 0;
        }

    private:
        static constexpr int kBlockShift = 10;
        static constexpr int kBlockRows = 1 << kBlockShift;
        static size_t block(int row) { return size_t(row) >> kBlockShift; }
        static size_t slot(int row) { return size_t(row) & size_t(kBlockRows - 1); }
        std::vector<std::unique_ptr<CustomerRow[]>> m_blocks;
        int m_size = 0;
    };
    RowStore m_rows;
    CustomerIdIndex m_rowById;
    // The rows' texts (CustomerRow): [0] holds those of replaced rows, then each appended batch's
    // buffer, shared as the decoder built it. Copying them into one buffer cost more than anything
    // else in appending 100 000 rows (a 17 MB buffer grown and copied, every page of it faulted in twice).
    QList<TextChunk> m_texts { TextChunk() };
    qsizetype m_textSize = 0; // characters in m_texts
    qsizetype m_textGarbage = 0; // characters of replaced rows, reclaimed by compactTexts()
};
