#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

bool Redactor::isSensitiveKey(QStringView key)
{
    static const QStringView exact[]
        = { u"ssn", u"taxid", u"tax_id", u"ein", u"accountnumber", u"account_number", u"routingnumber",
            u"routing_number", u"clientsecret", u"client_secret", u"app_secret", u"appsecret", u"password",
            u"token", u"access_token", u"authorization", u"secret", u"dob", u"dateofbirth",
            u"statementoffunds", u"image", u"frontimage", u"backimage", u"selfie",
            // who the customer is and where they live
            u"name", u"firstname", u"middlename", u"lastname", u"fullname", u"full_name", u"customer_name",
            u"legalname", u"businessname", u"address", u"street", u"street1", u"street2", u"line1", u"line2",
            u"postalcode", u"postal_code", u"zip" };
    const QString lower = key.toString().toLower();
    for (QStringView e : exact) {
        if (lower == e)
            return true;
    }
    // emailAddress, customer_email, phoneNumber, customer_phone…: any spelling a vendor uses.
    return lower.contains(u"document") || lower.contains(u"base64") || lower.contains(u"email")
        || lower.contains(u"phone");
}

QJsonValue Redactor::redact(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(redact(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (isSensitiveKey(it.key()) && !it.value().isNull())
            out.insert(it.key(), u"[redacted]"_s);
        else
            out.insert(it.key(), redact(it.value()));
    }
    return out;
}

QByteArray Redactor::redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return "[" + QByteArray::number(body.size()) + " bytes, not JSON]";
    const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    const QJsonValue redacted = redact(root);
    const QJsonDocument out
        = redacted.isObject() ? QJsonDocument(redacted.toObject()) : QJsonDocument(redacted.toArray());
    QByteArray text = out.toJson(QJsonDocument::Compact);
    if (text.size() > 2000)
        text = text.left(2000) + "…[" + QByteArray::number(text.size()) + " bytes]";
    return text;
}

QString Redactor::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setUserInfo({});
    QUrlQuery query(copy);
    const auto items = query.queryItems();
    QUrlQuery cleaned;
    for (const auto &[k, v] : items)
        cleaned.addQueryItem(k, isSensitiveKey(k) || k == u"search" ? u"[redacted]"_s : v);
    copy.setQuery(cleaned);
    return copy.toString();
}

QString Redactor::redactText(const QString &text)
{
    static const QRegularExpression email(u"[^\\s@\"'<>]+@[^\\s@\"'<>]+\\.[^\\s@\"'<>]+"_s);
    static const QRegularExpression digits(u"\\+?\\d(?:[\\d .()-]{5,}\\d)"_s);
    QString out = text;
    out.replace(email, u"[redacted]"_s);
    // Only runs holding 7 digits or more: status codes and counts stay readable.
    QRegularExpressionMatchIterator it = digits.globalMatch(out);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &m : std::as_const(matches)) {
        const QString run = m.captured();
        if (std::count_if(run.begin(), run.end(), [](QChar c) { return c.isDigit(); }) >= 7)
            out.replace(m.capturedStart(), m.capturedLength(), u"[redacted]"_s);
    }
    return out;
}

QByteArray Redactor::redactHeader(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lower = name.toLower();
    if (lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
        || lower.contains("token") || lower.contains("secret")) {
        const qsizetype space = value.indexOf(' ');
        return (space > 0 ? value.left(space + 1) : QByteArray()) + "[redacted]";
    }
    return value;
}

QString Redactor::maskTail(const QString &value, int visible)
{
    if (value.isEmpty())
        return {};
    const QString tail = value.size() > visible ? value.right(visible) : QString();
    return tail.isEmpty() ? u"••••"_s : u"•••• "_s + tail;
}
