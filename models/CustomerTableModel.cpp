#include "CustomerTableModel.h"

#include "SphereCodec.h"
#include "StatusText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

CustomerRow CustomerRow::fromCustomer(const Customer &c)
{
    CustomerRow row;
    row.id = c.id;
    row.name = c.displayName();
    row.email = c.email.value_or(QString());
    row.searchText = (row.name + u'\n' + row.email + u'\n' + row.id).toLower();
    row.createdMs = c.created.toMSecsSinceEpoch();
    row.updatedMs = c.updated.toMSecsSinceEpoch();
    row.openRequirements = int(c.requirements.size());
    row.type = c.type.value;
    row.kyc = c.kyc.value;
    row.kycNull = c.kyc.null;
    row.tos = c.tos.value;
    row.msa = c.msa.value;
    QStringList unknown;
    if (!c.type.null && !c.type.isKnown())
        unknown << u"type="_s + c.type.raw;
    if (!c.kyc.null && !c.kyc.isKnown())
        unknown << u"kyc="_s + c.kyc.raw;
    if (!c.tos.null && !c.tos.isKnown())
        unknown << u"tos="_s + c.tos.raw;
    if (!c.msa.null && !c.msa.isKnown())
        unknown << u"msa="_s + c.msa.raw;
    row.rawUnknownStatus = unknown.join(u';');
    return row;
}

namespace {
// The raw vendor string of an unknown status, recovered from the row's compact note.
QString unknownRaw(const CustomerRow &row, QStringView field)
{
    if (row.rawUnknownStatus.isEmpty())
        return {};
    for (QStringView part : QStringView(row.rawUnknownStatus).split(u';')) {
        if (part.startsWith(field) && part.size() > field.size() && part.at(field.size()) == u'=')
            return part.mid(field.size() + 1).toString();
    }
    return {};
}

QColor toneColor(StatusText::Tone tone)
{
    switch (tone) {
    case StatusText::Tone::Good:
        return QColor(0x1d, 0x6b, 0x34);
    case StatusText::Tone::Attention:
        return QColor(0x8a, 0x5a, 0x00);
    case StatusText::Tone::Bad:
        return QColor(0xa3, 0x21, 0x15);
    case StatusText::Tone::Neutral:
        break;
    }
    return {};
}
} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
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
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
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

static VendorEnum<KycStatus> kycEnum(const CustomerRow &r)
{
    VendorEnum<KycStatus> e;
    e.value = r.kyc;
    e.null = r.kycNull;
    e.raw = r.kyc == KycStatus::Unknown ? unknownRaw(r, u"kyc") : QString();
    return e;
}

template<typename E>
static VendorEnum<E> known(E value, const QString &raw)
{
    VendorEnum<E> e;
    e.value = value;
    e.null = value == E::Unknown && raw.isEmpty();
    e.raw = raw;
    return e;
}

QVariant CustomerTableModel::displayData(const CustomerRow &r, int column) const
{
    switch (column) {
    case Name:
        return r.name.isEmpty() ? StatusText::missing() : r.name;
    case Type:
        return StatusText::customerType(known(r.type, r.type == CustomerType::Unknown ? unknownRaw(r, u"type") : QString()));
    case Email:
        return r.email.isEmpty() ? StatusText::missing() : r.email;
    case Kyc:
        return StatusText::kyc(kycEnum(r));
    case Tos:
        return StatusText::tos(known(r.tos, r.tos == TosStatus::Unknown ? unknownRaw(r, u"tos") : QString()));
    case Msa:
        return StatusText::msa(known(r.msa, r.msa == MsaStatus::Unknown ? unknownRaw(r, u"msa") : QString()));
    case OpenRequirements:
        return r.openRequirements;
    case Created:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.createdMs).toLocalTime(), QLocale::ShortFormat);
    case Updated:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.updatedMs).toLocalTime(), QLocale::ShortFormat);
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

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case Qt::ToolTipRole:
        if (column == Kyc || column == Tos || column == Msa || column == Type)
            return r.rawUnknownStatus.isEmpty() ? QVariant() : tr("Vendor value: %1").arg(r.rawUnknownStatus);
        if (column == Name)
            return r.id;
        return {};
    case Qt::ForegroundRole: {
        QString raw;
        if (column == Kyc)
            raw = SphereCodec::toWire(r.kyc);
        else if (column == Tos)
            raw = SphereCodec::toWire(r.tos);
        else if (column == Msa)
            raw = SphereCodec::toWire(r.msa);
        else
            return {};
        const QColor c = toneColor(StatusText::toneForWire(raw));
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    case Qt::TextAlignmentRole:
        if (column == OpenRequirements)
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
        return r.searchText;
    case ToneRole: {
        const QString raw = column == Kyc ? SphereCodec::toWire(r.kyc)
            : column == Tos              ? SphereCodec::toWire(r.tos)
            : column == Msa              ? SphereCodec::toWire(r.msa)
                                         : QString();
        return int(StatusText::toneForWire(raw));
    }
    default:
        return {};
    }
}

void CustomerTableModel::appendCustomers(const QList<Customer> &customers)
{
    if (customers.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(customers.size()) - 1);
    m_rows.reserve(m_rows.size() + customers.size());
    for (const Customer &c : customers) {
        m_rowById.insert(c.id, int(m_rows.size()));
        m_rows.append(CustomerRow::fromCustomer(c));
    }
    endInsertRows();
}

void CustomerTableModel::upsertCustomer(const Customer &customer)
{
    const int row = rowOfId(customer.id);
    if (row < 0) {
        appendCustomers({ customer });
        return;
    }
    m_rows[row] = CustomerRow::fromCustomer(customer);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CustomerTableModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_rowById.clear();
    m_rowById.squeeze();
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
