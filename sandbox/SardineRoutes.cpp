#include "SardineRoutes.h"

#include "SandboxCipher.h"
#include "SandboxHttp.h"
#include "SandboxLimits.h"
#include "SardineRiskRules.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

using namespace Qt::Literals::StringLiterals;

namespace {
QHttpServerResponse jsonResponse(int status, const QJsonValue &body)
{
    return SandboxHttp::json(status,
                             body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact));
}

QHttpServerResponse error(int status, const QString &message)
{
    return SandboxHttp::json(status, SandboxHttp::sardineError(status, message));
}

QJsonObject riskCustomerObject(const QString &customerId, const QJsonObject &riskAnswer)
{
    QJsonObject customer = riskAnswer.value(u"customer"_s).toObject();
    customer.insert(u"id"_s, customerId);
    return customer;
}

// A 1x1 PNG: stands in for document images without shipping anyone's likeness.
const char kTinyPngBase64[]
    = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
} // namespace

SardineRoutes::SardineRoutes(QString connectionName, const SandboxCipher &cipher, QString token)
    : m_connectionName(std::move(connectionName)), m_cipher(cipher), m_token(std::move(token))
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.exec(
        u"CREATE TABLE IF NOT EXISTS sardine_checks (seq INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT "
        u"NOT NULL, "
        "phone TEXT, tax_id TEXT, request TEXT NOT NULL, response TEXT NOT NULL, created INTEGER NOT NULL)"_s);
    q.exec(u"CREATE INDEX IF NOT EXISTS sardine_checks_customer ON sardine_checks(customer_id)"_s);
    q.exec(
        u"CREATE TABLE IF NOT EXISTS sardine_feedbacks (feedback_id TEXT PRIMARY KEY, session_key TEXT NOT "
        "NULL, customer_id TEXT NOT NULL, body TEXT NOT NULL, received INTEGER NOT NULL)"_s);
    // Checks stored before encryption: request sealed, phone and tax id replaced by their digests.
    QSqlQuery legacy(QSqlDatabase::database(m_connectionName));
    legacy.exec(
        u"SELECT seq, phone, tax_id, request FROM sardine_checks WHERE hex(substr(request, 1, 1)) <> '01'"_s);
    QList<QVariantList> rows;
    while (legacy.next())
        rows.append({ legacy.value(0), m_cipher.digest(legacy.value(1).toString()),
                      m_cipher.digest(legacy.value(2).toString()),
                      m_cipher.seal(legacy.value(3).toByteArray()) });
    for (const QVariantList &row : std::as_const(rows)) {
        QSqlQuery update(QSqlDatabase::database(m_connectionName));
        update.prepare(u"UPDATE sardine_checks SET phone = ?, tax_id = ?, request = ? WHERE seq = ?"_s);
        update.addBindValue(row.at(1));
        update.addBindValue(row.at(2));
        update.addBindValue(row.at(3));
        update.addBindValue(row.at(0));
        update.exec();
    }
}

std::optional<QHttpServerResponse> SardineRoutes::refusedPost(const QHttpServerRequest &request,
                                                              QJsonObject *body) const
{
    if (!authorized(request))
        return error(401, u"Invalid client credentials: use HTTP Basic with clientId and clientSecret"_s);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error(400, u"The request body must be a JSON object"_s);
    if (const auto problem = SandboxLimits::oversizedField(doc.object()))
        return error(400, problem->message());
    *body = doc.object();
    return std::nullopt;
}

bool SardineRoutes::authorized(const QHttpServerRequest &request) const
{
    return SandboxHttp::header(request, "Authorization")
        == "Basic " + (u"sandbox:"_s + m_token).toUtf8().toBase64();
}

void SardineRoutes::registerOn(QHttpServer &server)
{
    using Method = QHttpServerRequest::Method;
    server.route(u"/v1/customers"_s, Method::Post,
                 [this](const QHttpServerRequest &r) { return postCustomer(r); });
    server.route(u"/v1/customers"_s, Method::Get, [this](const QHttpServerRequest &r) { return lookup(r); });
    server.route(u"/v1/feedbacks"_s, Method::Post,
                 [this](const QHttpServerRequest &r) { return postFeedback(r); });
    server.route(u"/v1/feedbacks"_s, Method::Get,
                 [this](const QHttpServerRequest &r) { return listFeedback(r); });
    server.route(u"/v1/identity/entities/<arg>"_s, Method::Get,
                 [this](const QString &id, const QHttpServerRequest &r) { return identity(id, r); });
}

QHttpServerResponse SardineRoutes::postCustomer(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (auto refused = refusedPost(request, &body))
        return std::move(*refused);
    const QJsonObject customer = body.value(u"customer"_s).toObject();
    const QString id = customer.value(u"id"_s).toString();
    if (id.isEmpty())
        return error(400, u"customer.id is required"_s);
    if (body.value(u"sessionKey"_s).toString().isEmpty())
        return error(400, u"sessionKey is required"_s);
    const QString country = customer.value(u"address"_s).toObject().value(u"countryCode"_s).toString();
    if (!country.isEmpty() && country.size() != 2)
        return error(400, u"customer.address.countryCode must be a 2-letter ISO 3166-1 code"_s);
    const QString dob = customer.value(u"dateOfBirth"_s).toString();
    if (!dob.isEmpty() && !QDate::fromString(dob, Qt::ISODate).isValid())
        return error(400, u"customer.dateOfBirth must be YYYY-MM-DD"_s);

    const QString phone = customer.value(u"phone"_s).toString();
    const QString taxId = customer.value(u"taxId"_s).toString();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    SardineRiskRules::History history;
    const auto countOthers = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return 0;
        QSqlQuery q(db);
        q.prepare(u"SELECT COUNT(DISTINCT customer_id) FROM sardine_checks WHERE "_s + QLatin1String(column)
                  + u" = ? AND customer_id <> ?"_s);
        q.addBindValue(m_cipher.digest(value));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    };
    history.otherCustomersWithPhone = countOthers("phone", phone);
    history.otherCustomersWithTaxId = countOthers("tax_id", taxId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject response = SardineRiskRules::evaluate(body, history, now);

    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO sardine_checks (customer_id, phone, tax_id, request, response, created) VALUES (?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(id);
    insert.addBindValue(m_cipher.digest(phone));
    insert.addBindValue(m_cipher.digest(taxId));
    insert.addBindValue(m_cipher.seal(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    insert.addBindValue(QString::fromUtf8(QJsonDocument(response).toJson(QJsonDocument::Compact)));
    insert.addBindValue(now);
    if (!insert.exec())
        return error(500, u"The check could not be stored"_s);
    return jsonResponse(200, response);
}

QHttpServerResponse SardineRoutes::lookup(const QHttpServerRequest &request)
{
    if (!authorized(request))
        return error(401, u"Invalid client credentials: use HTTP Basic with clientId and clientSecret"_s);
    const QString id = request.query().queryItemValue(u"customer_id"_s, QUrl::FullyDecoded);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT response FROM sardine_checks WHERE customer_id = ? ORDER BY seq"_s);
    q.addBindValue(id);
    QJsonArray out;
    if (q.exec()) {
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    }
    return jsonResponse(200, out);
}

QHttpServerResponse SardineRoutes::identity(const QString &customerId, const QHttpServerRequest &request)
{
    if (!authorized(request))
        return error(401, u"Invalid client credentials: use HTTP Basic with clientId and clientSecret"_s);
    // Only customers checked with document-verified personal info "went through document KYC".
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(
        u"SELECT request, response, created FROM sardine_checks WHERE customer_id = ? ORDER BY seq DESC"_s);
    q.addBindValue(customerId);
    if (!q.exec())
        return error(500, u"lookup failed"_s);
    while (q.next()) {
        const QJsonObject req
            = QJsonDocument::fromJson(m_cipher.unseal(q.value(0).toByteArray()).value_or(QByteArray()))
                  .object();
        const QJsonObject customer = req.value(u"customer"_s).toObject();
        for (const QJsonValue &v : customer.value(u"personalInfo"_s).toArray()) {
            const QJsonObject info = v.toObject();
            if (info.value(u"source"_s).toString() != u"id_verification")
                continue;
            const QJsonObject address = info.value(u"address"_s).toObject();
            const QJsonObject idAddress { { u"street"_s, address.value(u"street1"_s) },
                                          { u"city"_s, address.value(u"city"_s) },
                                          { u"region"_s, address.value(u"regionCode"_s) },
                                          { u"postalCode"_s, address.value(u"postalCode"_s) } };
            const QJsonObject response = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
            const QString consentedAt
                = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC).toString(Qt::ISODate);
            const QString dob = info.value(u"dateOfBirth"_s).toString();
            return jsonResponse(
                200,
                QJsonObject {
                    { u"documentKyc"_s,
                      QJsonObject { { u"front"_s, QString::fromLatin1(kTinyPngBase64) },
                                    { u"back"_s, QString::fromLatin1(kTinyPngBase64) },
                                    { u"selfie"_s, u"not-base64!"_s } } },
                    { u"documentData"_s,
                      QJsonObject { { u"documentType"_s, u"DRIVERS_LICENSE"_s },
                                    { u"documentNumber"_s, QString(u"D"_s + customerId.right(7).toUpper()) },
                                    { u"dateOfBirth"_s, dob },
                                    { u"expiryDate"_s, u"2030-01-31"_s },
                                    { u"issuingCountry"_s, address.value(u"countryCode"_s) },
                                    { u"firstName"_s, info.value(u"firstName"_s) },
                                    { u"lastName"_s, info.value(u"lastName"_s) },
                                    { u"gender"_s, QJsonValue() },
                                    { u"address"_s, idAddress } } },
                    { u"profile"_s,
                      QJsonObject { { u"clientId"_s, u"sandbox"_s },
                                    { u"userId"_s, customerId },
                                    { u"consentId"_s, QString(u"consent-"_s + customerId.right(12)) },
                                    { u"consentedAt"_s, consentedAt },
                                    { u"revokedAt"_s, QJsonValue() },
                                    { u"primaryIdentity"_s, true },
                                    { u"clientName"_s, u"KYC Desk sandbox"_s },
                                    { u"fullName"_s,
                                      QString(info.value(u"firstName"_s).toString() + u' '
                                              + info.value(u"lastName"_s).toString()) },
                                    { u"dateOfBirth"_s, dob },
                                    { u"emailAddress"_s, customer.value(u"emailAddress"_s) },
                                    { u"phoneNumber"_s, customer.value(u"phone"_s) },
                                    { u"address"_s, idAddress } } },
                    { u"level"_s,
                      response.value(u"level"_s).toString() == u"very_high" ? QJsonValue(u"high"_s)
                                                                            : response.value(u"level"_s) },
                    // "Full risk customer object from the Sardine risk engine": the risk answer's
                    // customer (score, level, signals) under the customer's own id.
                    { u"customer"_s, riskCustomerObject(customerId, response) },
                });
        }
    }
    return error(404, u"No identity entity for customer "_s + customerId + u" (no document KYC on record)"_s);
}

QHttpServerResponse SardineRoutes::postFeedback(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (auto refused = refusedPost(request, &body))
        return std::move(*refused);
    const QString sessionKey = body.value(u"sessionKey"_s).toString();
    if (sessionKey.isEmpty())
        return error(400, u"sessionKey is required"_s);
    const QString customerId = body.value(u"customer"_s).toObject().value(u"id"_s).toString();
    if (customerId.isEmpty())
        return error(400, u"customer.id is required"_s);
    const QJsonObject feedback = body.value(u"feedback"_s).toObject();
    const QString feedbackId = feedback.value(u"id"_s).toString();
    if (feedbackId.isEmpty())
        return error(400, u"feedback.id is required"_s);
    const QStringList statuses { u"approved"_s, u"declined"_s, u"manual_review"_s };
    if (!statuses.contains(feedback.value(u"status"_s).toString()))
        return error(400, u"feedback.status must be one of: "_s + statuses.join(u", "_s));
    if (!feedback.value(u"timeMillis"_s).isDouble())
        return error(400, u"feedback.timeMillis must be a number (UNIX time in milliseconds)"_s);
    // A feedback sent again (its answer was lost) is the same feedback: kept once.
    QSqlQuery insert(QSqlDatabase::database(m_connectionName));
    insert.prepare(u"INSERT OR IGNORE INTO sardine_feedbacks (feedback_id, session_key, customer_id, body, "
                   "received) VALUES (?, ?, ?, ?, ?)"_s);
    insert.addBindValue(feedbackId);
    insert.addBindValue(sessionKey);
    insert.addBindValue(customerId);
    insert.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return error(500, u"The feedback could not be stored"_s);
    return jsonResponse(200, QJsonObject { { u"status"_s, u"Success"_s } });
}

QHttpServerResponse SardineRoutes::listFeedback(const QHttpServerRequest &request)
{
    if (!authorized(request))
        return error(401, u"Invalid client credentials: use HTTP Basic with clientId and clientSecret"_s);
    const QUrlQuery query = request.query();
    const bool bySession = query.hasQueryItem(u"sessionKey"_s);
    if (!bySession && !query.hasQueryItem(u"customer_id"_s))
        return error(400, u"sessionKey or customer_id is required"_s);
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(u"SELECT body, received FROM sardine_feedbacks WHERE "_s
              + (bySession ? u"session_key"_s : u"customer_id"_s) + u" = ? ORDER BY received, rowid"_s);
    q.addBindValue(query.queryItemValue(bySession ? u"sessionKey"_s : u"customer_id"_s, QUrl::FullyDecoded));
    QJsonArray out;
    if (!q.exec())
        return error(500, u"lookup failed"_s);
    while (q.next()) {
        QJsonObject stored = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        stored.insert(
            u"receivedAt"_s,
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs));
        out.append(stored);
    }
    return jsonResponse(200, out);
}
