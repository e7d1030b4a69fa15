#pragma once

#include "IdentityTypes.h"
#include "Result.h"
#include "SardineTypes.h"
#include "SphereTypes.h"

#include <functional>
#include <QString>

class QObject;

// Calling it cancels a request still on its way; its reply then comes as a Cancelled error or not
// at all. Harmless once the request is done.
using CancelRequest = std::function<void()>;
template<typename T> using ReplyHandler = std::function<void(const Result<T> &)>;
// Asks for the record with this id; the reply reaches `done` on `context`'s thread while it lives.
template<typename T>
using RecordFetch = std::function<CancelRequest(const QString &id, QObject *context, ReplyHandler<T> done)>;

// What a customer dossier asks the vendors, as plain functions so that the models layer never
// sees a client or the network (the services build them from the clients: ClientDossierSources).
// The Sardine entries are empty when Sardine is not configured.
struct DossierSources
{
    RecordFetch<Customer> customer;
    RecordFetch<Wallet> wallet;
    RecordFetch<BankAccount> bankAccount;
    std::function<CancelRequest(HostedLinkKind kind, const QString &customerId, QObject *context,
                                ReplyHandler<HostedLink> done)>
        hostedLink;

    std::function<CancelRequest(const SardineCustomerRequest &request, QObject *context,
                                ReplyHandler<RiskResult> done)>
        riskCheck;
    RecordFetch<IdentityEntity> identity; // by the Sphere customer id (SardineMapping)
    RecordFetch<QList<RiskResult>> sardineHistory;
};
