#pragma once

#include "StatusText.h"

#include <limits>
#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QStringList>

// What the detail tables say about a cell for the clipboard: its full value (a wallet address the
// table shortens, in full; a masked number stays masked) and whether that is personal data, which
// the clipboard must not keep.
namespace RecordRoles {
enum : int { Copy = Qt::UserRole + 100, PersonalData };
}

// The shared shape of the detail tables (UBOs, wallets, bank accounts, verification levels): a
// list of records with an `id`-less or `id`-keyed identity, fixed headers, and one cell function
// per subclass. Keeps the row bookkeeping (reset, upsert by key) in one place.
template<typename Record> class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(headers().size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < headers().size())
            return headers().at(section);
        // The full name: a narrow pane cuts a header short.
        if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0
            && section < headerToolTips().size())
            return headerToolTips().at(section);
        return {};
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Record &record = m_records.at(index.row());
        if (role == RecordRoles::Copy) {
            const QVariant full = cell(record, index.column(), role);
            return full.isValid() ? full : cell(record, index.column(), Qt::DisplayRole);
        }
        if (role == RecordRoles::PersonalData)
            return cell(record, index.column(), role).toBool();
        return cell(record, index.column(), role);
    }

    const QList<Record> &records() const { return m_records; }

protected:
    virtual QStringList headers() const = 0;
    // Each header's full name, for its tooltip: the headers unless a model abbreviates one.
    virtual QStringList headerToolTips() const { return headers(); }
    virtual QVariant cell(const Record &record, int column, int role) const = 0;

    // What most columns sort by: the text shown, case-folded (masked values sort masked).
    QVariant textSortKey(const Record &record, int column) const
    {
        return cell(record, column, Qt::DisplayRole).toString().toLower();
    }
    // A date column: the local short date to read (a dash when missing), and milliseconds to sort
    // by, a missing date first.
    static QVariant dateText(const QDateTime &when) { return StatusText::localDateTime(when); }
    static QVariant dateSortKey(const QDateTime &when)
    {
        return when.isValid() ? when.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    }

    void resetRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }

    // Replaces the record with the same key, or appends it.
    template<typename KeyOf> void upsertRecord(const Record &record, KeyOf keyOf)
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (keyOf(m_records.at(row)) == keyOf(record)) {
                m_records[row] = record;
                Q_EMIT this->dataChanged(this->index(row, 0), this->index(row, columnCount() - 1));
                return;
            }
        }
        const int row = int(m_records.size());
        beginInsertRows({}, row, row);
        m_records.append(record);
        endInsertRows();
    }

    void refreshAll()
    {
        if (!m_records.isEmpty())
            Q_EMIT this->dataChanged(this->index(0, 0), this->index(rowCount() - 1, columnCount() - 1));
    }

private:
    QList<Record> m_records;
};
