#include "CustomerViewExport.h"

#include "CustomerFilterProxyModel.h"
#include "CustomerTableModel.h"
#include "RequirementKeys.h"

#include <QDateTime>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kHidden = u"•••"_s;

QString timeText(qint64 ms)
{
    return ms == CustomerRow::NoTime
        ? QString()
        : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString requirementKeys(quint32 mask)
{
    QStringList keys = RequirementKeys::keysIn(mask);
    if (mask & RequirementKeys::kOther)
        keys << u"other"_s;
    return keys.join(u' ');
}
} // namespace

QString CustomerViewExport::maskName(QStringView name)
{
    QStringList words;
    for (QStringView word : name.split(u' ', Qt::SkipEmptyParts))
        words << word.first(1).toString() + kHidden;
    return words.join(u' ');
}

QString CustomerViewExport::maskEmail(QStringView email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0)
        return email.isEmpty() ? QString() : kHidden;
    return email.first(1).toString() + kHidden + email.sliced(at).toString();
}

QList<QStringList> CustomerViewExport::rows(const CustomerFilterProxyModel &view, bool showPersonalData)
{
    const auto *book = qobject_cast<const CustomerTableModel *>(view.sourceModel());
    QList<QStringList> out;
    out << QStringList { tr("Customer id"),  tr("Name"),          tr("Type"),         tr("Email"),
                         tr("KYC"),          tr("TOS"),           tr("MSA"),          tr("Open requirements"),
                         tr("Requirements"), tr("Created (UTC)"), tr("Updated (UTC)") };
    if (!book)
        return out;
    const int rows = view.rowCount();
    out.reserve(rows + 1);
    for (int r = 0; r < rows; ++r) {
        const int source = view.mapToSource(view.index(r, 0)).row();
        const CustomerRow &row = book->rowAt(source);
        const auto shown = [&](int column) { return book->index(source, column).data().toString(); };
        const QStringView name = book->name(row);
        const QStringView email = book->email(row);
        out << QStringList { book->id(row).toString(),
                             showPersonalData ? name.toString() : maskName(name),
                             shown(CustomerTableModel::Type),
                             showPersonalData ? email.toString() : maskEmail(email),
                             shown(CustomerTableModel::Kyc),
                             shown(CustomerTableModel::Tos),
                             shown(CustomerTableModel::Msa),
                             QString::number(row.openRequirements),
                             requirementKeys(row.requirementMask),
                             timeText(row.createdMs),
                             timeText(row.updatedMs) };
    }
    return out;
}
