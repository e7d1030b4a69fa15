#include "CustomerRowSnapshot.h"

#include <QDataStream>
#include <QIODevice>

namespace {
constexpr quint32 kMagic = 0x4B594342; // "KYCB"
constexpr quint16 kVersion = 2; // 1: without the search extras (read still, searchable by name, email, id)

template<typename E> bool ordinalIn(quint8 value, E last)
{
    return value <= quint8(last);
}
} // namespace

namespace CustomerRowSnapshot {

QByteArray encode(int rows, const RowSource &rowAt)
{
    return compress(serialize(rows, rowAt));
}

QByteArray serialize(int rows, const RowSource &rowAt)
{
    QByteArray raw;
    QDataStream out(&raw, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kVersion << qint32(rows);
    for (int i = 0; i < rows; ++i) {
        const CustomerRow *row = nullptr;
        QStringView name, email, unknownStatuses;
        QAnyStringView id;
        QByteArrayView search;
        rowAt(i, &row, &name, &email, &id, &search, &unknownStatuses);
        const QString idText = id.toString();
        // The extras follow the lowercase texts; the line breaks between name, email and id tell where.
        const qsizetype textBreaks = 2 + name.count(u'\n') + email.count(u'\n') + idText.count(u'\n');
        qsizetype extras = search.size();
        for (qsizetype breaks = 0, at = 0; at < search.size(); ++at) {
            if (search.at(at) == '\n' && ++breaks == textBreaks + 1) {
                extras = at;
                break;
            }
        }
        out << name.toString() << email.toString() << idText << QString::fromUtf8(search.sliced(extras))
            << unknownStatuses.toString() << quint8(row->type) << quint8(row->kyc) << quint8(row->tos)
            << quint8(row->msa)
            << quint8((row->typeNull ? 1 : 0) | (row->kycNull ? 2 : 0) | (row->tosNull ? 4 : 0)
                      | (row->msaNull ? 8 : 0))
            << row->createdMs << row->updatedMs << qint32(row->openRequirements) << row->requirementMask;
    }
    return raw;
}

QByteArray compress(const QByteArray &serialized)
{
    return qCompress(serialized);
}

std::optional<CustomerRowBatch> decode(const QByteArray &bytes)
{
    const QByteArray raw = qUncompress(bytes);
    QDataStream in(raw);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    qint32 rows = 0;
    in >> magic >> version >> rows;
    if (in.status() != QDataStream::Ok || magic != kMagic || version < 1 || version > kVersion || rows < 0)
        return std::nullopt;
    CustomerRowBatch batch;
    for (qint32 i = 0; i < rows; ++i) {
        QString name, email, id, extras, unknownStatuses;
        CustomerRow row;
        quint8 type = 0, kyc = 0, tos = 0, msa = 0, nulls = 0;
        qint32 open = 0;
        in >> name >> email >> id;
        if (version >= 2)
            in >> extras;
        in >> unknownStatuses >> type >> kyc >> tos >> msa >> nulls >> row.createdMs >> row.updatedMs >> open
            >> row.requirementMask;
        if (in.status() != QDataStream::Ok || id.isEmpty() || !ordinalIn(type, CustomerType::Business)
            || !ordinalIn(kyc, KycStatus::Rejected) || !ordinalIn(tos, TosStatus::Approved)
            || !ordinalIn(msa, MsaStatus::Voided) || open < 0)
            return std::nullopt;
        row.type = CustomerType(type);
        row.kyc = KycStatus(kyc);
        row.tos = TosStatus(tos);
        row.msa = MsaStatus(msa);
        row.typeNull = nulls & 1;
        row.kycNull = nulls & 2;
        row.tosNull = nulls & 4;
        row.msaNull = nulls & 8;
        row.openRequirements = open;
        batch.append(row, name, email, id, extras, unknownStatuses);
    }
    if (!in.atEnd())
        return std::nullopt;
    return batch;
}

} // namespace CustomerRowSnapshot
