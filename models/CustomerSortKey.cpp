#include "CustomerSortKey.h"

#include "CustomerTableModel.h"

#include <QChar>
#include <QString>

namespace {
quint64 ofSigned(qint64 value)
{
    // Flipping the sign bit maps signed order onto unsigned order.
    return quint64(value) ^ (quint64(1) << 63);
}
} // namespace

quint64 CustomerSortKey::ofText(QStringView text)
{
    // Case-insensitive comparison folds unit by unit, except that a low surrogate is folded together
    // with the high surrogate before it. A high surrogate itself compares as it is, so the key keeps
    // it and stops there: whatever follows is left to the full comparison (the keys tie).
    quint64 key = 0;
    int shift = 48;
    for (qsizetype i = 0; i < text.size() && shift >= 0; ++i, shift -= 16) {
        const char16_t unit = text.at(i).unicode();
        if (unit < 0x80) { // most names and e-mails: folding is lowering A to Z
            key |= quint64(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit) << shift;
            continue;
        }
        if (QChar::isHighSurrogate(unit)) {
            key |= quint64(unit) << shift;
            break;
        }
        // An unpaired low surrogate also compares as it is; anything else by its case folding. A
        // folding beyond 16 bits (none is known) would be cut to 0xffff and end the key, as would
        // U+FFFF itself, so the two always tie and go to the full comparison.
        const char32_t folded = QChar::isLowSurrogate(unit) ? unit : QChar::toCaseFolded(char32_t(unit));
        if (folded >= 0xffff) {
            key |= quint64(0xffff) << shift;
            break;
        }
        key |= quint64(folded) << shift;
    }
    return key;
}

quint64 CustomerSortKey::of(const CustomerTableModel &model, const CustomerRow &row, int column)
{
    switch (column) {
    case CustomerTableModel::Name:
        return ofText(model.name(row));
    case CustomerTableModel::Email:
        return ofText(model.email(row));
    case CustomerTableModel::Type:
        return ofSigned(qint64(row.type));
    case CustomerTableModel::Kyc:
        return ofSigned(qint64(row.kyc));
    case CustomerTableModel::Tos:
        return ofSigned(qint64(row.tos));
    case CustomerTableModel::Msa:
        return ofSigned(qint64(row.msa));
    case CustomerTableModel::OpenRequirements:
        return ofSigned(row.openRequirements);
    case CustomerTableModel::Created:
        return ofSigned(row.createdMs);
    case CustomerTableModel::Updated:
        return ofSigned(row.updatedMs);
    default:
        return 0;
    }
}
