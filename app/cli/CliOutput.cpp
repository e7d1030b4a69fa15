#include "CliOutput.h"

#include "LinkPolicy.h"
#include "SphereCodec.h"
#include "TerminalText.h"
#include "YativoCodec.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace {
QString orDash(const std::optional<QString> &v)
{
    return v && !v->isEmpty() ? *v : u"-"_s;
}

// Vendor text is escaped before it is measured or printed: a value must stay on its line and
// in its column whatever control characters it carries.
QString cell(const QString &text, int width)
{
    const QString safe = TerminalText::escapeValue(text);
    return safe.size() > width ? safe.left(width - 1) + u'~' : safe.leftJustified(width);
}

void keyValue(QTextStream &out, const QString &key, const QString &value)
{
    out << QString(TerminalText::escapeValue(key) + u':').leftJustified(34)
        << TerminalText::escapeValue(value) << '\n';
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

// Fields whose value a person would open: printed only when LinkPolicy allows them, since a
// terminal makes a printed URL clickable.
bool isLinkKey(const QString &path)
{
    const QString key = path.mid(path.lastIndexOf(u'.') + 1);
    return key == u"url" || key == u"kycLink" || key == u"tosLink" || key == u"kyc_link"
        || key == u"tos_link";
}

QString linkText(const QString &url)
{
    return LinkPolicy::isOfferable(QUrl(url, QUrl::StrictMode))
        ? url
        : QCoreApplication::translate("cli",
                                      "(not shown: the vendor sent a link that is not an https address)");
}

bool isScalarList(const QJsonArray &a)
{
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &v) { return !v.isObject() && !v.isArray(); });
}

// Every value of `v` under `path`, one line each; what has no value (null, "", [], {}) is left out.
void printFlattened(QTextStream &out, const QString &path, const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            printFlattened(out, path.isEmpty() ? it.key() : path + u'.' + it.key(), it.value());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            return;
        if (isScalarList(a)) {
            QStringList texts;
            for (const QJsonValue &item : a)
                texts << (item.isNull() ? u"null"_s : scalarText(item));
            keyValue(out, path, texts.join(u", "_s));
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            printFlattened(out, path + u'[' + QString::number(i) + u']', a.at(i));
    } else if (!v.isNull() && !v.isUndefined() && !(v.isString() && v.toString().isEmpty())) {
        keyValue(out, path, isLinkKey(path) ? linkText(v.toString()) : scalarText(v));
    }
}

// The answer's keys not in `shown`, flattened.
void printRest(QTextStream &out, const QJsonObject &answer, const QStringList &shown)
{
    for (auto it = answer.constBegin(); it != answer.constEnd(); ++it) {
        if (!shown.contains(it.key()))
            printFlattened(out, it.key(), it.value());
    }
}

QString levelText(const VendorEnum<RiskLevel> &level)
{
    return level.null ? u"-"_s : level.raw;
}

// Minor units as an amount ("1234.56"), the way Sardine's money fields are documented.
QString minorUnits(qint64 minor)
{
    const QString sign = minor < 0 ? u"-"_s : QString();
    const quint64 magnitude = minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
    return sign + QString::number(magnitude / 100) + u'.'
        + QString::number(magnitude % 100).rightJustified(2, u'0') + u" ("_s + QString::number(minor)
        + u" minor units)"_s;
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
    printCustomerSummary(out, c);
    // Everything else the answer carries that has a value: meta, website, verification levels,
    // lookup key, business fields, UBOs, unknown keys, …
    printRest(out, SphereCodec::encode(c),
              { u"id"_s, u"firstName"_s, u"lastName"_s, u"type"_s, u"email"_s, u"phoneNumber"_s, u"kyc"_s,
                u"tos"_s, u"msa"_s, u"euAccountTos"_s, u"operatingResidency"_s,
                u"additionalReviewRequiredReason"_s, u"requirements"_s, u"address"_s, u"ubos"_s, u"wallets"_s,
                u"bankAccounts"_s, u"created"_s, u"updated"_s });
    for (qsizetype i = 0; i < c.ubos.size(); ++i)
        printFlattened(out, u"ubos["_s + QString::number(i) + u']', SphereCodec::encode(c.ubos.at(i)));
}

void printCustomerSummary(QTextStream &out, const Customer &c)
{
    const auto line = [&out](const QString &key, const QString &value) {
        out << QString(key + u':').leftJustified(22) << TerminalText::escapeValue(value) << '\n';
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
    // The vendor's own text of each timestamp, as --json shows it.
    const QJsonObject answer = SphereCodec::encode(c);
    line(u"created"_s, answer.value(u"created"_s).toString());
    line(u"updated"_s, answer.value(u"updated"_s).toString());
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
            out << TerminalText::escapeValue(o.customerId) << '\n';
            continue;
        }
        // Every issue of the row on its own line, so a spreadsheet can be fixed in one pass.
        for (qsizetype i = 0; i < o.issues.size(); ++i) {
            const FieldIssue &issue = o.issues.at(i);
            if (i > 0)
                out << indent;
            out << TerminalText::escapeValue(QString(
                (issue.field.isEmpty() ? QString() : issue.field + u": "_s) + issue.message.simplified()))
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

namespace CliOutput {

void printRisk(QTextStream &out, const RiskResult &r)
{
    keyValue(out, u"sessionKey"_s, r.sessionKey.value_or(u"-"_s));
    keyValue(out, u"level"_s, levelText(r.level));
    keyValue(out, u"status"_s, r.status.value_or(u"-"_s));
    keyValue(out, u"customer.score"_s, r.customerScore ? QString::number(*r.customerScore) : u"-"_s);
    keyValue(out, u"customer.level"_s, levelText(r.customerLevel));
    for (const RiskSignal &s : r.signals) {
        QString text
            = s.value.isString() ? s.value.toString() : (s.value.isNull() ? u"null"_s : scalarText(s.value));
        if (!s.reasonCodes.isEmpty())
            text += u"  (reason codes: "_s + s.reasonCodes.join(u", "_s) + u')';
        keyValue(out, u"signal "_s + s.key, text);
        printFlattened(out, u"signal "_s + s.key, s.unknownFields);
    }
    printFlattened(out, u"customer"_s, r.customerUnknownFields);
    if (!r.transactionLevel.null)
        keyValue(out, u"transaction.level"_s, r.transactionLevel.raw);
    if (!r.amlLevel.null)
        keyValue(out, u"transaction.amlLevel"_s, r.amlLevel.raw);
    if (r.indemnification) {
        const Indemnification &i = *r.indemnification;
        keyValue(out, u"indemnification.decision"_s, i.decision.null ? u"-"_s : i.decision.raw);
        if (i.instantLimit)
            keyValue(out, u"indemnification.instantLimit"_s, minorUnits(*i.instantLimit));
        if (i.holdAmount)
            keyValue(out, u"indemnification.holdAmount"_s, minorUnits(*i.holdAmount));
        if (i.holdTime)
            keyValue(out, u"indemnification.holdTime"_s,
                     QDateTime::fromSecsSinceEpoch(*i.holdTime, Qt::UTC).toString(Qt::ISODate) + u" ("_s
                         + QString::number(*i.holdTime) + u')');
        if (i.verificationCode)
            keyValue(out, u"indemnification.verificationCode"_s, *i.verificationCode);
        printFlattened(out, u"transaction.indemnification"_s, i.unknownFields);
    }
    printFlattened(out, u"transaction"_s, r.transactionUnknownFields);
    for (const Checkpoint &c : r.customerCheckpoints) {
        keyValue(out, u"checkpoint "_s + c.name,
                 (c.value.isEmpty() ? u"-"_s : c.value)
                     + (c.ruleIds.isEmpty() ? QString() : u"  [rules: "_s + c.ruleIds.join(u", "_s) + u']'));
        printFlattened(out, u"checkpoint "_s + c.name, c.unknownFields);
    }
    printFlattened(out, u"checkpoints"_s, r.otherCheckpoints);
    printFlattened(out, u"rules"_s, r.rules);
    printFlattened(out, u"features"_s, r.features);
    printFlattened(out, QString(), r.unknownFields);
}

void printIdentity(QTextStream &out, const IdentityEntity &e)
{
    QJsonObject answer = SardineCodec::encode(e);
    if (answer.value(u"documentKyc"_s).isObject()) {
        QStringList present;
        const QJsonObject images = answer.value(u"documentKyc"_s).toObject();
        for (auto it = images.constBegin(); it != images.constEnd(); ++it) {
            if (it.value().isString() && !it.value().toString().isEmpty())
                present << it.key();
        }
        keyValue(out, u"documentKyc"_s,
                 present.isEmpty() ? u"-"_s
                                   : QCoreApplication::translate("cli", "images present (%1): use --json")
                                         .arg(present.join(u", "_s)));
        answer.remove(u"documentKyc"_s);
    }
    printFlattened(out, QString(), answer);
}

void printRiskHistory(QTextStream &out, const QList<RiskResult> &results)
{
    out << cell(u"#"_s, 4) << cell(u"SESSION"_s, 38) << cell(u"LEVEL"_s, 11) << cell(u"STATUS"_s, 9)
        << cell(u"SCORE"_s, 7) << u"SIGNALS"_s << '\n';
    for (qsizetype i = 0; i < results.size(); ++i) {
        const RiskResult &r = results.at(i);
        QStringList signals;
        for (const RiskSignal &s : r.signals)
            signals << s.key + u'=' + (s.value.isString() ? s.value.toString() : scalarText(s.value));
        out << cell(QString::number(i + 1), 4) << cell(r.sessionKey.value_or(u"-"_s), 38)
            << cell(levelText(r.level), 11) << cell(r.status.value_or(u"-"_s), 9)
            << cell(r.customerScore ? QString::number(*r.customerScore) : u"-"_s, 7)
            << (signals.isEmpty() ? u"-"_s : TerminalText::escapeValue(signals.join(u", "_s))) << '\n';
    }
    out << QCoreApplication::translate("cli", "%n past check(s) at Sardine", nullptr, int(results.size()))
        << '\n';
}

void printHostedLink(QTextStream &out, HostedLinkKind kind, const HostedLink &link)
{
    keyValue(out, kind == HostedLinkKind::Kyc ? u"kycLink"_s : u"tosLink"_s, linkText(link.url));
    printRest(out, SphereCodec::encode(link), { u"url"_s });
}

void printYativoCustomer(QTextStream &out, const YativoCustomer &c)
{
    printFlattened(out, QString(), YativoCodec::encode(c));
}

void printYativoKycStatus(QTextStream &out, const YativoKycStatus &k)
{
    printFlattened(out, QString(), YativoCodec::encode(k));
}

void printYativoCustomerTable(QTextStream &out, const QList<YativoCustomer> &customers)
{
    out << cell(u"ID"_s, 38) << cell(u"NAME"_s, 26) << cell(u"EMAIL"_s, 30) << cell(u"TYPE"_s, 11)
        << cell(u"KYC"_s, 11) << u"TOS"_s << '\n';
    for (const YativoCustomer &c : customers) {
        out << cell(c.id, 38) << cell(orDash(c.fullName), 26) << cell(orDash(c.email), 30)
            << cell(orDash(c.type), 11) << cell(orDash(c.kycStatus), 11)
            << TerminalText::escapeValue(orDash(c.tosStatus)) << '\n';
    }
    out << QCoreApplication::translate("cli", "%n Yativo customer(s)", nullptr, int(customers.size()))
        << '\n';
}

void printNotes(QTextStream &out, const QList<CustomerNote> &notes)
{
    for (const CustomerNote &n : notes) {
        out << n.writtenAt.toUTC().toString(Qt::ISODate) << "  " << TerminalText::escapeValue(n.author)
            << "  " << TerminalText::escapeValue(n.text) << '\n';
    }
    out << QCoreApplication::translate("cli", "%n note(s)", nullptr, int(notes.size())) << '\n';
}

void printAuditRecords(QTextStream &out, const QList<AuditRecord> &records)
{
    out << cell(u"SEQ"_s, 7) << cell(u"TIME"_s, 21) << cell(u"ANALYST"_s, 14) << cell(u"ACTION"_s, 16)
        << cell(u"CUSTOMER"_s, 42) << cell(u"DETAIL"_s, 50) << u"HASH"_s << '\n';
    for (const AuditRecord &r : records) {
        out << cell(QString::number(r.sequence), 7) << cell(r.recordedAt.toUTC().toString(Qt::ISODate), 21)
            << cell(r.analyst, 14) << cell(r.event.action, 16) << cell(r.event.customerId, 42)
            << cell(QString::fromUtf8(QJsonDocument(r.event.detail).toJson(QJsonDocument::Compact)), 50)
            << r.hash.left(16) << '\n';
    }
    out << QCoreApplication::translate("cli", "%n row(s)", nullptr, int(records.size())) << '\n';
}

} // namespace CliOutput
