#pragma once

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponse>
#include <QString>

class QHttpServer;
class QHttpServerRequest;

// Yativo on the sandbox: POST /auth/login (account id "sandbox", app secret = the sandbox token)
// issues a 600-second bearer token; POST /customer, GET /customer and GET /customer/kyc/{id}
// answer in Yativo's envelope {status, status_code, message, data}.
class YativoRoutes
{
public:
    YativoRoutes(QString connectionName, QString token);
    void registerOn(QHttpServer &server);

    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse createCustomer(const QHttpServerRequest &request);
    QHttpServerResponse listCustomers(const QHttpServerRequest &request);
    QHttpServerResponse kyc(const QString &id, const QHttpServerRequest &request);

    static constexpr int kTokenLifetimeSeconds = 600;

private:
    bool authorized(const QHttpServerRequest &request) const;
    QString m_connectionName;
    QString m_token;
    QHash<QString, QDateTime> m_accessTokens; // issued token -> expiry (memory only, like a session)
};
