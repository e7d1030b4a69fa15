#include "CustomerTableModel.h"

#include "StatusText.h"

#include <algorithm>
#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
QString localDate(qint64 ms)
{
    return ms == CustomerRow::NoTime ? StatusText::missing()
                                     : StatusText::localDateTime(QDateTime::fromMSecsSinceEpoch(ms));
}

template<typename E> VendorEnum<E> vendorEnum(E value, bool null, const QString &raw)
{
    VendorEnum<E> e;
    e.value = value;
    e.null = null;
    e.raw = raw;
    return e;
}
} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QModelIndex CustomerTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // QSortFilterProxyModel calls this twice per comparison while sorting 100 000 rows; the base
    // class would go through rowCount() and columnCount() each time.
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

Qt::ItemFlags CustomerTableModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? kCellFlags : Qt::NoItemFlags;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Each header's full name: a narrow column cuts its header short ("pen req").
    static constexpr const char *kToolTips[ColumnCount] = {
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("Customer type"),
        QT_TR_NOOP("Email"),
        QT_TR_NOOP("KYC status"),
        QT_TR_NOOP("Terms of service status"),
        QT_TR_NOOP("Master services agreement status"),
        QT_TR_NOOP("Open requirements"),
        QT_TR_NOOP("Created"),
        QT_TR_NOOP("Updated (the customer's last change)"),
    };
    if (role == Qt::ToolTipRole && section >= 0 && section < ColumnCount)
        return tr(kToolTips[section]);
    // In the order of Column.
    static constexpr const char *kHeaders[ColumnCount] = {
        QT_TR_NOOP("Name"),      QT_TR_NOOP("Type"),    QT_TR_NOOP("Email"),
        QT_TR_NOOP("KYC"),       QT_TR_NOOP("TOS"),     QT_TR_NOOP("MSA"),
        QT_TR_NOOP("Open req."), QT_TR_NOOP("Created"), QT_TR_NOOP("Updated"),
    };
    if (role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(kHeaders[section]);
}

QVariant CustomerTableModel::displayData(const CustomerRow &r, int column) const
{
    switch (column) {
    case Name:
        return r.nameLength == 0 ? StatusText::missing() : name(r).toString();
    case Type:
        return StatusText::customerType(
            vendorEnum(r.type, r.typeNull, CustomerRow::unknownRaw(unknownStatuses(r), u"type")));
    case Email:
        return r.emailLength == 0 ? StatusText::missing() : email(r).toString();
    case Kyc:
        return StatusText::kyc(
            vendorEnum(r.kyc, r.kycNull, CustomerRow::unknownRaw(unknownStatuses(r), u"kyc")));
    case Tos:
        return StatusText::tos(
            vendorEnum(r.tos, r.tosNull, CustomerRow::unknownRaw(unknownStatuses(r), u"tos")));
    case Msa:
        return StatusText::msa(
            vendorEnum(r.msa, r.msaNull, CustomerRow::unknownRaw(unknownStatuses(r), u"msa")));
    case OpenRequirements:
        return r.openRequirements;
    case Created:
        return localDate(r.createdMs);
    case Updated:
        return localDate(r.updatedMs);
    default:
        return {};
    }
}

QVariant CustomerTableModel::sortData(const CustomerRow &r, int column) const
{
    switch (column) {
    case Name:
        return name(r).toString().toLower();
    case Type:
        return int(r.type);
    case Email:
        return email(r).toString().toLower();
    case Kyc:
        return int(r.kyc);
    case Tos:
        return int(r.tos);
    case Msa:
        return int(r.msa);
    case OpenRequirements:
        return r.openRequirements;
    case Created:
        return r.createdMs;
    case Updated:
        return r.updatedMs;
    default:
        return {};
    }
}

QVariant CustomerTableModel::toolTipData(const CustomerRow &r, int column) const
{
    // Status columns: what the vendor actually sent, so an analyst can quote it to Sphere.
    auto vendorValue = [&](bool null, QStringView field, const QString &knownWire) -> QVariant {
        if (null)
            return tr("Not set by the vendor");
        const QString raw
            = knownWire.isEmpty() ? CustomerRow::unknownRaw(unknownStatuses(r), field) : knownWire;
        return knownWire.isEmpty() ? tr("Vendor value: %1 (unknown to KYC Desk)").arg(raw)
                                   : tr("Vendor value: %1").arg(raw);
    };
    switch (column) {
    case Name:
        return id(r).toString();
    case Type:
        return vendorValue(r.typeNull, u"type", StatusText::wire(r.type));
    case Kyc:
        return vendorValue(r.kycNull, u"kyc", StatusText::wire(r.kyc));
    case Tos:
        return vendorValue(r.tosNull, u"tos", StatusText::wire(r.tos));
    case Msa:
        return vendorValue(r.msaNull, u"msa", StatusText::wire(r.msa));
    default:
        return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow &r = rowAt(index.row());
    const int column = index.column();
    const auto tone = [&]() {
        switch (column) {
        case Kyc:
            return StatusText::tone(r.kyc);
        case Tos:
            return StatusText::tone(r.tos);
        case Msa:
            return StatusText::tone(r.msa);
        default:
            return StatusText::Tone::Neutral;
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case Qt::ToolTipRole:
        return toolTipData(r, column);
    case Qt::ForegroundRole: {
        const QColor c = StatusText::color(tone());
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::DecorationRole: {
        // A coloured swatch next to the KYC status, the column analysts scan first.
        if (column != Kyc)
            return {};
        const QColor c = StatusText::color(tone());
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (column == OpenRequirements || column == Created || column == Updated)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(r, column);
    case IdRole:
        return id(r).toString();
    case KycStatusRole:
        return int(r.kyc);
    case TypeRole:
        return int(r.type);
    case SearchTextRole:
        return QString::fromUtf8(searchText(r));
    case ToneRole:
        return int(tone());
    default:
        return {};
    }
}

void CustomerTableModel::TextChunk::addRow(int row, int searchOffset, int searchLength, bool scattered)
{
    if (starts.empty()) {
        firstRow = row;
        starts.push_back(searchOffset);
    }
    if (starts.back() != searchOffset) {
        contiguous = false; // a gap between two rows' texts: scanned row by row
        starts.back() = searchOffset;
    }
    if (scattered)
        rows.push_back(row);
    else
        Q_ASSERT(rows.empty() && row == firstRow + int(starts.size()) - 1);
    starts.push_back(searchOffset + searchLength);
}

CustomerTableModel::HaystackChunk CustomerTableModel::haystackChunk(int chunk) const
{
    const TextChunk &c = m_texts.at(chunk);
    return { c.haystack, c.firstRow, &c.rows, &c.starts, c.departed, c.contiguous };
}

void CustomerTableModel::replaceRow(int row, const CustomerRow &with, const CustomerRowBatch &from)
{
    m_textGarbage += rowAt(row).textLength() + rowAt(row).searchLength;
    ++m_texts[rowAt(row).textChunk].departed;
    CustomerRow &r = m_rows[row];
    r = with;
    appendRowText(r, from.text, from.haystack, 0);
    m_texts[0].addRow(row, r.searchOffset, r.searchLength, true);
    if (m_textGarbage > m_textSize / 2)
        compactTexts();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerTableModel::appendRowText(CustomerRow &row, QStringView fromText, QByteArrayView fromHaystack,
                                       int toChunk)
{
    const QStringView text = fromText.sliced(row.textOffset, row.textLength());
    const QByteArrayView haystack = row.searchText(fromHaystack);
    TextChunk &to = m_texts[toChunk];
    row.textChunk = toChunk;
    row.textOffset = int(to.text.size());
    row.searchOffset = int(to.haystack.size());
    to.text += text;
    to.haystack += haystack;
    m_textSize += text.size() + haystack.size();
}

void CustomerTableModel::compactTexts()
{
    const QList<TextChunk> old = std::exchange(m_texts, { TextChunk(), TextChunk() });
    m_textSize = 0;
    m_textGarbage = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        CustomerRow &row = m_rows[i];
        const TextChunk &from = old.at(row.textChunk);
        appendRowText(row, from.text, from.haystack, 1);
        m_texts[1].addRow(i, row.searchOffset, row.searchLength, false);
    }
}

void CustomerTableModel::appendCustomers(const QList<Customer> &customers)
{
    CustomerRowBatch batch;
    batch.rows.reserve(customers.size());
    for (const Customer &c : customers)
        batch.append(c);
    appendRows(batch);
}

void CustomerTableModel::appendRows(const CustomerRowBatch &batch)
{
    appendRows(QList<CustomerRowBatch> { batch });
}

void CustomerTableModel::appendRows(QList<CustomerRowBatch> batches)
{
    // Customers already in the table replace their row; new ones are inserted in one go, the last
    // copy winning when the batches name the same id twice. One id-index lookup per row: a new id is
    // entered at once with the row it is about to get, so a later copy finds it (index >= first)
    // instead of needing a second index.
    struct Source
    {
        const CustomerRowBatch *batch;
        qsizetype index;
        const CustomerRow &row() const { return batch->rows.at(index); }
    };
    const int first = m_rows.size();
    qsizetype incoming = 0;
    for (const CustomerRowBatch &batch : std::as_const(batches))
        incoming += batch.size();
    QList<Source> fresh; // in the order they become rows
    fresh.reserve(incoming);
    QList<std::pair<int, Source>> replaced; // (table row, new data)
    m_rowById.reserve(m_rows.size() + incoming);
    // Rows from `first` on are still in the batches.
    const auto idAt = [&](int row) -> QAnyStringView {
        if (row < first)
            return id(m_rows[row]);
        const Source &source = fresh.at(row - first);
        return source.batch->id(source.row());
    };
    for (const CustomerRowBatch &batch : std::as_const(batches)) {
        for (qsizetype i = 0; i < batch.size(); ++i) {
            const CustomerRow &incomingRow = batch.rows.at(i);
            const QAnyStringView incomingId = batch.id(incomingRow);
            Q_ASSERT(incomingRow.idHash == CustomerRow::hashId(incomingId.toString()));
            const int existing = m_rowById.find(incomingId, incomingRow.idHash, idAt);
            if (existing < 0) {
                m_rowById.insert(incomingRow.idHash, first + int(fresh.size()));
                fresh.append({ &batch, i });
            } else if (existing >= first) {
                fresh[existing - first] = { &batch, i };
            } else {
                replaced.append({ existing, { &batch, i } });
            }
        }
    }

    if (!fresh.isEmpty()) {
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        if (fresh.size() == incoming) {
            // The common case, batches of new and distinct ids: each batch's texts are kept as they
            // are, shared, not copied, and the rows are moved. `fresh` is not used from here on, so
            // the batches may detach.
            for (CustomerRowBatch &batch : batches) {
                if (batch.isEmpty())
                    continue;
                const int chunk = int(m_texts.size());
                m_texts.append(TextChunk());
                TextChunk &to = m_texts.last();
                to.text = batch.text;
                to.haystack = batch.haystack;
                m_textSize += batch.text.size() + batch.haystack.size();
                to.starts.reserve(size_t(batch.size()) + 1);
                for (CustomerRow &row : batch.rows) {
                    row.textChunk = chunk;
                    to.addRow(m_rows.size(), row.searchOffset, row.searchLength, false);
                    m_rows.push_back(std::move(row));
                }
            }
        } else {
            // Row by row, leaving out the texts of the copies that lost.
            const int chunk = int(m_texts.size());
            m_texts.append(TextChunk());
            for (const Source &source : std::as_const(fresh)) {
                CustomerRow row = source.row();
                appendRowText(row, source.batch->text, source.batch->haystack, chunk);
                m_texts[chunk].addRow(m_rows.size(), row.searchOffset, row.searchLength, false);
                m_rows.push_back(std::move(row));
            }
        }
        endInsertRows();
    }
    for (const auto &[row, source] : std::as_const(replaced))
        replaceRow(row, source.row(), *source.batch);
}

void CustomerTableModel::upsertCustomer(const Customer &customer)
{
    CustomerRowBatch batch;
    batch.append(customer);
    appendRows(batch);
}

void CustomerTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_texts = { TextChunk() };
    m_textSize = 0;
    m_textGarbage = 0;
    endResetModel();
}

QString CustomerTableModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? id(rowAt(row)).toString() : QString();
}

int CustomerTableModel::rowOfId(const QString &id) const
{
    return m_rowById.find(id, CustomerRow::hashId(id), [this](int row) { return this->id(m_rows[row]); });
}
