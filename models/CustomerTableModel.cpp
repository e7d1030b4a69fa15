#include "CustomerTableModel.h"

#include "StatusText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : CustomerRow::NoTime;
}

QString localDate(qint64 ms)
{
    if (ms == CustomerRow::NoTime)
        return StatusText::missing();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

template<typename E> VendorEnum<E> vendorEnum(E value, bool null, const QString &raw)
{
    VendorEnum<E> e;
    e.value = value;
    e.null = null;
    e.raw = raw;
    return e;
}

template<typename E> void noteUnknown(QString &notes, QStringView field, const VendorEnum<E> &e)
{
    if (e.null || e.isKnown())
        return;
    if (!notes.isEmpty())
        notes += u';';
    notes += field + u'=' + e.raw;
}
} // namespace

CustomerRow CustomerRow::fromCustomer(const Customer &c)
{
    CustomerRow row;
    row.id = c.id;
    row.name = c.displayName();
    row.email = c.email.value_or(QString());
    row.createdMs = msecs(c.created);
    row.updatedMs = msecs(c.updated);
    row.openRequirements = int(c.requirements.size());
    row.type = c.type.null ? CustomerType::Unknown : c.type.value;
    row.kyc = c.kyc.null ? KycStatus::Unknown : c.kyc.value;
    row.tos = c.tos.null ? TosStatus::Unknown : c.tos.value;
    row.msa = c.msa.null ? MsaStatus::Unknown : c.msa.value;
    row.typeNull = c.type.null;
    row.kycNull = c.kyc.null;
    row.tosNull = c.tos.null;
    row.msaNull = c.msa.null;
    noteUnknown(row.rawUnknownStatus, u"type", c.type);
    noteUnknown(row.rawUnknownStatus, u"kyc", c.kyc);
    noteUnknown(row.rawUnknownStatus, u"tos", c.tos);
    noteUnknown(row.rawUnknownStatus, u"msa", c.msa);
    row.rawUnknownStatus.squeeze();
    return row;
}

QString CustomerRow::searchTextOf(const Customer &c)
{
    return (c.displayName() + u'\n' + c.email.value_or(QString()) + u'\n' + c.id).toLower();
}

QString CustomerRow::unknownRaw(QStringView field) const
{
    if (rawUnknownStatus.isEmpty())
        return {};
    for (QStringView part : QStringView(rawUnknownStatus).split(u';')) {
        if (part.size() > field.size() && part.startsWith(field) && part.at(field.size()) == u'=')
            return part.mid(field.size() + 1).toString();
    }
    return {};
}

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) { }

QModelIndex CustomerTableModel::index(int row, int column, const QModelIndex &parent) const
{
    // QSortFilterProxyModel calls this twice per comparison while sorting 100 000 rows; the base
    // class would go through rowCount() and columnCount() each time.
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0 || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == OpenRequirements)
        return tr("Open requirements");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Email:
        return tr("Email");
    case Kyc:
        return tr("KYC");
    case Tos:
        return tr("TOS");
    case Msa:
        return tr("MSA");
    case OpenRequirements:
        return tr("Open req.");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

QVariant CustomerTableModel::displayData(const CustomerRow &r, int column) const
{
    switch (column) {
    case Name:
        return r.name.isEmpty() ? StatusText::missing() : r.name;
    case Type:
        return StatusText::customerType(vendorEnum(r.type, r.typeNull, r.unknownRaw(u"type")));
    case Email:
        return r.email.isEmpty() ? StatusText::missing() : r.email;
    case Kyc:
        return StatusText::kyc(vendorEnum(r.kyc, r.kycNull, r.unknownRaw(u"kyc")));
    case Tos:
        return StatusText::tos(vendorEnum(r.tos, r.tosNull, r.unknownRaw(u"tos")));
    case Msa:
        return StatusText::msa(vendorEnum(r.msa, r.msaNull, r.unknownRaw(u"msa")));
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
        return r.name.toLower();
    case Type:
        return int(r.type);
    case Email:
        return r.email.toLower();
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
        const QString raw = knownWire.isEmpty() ? r.unknownRaw(field) : knownWire;
        return knownWire.isEmpty() ? tr("Vendor value: %1 (unknown to KYC Desk)").arg(raw)
                                   : tr("Vendor value: %1").arg(raw);
    };
    switch (column) {
    case Name:
        return r.id;
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
    const CustomerRow &r = m_rows.at(index.row());
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
        return r.id;
    case KycStatusRole:
        return int(r.kyc);
    case TypeRole:
        return int(r.type);
    case SearchTextRole:
        return searchText(r).toString();
    case ToneRole:
        return int(tone());
    default:
        return {};
    }
}

CustomerRow CustomerTableModel::makeRow(const Customer &customer)
{
    CustomerRow row = CustomerRow::fromCustomer(customer);
    const QString text = CustomerRow::searchTextOf(customer);
    row.searchOffset = m_haystack.size();
    row.searchLength = int(text.size());
    m_haystack += text;
    return row;
}

void CustomerTableModel::replaceRow(int row, const Customer &customer)
{
    m_haystackGarbage += m_rows.at(row).searchLength;
    m_rows[row] = makeRow(customer);
    if (m_haystackGarbage > m_haystack.size() / 2)
        compactHaystack();
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerTableModel::compactHaystack()
{
    QString compact;
    compact.reserve(m_haystack.size() - m_haystackGarbage);
    for (CustomerRow &row : m_rows) {
        const QStringView text = searchText(row);
        row.searchOffset = compact.size();
        compact += text;
    }
    m_haystack = std::move(compact);
    m_haystackGarbage = 0;
}

void CustomerTableModel::appendCustomers(const QList<Customer> &customers)
{
    // Customers already in the table replace their row; new ones are inserted in one batch, the
    // last copy winning when a page names the same id twice.
    QList<const Customer *> fresh;
    fresh.reserve(customers.size());
    QHash<QString, qsizetype> freshById;
    for (const Customer &c : customers) {
        const int existing = rowOfId(c.id);
        if (existing >= 0) {
            replaceRow(existing, c);
            continue;
        }
        const auto it = freshById.constFind(c.id);
        if (it != freshById.constEnd()) {
            fresh[*it] = &c;
            continue;
        }
        freshById.insert(c.id, fresh.size());
        fresh.append(&c);
    }
    if (fresh.isEmpty())
        return;

    const int first = int(m_rows.size());
    const qsizetype needed = m_rows.size() + fresh.size();
    if (m_rows.capacity() < needed)
        m_rows.reserve(qMax(needed, m_rows.capacity() + m_rows.capacity() / 2)); // amortised, ≤ 50 % slack
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Customer *c : fresh) {
        m_rowById.insert(c->id, int(m_rows.size()));
        m_rows.append(makeRow(*c));
    }
    endInsertRows();
}

void CustomerTableModel::upsertCustomer(const Customer &customer)
{
    const int row = rowOfId(customer.id);
    if (row < 0)
        appendCustomers({ customer });
    else
        replaceRow(row, customer);
}

void CustomerTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows = {};
    m_rowById = {};
    m_haystack = QString();
    m_haystackGarbage = 0;
    endResetModel();
}

QString CustomerTableModel::customerId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int CustomerTableModel::rowOfId(const QString &id) const
{
    return m_rowById.value(id, -1);
}
