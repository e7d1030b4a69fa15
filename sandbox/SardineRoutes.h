#pragma once

#include <QHttpServerResponse>
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

private:
    bool authorized(const QHttpServerRequest &request) const;
    QString m_connectionName;
    const SandboxCipher &m_cipher;
    QString m_token;
};
