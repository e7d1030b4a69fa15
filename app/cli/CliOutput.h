#pragma once

#include "SphereTypes.h"

#include <QString>

class QTextStream;

// Text for people (a table or key/value lines) and JSON for scripts, with vendor field names.
namespace CliOutput {
void printCustomerTable(QTextStream &out, const QList<Customer> &customers);
void printCustomerDetails(QTextStream &out, const Customer &customer);
} // namespace CliOutput
