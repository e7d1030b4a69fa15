#pragma once

#include "CustomerCsvImport.h"
#include "ReviewTypes.h"
#include "SardineCodec.h"
#include "SphereTypes.h"
#include "YativoTypes.h"

#include <QJsonArray>
#include <QString>

class QTextStream;

// Text for people (a table or key/value lines) and JSON for scripts, with vendor field names.
namespace CliOutput {
void printCustomerTable(QTextStream &out, const QList<Customer> &customers);
// Key/value text shows every field that has a value, documented or not: a summary first, then
// the rest of the answer as "path: value" lines (nulls, empty strings, lists and objects left out).
void printCustomerDetails(QTextStream &out, const Customer &customer);
void printCustomerSummary(QTextStream &out, const Customer &customer); // the first lines of the above
void printRisk(QTextStream &out, const RiskResult &result);
// Document images are personal data and large: the text says they are there (--json has them).
void printIdentity(QTextStream &out, const IdentityEntity &entity);
void printRiskHistory(QTextStream &out, const QList<RiskResult> &results);
void printHostedLink(QTextStream &out, HostedLinkKind kind, const HostedLink &link);
void printYativoCustomer(QTextStream &out, const YativoCustomer &customer);
void printYativoKycStatus(QTextStream &out, const YativoKycStatus &status);
void printYativoCustomerTable(QTextStream &out, const QList<YativoCustomer> &customers);
// The per-row import report: row, line, status, name, then the customer id or one line per issue.
void printImportReport(QTextStream &out, const QList<ImportOutcome> &outcomes);
QJsonArray importReportJson(const QList<ImportOutcome> &outcomes);
// A customer's notes: time, author, then the text (escaped, one line).
void printNotes(QTextStream &out, const QList<CustomerNote> &notes);
// The audit trail: sequence, time, analyst, action, customer, detail, and the row's hash.
void printAuditRecords(QTextStream &out, const QList<AuditRecord> &records);
} // namespace CliOutput
