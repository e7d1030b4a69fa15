#pragma once

// Conversions between what an analyst types and the typed request values, shared by every form:
// an empty box is "not given" (std::nullopt), never an empty string sent to the vendor.

#include "SphereRequestTypes.h"

#include <optional>
#include <QString>

class QLineEdit;
class QPlainTextEdit;

namespace FormText {

std::optional<QString> optionalText(const QLineEdit *edit); // trimmed; empty → nullopt
std::optional<QString> optionalText(const QPlainTextEdit *edit);
void setText(QLineEdit *edit, const std::optional<QString> &value);

// "1990-03-23" → {23, 3, 1990}. Empty → nullopt with *malformed false; text that is not
// YYYY-MM-DD → nullopt with *malformed true. Impossible dates (2023-02-30) parse, and the
// validator names them.
std::optional<DateOfBirth> parseDate(const QString &text, bool *malformed);
QString dateText(const std::optional<DateOfBirth> &dob);

// A non-negative amount in the C locale or the analyst's ("1,500.50" in en_US); malformed → flag.
std::optional<double> parseAmount(const QString &text, bool *malformed);

} // namespace FormText
