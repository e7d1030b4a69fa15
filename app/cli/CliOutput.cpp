#include "CliOutput.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {
QString orDash(const std::optional<QString> &v)
{
    return v && !v->isEmpty() ? *v : u"-"_s;
}

QString cell(const QString &text, int width)
{
    return text.size() > width ? text.left(width - 1) + u'~' : text.leftJustified(width);
}
} // namespace

namespace CliOutput {

void printCustomerTable(QTextStream &out, const QList<Customer> &customers)
{
    out << cell(u"ID"_s, 42) << cell(u"NAME"_s, 28) << cell(u"TYPE"_s, 11) << cell(u"KYC"_s, 25)
        << cell(u"TOS"_s, 11) << cell(u"MSA"_s, 11) << u"REQS"_s << '\n';
    for (const Customer &c : customers) {
        out << cell(c.id, 42) << cell(c.displayName(), 28) << cell(c.type.raw, 11) << cell(c.kyc.raw, 25)
            << cell(c.tos.raw, 11) << cell(c.msa.raw, 11) << c.requirements.size() << '\n';
    }
    out << customers.size() << " customer(s)\n";
}

void printCustomerDetails(QTextStream &out, const Customer &c)
{
    const auto line = [&out](const QString &key, const QString &value) {
        out << QString(key + u':').leftJustified(22) << value << '\n';
    };
    line(u"id"_s, c.id);
    line(u"name"_s, c.displayName());
    line(u"type"_s, c.type.raw);
    line(u"email"_s, orDash(c.email));
    line(u"phoneNumber"_s, orDash(c.phoneNumber));
    line(u"kyc"_s, c.kyc.raw);
    line(u"tos"_s, c.tos.raw);
    line(u"msa"_s, c.msa.raw);
    line(u"euAccountTos"_s, c.euAccountTos.null ? u"-"_s : c.euAccountTos.raw);
    line(u"operatingResidency"_s, c.operatingResidency.null ? u"-"_s : c.operatingResidency.raw);
    if (c.additionalReviewRequiredReason)
        line(u"reviewReason"_s, *c.additionalReviewRequiredReason);
    line(u"requirements"_s, c.requirements.isEmpty() ? u"-"_s : c.requirements.join(u", "_s));
    if (c.address && !c.address->isEmpty()) {
        const Address &a = *c.address;
        QStringList parts;
        for (const auto &p : { a.line1, a.line2, a.city, a.state, a.postalCode, a.country }) {
            if (p && !p->isEmpty())
                parts.append(*p);
        }
        line(u"address"_s, parts.join(u", "_s));
    }
    line(u"ubos"_s, QString::number(c.ubos.size()));
    line(u"wallets"_s, c.wallets.isEmpty() ? u"-"_s : c.wallets.join(u", "_s));
    line(u"bankAccounts"_s, c.bankAccounts.isEmpty() ? u"-"_s : c.bankAccounts.join(u", "_s));
    line(u"created"_s, c.created.toUTC().toString(Qt::ISODateWithMs));
    line(u"updated"_s, c.updated.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace CliOutput
