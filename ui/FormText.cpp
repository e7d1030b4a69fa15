#include "FormText.h"

#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace FormText {

std::optional<QString> optionalText(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

std::optional<QString> optionalText(const QPlainTextEdit *edit)
{
    const QString text = edit->toPlainText().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

void setText(QLineEdit *edit, const std::optional<QString> &value)
{
    edit->setText(value.value_or(QString()));
}

std::optional<DateOfBirth> parseDate(const QString &text, bool *malformed)
{
    *malformed = false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression pattern(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        *malformed = true;
        return std::nullopt;
    }
    return DateOfBirth { match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt() };
}

QString dateText(const std::optional<DateOfBirth> &dob)
{
    if (!dob)
        return {};
    return u"%1-%2-%3"_s.arg(dob->year, 4, 10, QChar(u'0'))
        .arg(dob->month, 2, 10, QChar(u'0'))
        .arg(dob->day, 2, 10, QChar(u'0'));
}

std::optional<double> parseAmount(const QString &text, bool *malformed)
{
    *malformed = false;
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.startsWith(u'$'))
        trimmed.remove(0, 1);
    bool ok = false;
    double value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale().toDouble(trimmed, &ok);
    if (!ok) {
        *malformed = true;
        return std::nullopt;
    }
    return value;
}

} // namespace FormText
