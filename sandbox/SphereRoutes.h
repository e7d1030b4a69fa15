#pragma once

#include "SandboxStore.h"

#include <QByteArray>
#include <QHttpServerResponse>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class SphereCustomerEditor;

// Sphere's v1 customer API (plus the list endpoint this project adds, see vendor-notes.md),
// registered on the shared QHttpServer. Every answer is a v1 envelope with HTTP status ==
// statusCode. Handlers run on the server's thread and talk to the store synchronously.
class SphereRoutes
{
public:
    SphereRoutes(SandboxStore &store, QString token);

    void registerOn(QHttpServer &server);

    // For requests no route matched: 401 without the bearer token, otherwise 404.
    QHttpServerResponse unmatched(const QHttpServerRequest &request) const;

private:
    QHttpServerResponse createCustomer(const QHttpServerRequest &request);
    QHttpServerResponse updateCustomer(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse getCustomer(const QString &id, const QHttpServerRequest &request) const;
    QHttpServerResponse listCustomers(const QHttpServerRequest &request) const;
    QHttpServerResponse getWallet(const QString &id, const QHttpServerRequest &request) const;
    QHttpServerResponse getBankAccount(const QString &id, const QHttpServerRequest &request) const;
    // POST /v1/customer/:id/kyc-link | tos-link (kind "kyc" or "tos"): a hosted page's URL.
    QHttpServerResponse createHostedLink(const QString &id, const QString &kind,
                                         const QHttpServerRequest &request) const;

    using ObjectLookup = std::optional<QByteArray> (SandboxStore::*)(const QString &) const;
    // GET of one stored object in the envelope: auth, 404 naming the kind, data.<dataKey>.
    QHttpServerResponse getObject(const QHttpServerRequest &request, const QString &id, const char *dataKey,
                                  const QString &label, ObjectLookup lookup) const;

    bool persist(const QString &id, const SandboxStore::CustomerRow &row, const SphereCustomerEditor &editor);
    bool authorized(const QHttpServerRequest &request) const;
    static QHttpServerResponse unauthorizedResponse();
    // Status and envelope body of a create, so idempotent replays can store and return it.
    QPair<int, QByteArray> performCreate(const QJsonObject &body);

    SandboxStore &m_store;
    QString m_token;
};
