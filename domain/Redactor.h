#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QUrl>

// Masks secrets and PII before anything reaches a log: credentials, SSN / tax ids / EIN,
// account and routing numbers, dates of birth, base64 documents, and who the customer is — names,
// email addresses, phone numbers, postal addresses (a whole `address` object). Keys are matched
// case-insensitively.
class Redactor
{
public:
    static bool isSensitiveKey(QStringView key);
    static QJsonValue redact(const QJsonValue &value);
    // A JSON body redacted and compacted; a non-JSON body is summarised by size only.
    static QByteArray redactBody(const QByteArray &body);
    static QString redactUrl(const QUrl &url);
    // Free text from a vendor (an error message) may quote what was sent: email addresses and
    // runs of 7+ digits (phones, SSNs, account numbers) become [redacted].
    static QString redactText(const QString &text);
    static QByteArray redactHeader(const QByteArray &name, const QByteArray &value);
    // "•••• 1234": shows at most the last four characters of a value.
    static QString maskTail(const QString &value, int visible = 4);
};
