#pragma once

#include <optional>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

class QHttpServer;
class SandboxCipher;
class QHttpServerRequest;

// Sardine on the sandbox: POST /v1/customers (risk check by SardineRiskRules), GET /v1/customers
// (past results of a customer) and GET /v1/identity/entities/{id}. HTTP Basic with user
// "sandbox" and the sandbox token as password. Checks are kept in SQLite so shared phones and tax
// ids are seen across customers and restarts; the request (tax id, date of birth, bank details) is
// kept sealed, and phone and tax id only as keyed digests for those comparisons.
class SardineRoutes
{
public:
    SardineRoutes(QString connectionName, const SandboxCipher &cipher, QString token);
    void registerOn(QHttpServer &server);

    QHttpServerResponse postCustomer(const QHttpServerRequest &request);
    QHttpServerResponse lookup(const QHttpServerRequest &request);
    QHttpServerResponse identity(const QString &customerId, const QHttpServerRequest &request);
    // POST /v1/feedbacks keeps the outcome a client reports (once per feedback.id); GET
    // /v1/feedbacks?sessionKey=|customer_id= is the sandbox's own, for checking what arrived.
    QHttpServerResponse postFeedback(const QHttpServerRequest &request);
    QHttpServerResponse listFeedback(const QHttpServerRequest &request);

private:
    bool authorized(const QHttpServerRequest &request) const;
    // The error to answer a POST with (credentials, not a JSON object, a field past the limits), or
    // nothing with `body` set.
    std::optional<QHttpServerResponse> refusedPost(const QHttpServerRequest &request,
                                                   QJsonObject *body) const;
    QString m_connectionName;
    const SandboxCipher &m_cipher;
    QString m_token;
};
