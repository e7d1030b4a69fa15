#pragma once

#include "CustomerCsvImport.h"
#include "SphereTypes.h"

#include <QJsonArray>
#include <QString>

class QTextStream;

// Text for people (a table or key/value lines) and JSON for scripts, with vendor field names.
namespace CliOutput {
void printCustomerTable(QTextStream &out, const QList<Customer> &customers);
void printCustomerDetails(QTextStream &out, const Customer &customer);
// The per-row import report: row, line, status, name, then the customer id or one line per issue.
void printImportReport(QTextStream &out, const QList<ImportOutcome> &outcomes);
QJsonArray importReportJson(const QList<ImportOutcome> &outcomes);
} // namespace CliOutput
