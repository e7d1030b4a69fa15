#include "CliOutput.h"

#include <QJsonObject>
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

void printImportReport(QTextStream &out, const QList<ImportOutcome> &outcomes)
{
    out << cell(u"ROW"_s, 7) << cell(u"LINE"_s, 7) << cell(u"STATUS"_s, 9) << cell(u"NAME"_s, 26)
        << u"CUSTOMER / REASON"_s << '\n';
    const QString indent(7 + 7 + 9 + 26, u' ');
    for (const ImportOutcome &o : outcomes) {
        out << cell(QString::number(o.row), 7) << cell(QString::number(o.line), 7)
            << cell(ImportOutcome::statusName(o.status), 9) << cell(o.name.isEmpty() ? u"-"_s : o.name, 26);
        if (o.status == ImportOutcome::Status::Created) {
            out << o.customerId << '\n';
            continue;
        }
        // Every issue of the row on its own line, so a spreadsheet can be fixed in one pass.
        for (qsizetype i = 0; i < o.issues.size(); ++i) {
            const FieldIssue &issue = o.issues.at(i);
            if (i > 0)
                out << indent;
            out << (issue.field.isEmpty() ? QString() : issue.field + u": "_s) << issue.message.simplified()
                << '\n';
        }
        if (o.issues.isEmpty())
            out << '\n';
    }
}

QJsonArray importReportJson(const QList<ImportOutcome> &outcomes)
{
    QJsonArray rows;
    for (const ImportOutcome &o : outcomes) {
        QJsonArray issues;
        for (const FieldIssue &issue : o.issues)
            issues.append(QJsonObject { { u"field"_s, issue.field }, { u"message"_s, issue.message } });
        QJsonObject row { { u"row"_s, o.row },
                          { u"line"_s, o.line },
                          { u"status"_s, ImportOutcome::statusName(o.status) },
                          { u"name"_s, o.name },
                          { u"issues"_s, issues } };
        if (!o.customerId.isEmpty())
            row.insert(u"customerId"_s, o.customerId);
        rows.append(row);
    }
    return rows;
}

} // namespace CliOutput
