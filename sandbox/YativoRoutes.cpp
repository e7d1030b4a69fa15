#include "YativoRoutes.h"

#include "SandboxHttp.h"
#include "SandboxLimits.h"

#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QHttpServerResponse envelope(int status, const QString &message, const QJsonValue &data,
                             const QJsonObject &extra = {})
{
    return SandboxHttp::json(status, SandboxHttp::yativoEnvelope(status, message, data, extra));
}

QHttpServerResponse validation(const QString &field, const QString &message)
{
    return envelope(422, u"Validation failed"_s, QJsonValue(),
                    QJsonObject { { u"errors"_s, QJsonObject { { field, QJsonArray { message } } } } });
}

// Checked before anything else looks at the body, so an oversized value is never stored.
std::optional<QHttpServerResponse> oversized(const QJsonObject &body)
{
    const auto problem = SandboxLimits::oversizedField(body);
    if (!problem)
        return std::nullopt;
    return envelope(400, u"Validation failed"_s, QJsonValue(),
                    QJsonObject { { u"errors"_s,
                                    QJsonObject { { problem->path, QJsonArray { problem->message() } } } } });
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

YativoRoutes::YativoRoutes(QString connectionName, QString token)
    : m_connectionName(std::move(connectionName)), m_token(std::move(token))
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(u"CREATE TABLE IF NOT EXISTS yativo_customers (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT "
           u"UNIQUE NOT NULL, "
           "email TEXT UNIQUE NOT NULL, json TEXT NOT NULL)"_s);
}

bool YativoRoutes::authorized(const QHttpServerRequest &request) const
{
    const QByteArray value = SandboxHttp::header(request, "Authorization");
    if (!value.startsWith("Bearer "))
        return false;
    const auto it = m_accessTokens.constFind(QString::fromUtf8(value.mid(7)));
    return it != m_accessTokens.constEnd() && QDateTime::currentDateTimeUtc() < *it;
}

void YativoRoutes::registerOn(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(u"/auth/login"_s, Method::Post, [this](const QHttpServerRequest &r) { return login(r); });
    server.route(u"/customer"_s, Method::Post,
                 [this](const QHttpServerRequest &r) { return createCustomer(r); });
    server.route(u"/customer"_s, Method::Get,
                 [this](const QHttpServerRequest &r) { return listCustomers(r); });
    server.route(u"/customer/kyc/<arg>"_s, Method::Get,
                 [this](const QString &id, const QHttpServerRequest &r) { return kyc(id, r); });
}

QHttpServerResponse YativoRoutes::login(const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (auto refused = oversized(body))
        return std::move(*refused);
    if (body.value(u"account_id"_s).toString() != u"sandbox"
        || body.value(u"app_secret"_s).toString() != m_token)
        return envelope(401, u"Invalid account id or app secret"_s, QJsonValue());
    const QString token = u"sbx."_s + uuid();
    m_accessTokens.insert(token, QDateTime::currentDateTimeUtc().addSecs(kTokenLifetimeSeconds));
    return envelope(200, u"Login successful"_s,
                    QJsonObject { { u"access_token"_s, token },
                                  { u"token_type"_s, u"bearer"_s },
                                  { u"expires_in"_s, kTokenLifetimeSeconds } });
}

QHttpServerResponse YativoRoutes::createCustomer(const QHttpServerRequest &request)
{
    if (!authorized(request))
        return envelope(401, u"Unauthenticated: log in at /auth/login and send the access token"_s,
                        QJsonValue());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return envelope(400, u"The request body must be a JSON object"_s, QJsonValue());
    const QJsonObject r = doc.object();
    if (auto refused = oversized(r))
        return std::move(*refused);
    const QString name = r.value(u"customer_name"_s).toString().trimmed();
    const QString email = r.value(u"customer_email"_s).toString().trimmed().toLower();
    const QString phone = r.value(u"customer_phone"_s).toString();
    const QString country = r.value(u"customer_country"_s).toString();
    const QString type = r.value(u"customer_type"_s).toString(u"individual"_s);
    if (name.isEmpty())
        return validation(u"customer_name"_s, u"The customer name field is required."_s);
    if (!QRegularExpression(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s).match(email).hasMatch())
        return validation(u"customer_email"_s, u"The customer email must be a valid email address."_s);
    if (!phone.isEmpty() && !QRegularExpression(u"^\\+[1-9][0-9]{6,14}$"_s).match(phone).hasMatch())
        return validation(u"customer_phone"_s, u"The customer phone must be in E.164 format."_s);
    if (!QRegularExpression(u"^[A-Z]{3}$"_s).match(country).hasMatch())
        return validation(u"customer_country"_s, u"The customer country must be a 3-letter ISO code."_s);
    if (type != u"individual" && type != u"business")
        return validation(u"customer_type"_s, u"The customer type must be individual or business."_s);
    if (r.contains(u"send_kyc_mail"_s) && !r.value(u"send_kyc_mail"_s).isBool())
        return validation(u"send_kyc_mail"_s, u"The send kyc mail field must be true or false."_s);

    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery exists(db);
    exists.prepare(u"SELECT 1 FROM yativo_customers WHERE email = ?"_s);
    exists.addBindValue(email);
    if (exists.exec() && exists.next())
        return validation(u"customer_email"_s, u"The customer email has already been taken."_s);

    const QString id = uuid();
    const QString customerId = uuid();
    const QString host = request.url().host() + u':' + QString::number(request.url().port());
    const QJsonObject customer {
        { u"id"_s, id },
        { u"full_name"_s, name },
        { u"email"_s, email },
        { u"type"_s, type },
        { u"kyc_link"_s,
          QString(u"http://"_s + host + u"/yativo/kyc/"_s + customerId + u"?reference-id="_s + id) },
        { u"tos_link"_s,
          QString(u"http://"_s + host + u"/yativo/accept-terms-of-service?customer_id="_s + customerId) },
        { u"kyc_status"_s, u"pending"_s },
        { u"rejection_reasons"_s, QJsonArray() },
        { u"tos_status"_s, u"pending"_s },
        { u"created_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
        { u"customer_id"_s, customerId },
        { u"persona_inquiry_type"_s, u"gov_id_db"_s },
    };
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO yativo_customers (id, email, json) VALUES (?, ?, ?)"_s);
    insert.addBindValue(id);
    insert.addBindValue(email);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(customer).toJson(QJsonDocument::Compact)));
    if (!insert.exec())
        return envelope(500, u"The customer could not be stored"_s, QJsonValue());
    return envelope(200, u"Customer created successfully"_s, customer);
}

QHttpServerResponse YativoRoutes::listCustomers(const QHttpServerRequest &request)
{
    if (!authorized(request))
        return envelope(401, u"Unauthenticated"_s, QJsonValue());
    const int perPage = std::clamp(request.query().queryItemValue(u"per_page"_s).toInt(), 0, 100);
    const int page = std::max(1, request.query().queryItemValue(u"page"_s).toInt());
    const int limit = perPage > 0 ? perPage : 20;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery count(db);
    count.exec(u"SELECT COUNT(*) FROM yativo_customers"_s);
    const int total = count.next() ? count.value(0).toInt() : 0;
    QSqlQuery q(db);
    q.prepare(u"SELECT json FROM yativo_customers ORDER BY seq LIMIT ? OFFSET ?"_s);
    q.addBindValue(limit);
    q.addBindValue((page - 1) * limit);
    QJsonArray items;
    if (q.exec()) {
        while (q.next())
            items.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    const int lastPage = std::max(1, (total + limit - 1) / limit);
    return envelope(200, u"Customers retrieved"_s, items,
                    QJsonObject { { u"pagination"_s,
                                    QJsonObject { { u"total"_s, total },
                                                  { u"per_page"_s, limit },
                                                  { u"current_page"_s, page },
                                                  { u"last_page"_s, lastPage },
                                                  { u"next_page_url"_s, QJsonValue() },
                                                  { u"prev_page_url"_s, QJsonValue() } } } });
}

QHttpServerResponse YativoRoutes::kyc(const QString &id, const QHttpServerRequest &request)
{
    if (!authorized(request))
        return envelope(401, u"Unauthenticated"_s, QJsonValue());
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT json FROM yativo_customers WHERE id = ? OR json LIKE ?"_s);
    q.addBindValue(id);
    q.addBindValue(QString(u"%\"customer_id\":\""_s + id + u"\"%"_s));
    if (!q.exec() || !q.next())
        return envelope(404, u"Customer not found"_s, QJsonValue());
    const QJsonObject c = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return envelope(
        200, u"KYC status retrieved"_s,
        QJsonObject { { u"status"_s, c.value(u"kyc_status"_s) },
                      { u"kyc_rejection_reasons"_s, c.value(u"rejection_reasons"_s) },
                      { u"kyc_requirements_due"_s, QJsonArray { u"government_id"_s, u"selfie"_s } },
                      { u"kyc_link"_s, c.value(u"kyc_link"_s) },
                      { u"is_va_approved"_s, false } });
}
