#include "ClientDossierSources.h"

#include "ApiJob.h"
#include "SardineClient.h"
#include "SphereClient.h"

#include <QPointer>

namespace {
CancelRequest cancelling(ApiJob *job)
{
    return [job = QPointer<ApiJob>(job)] {
        if (job)
            job->abort();
    };
}
} // namespace

DossierSources clientDossierSources(SphereClient *sphere, SardineClient *sardine)
{
    DossierSources sources;
    sources.customer = [sphere](const QString &id, QObject *context, ReplyHandler<Customer> done) {
        return cancelling(sphere->getCustomer(id, context, std::move(done)));
    };
    sources.wallet = [sphere](const QString &id, QObject *context, ReplyHandler<Wallet> done) {
        return cancelling(sphere->getWallet(id, context, std::move(done)));
    };
    sources.bankAccount = [sphere](const QString &id, QObject *context, ReplyHandler<BankAccount> done) {
        return cancelling(sphere->getBankAccount(id, context, std::move(done)));
    };
    sources.hostedLink = [sphere](HostedLinkKind kind, const QString &customerId, QObject *context,
                                  ReplyHandler<HostedLink> done) {
        return cancelling(sphere->createHostedLink(kind, customerId, context, std::move(done)));
    };
    if (!sardine)
        return sources;
    sources.riskCheck
        = [sardine](const SardineCustomerRequest &request, QObject *context, ReplyHandler<RiskResult> done) {
              return cancelling(sardine->checkCustomer(request, context, std::move(done)));
          };
    sources.identity = [sardine](const QString &id, QObject *context, ReplyHandler<IdentityEntity> done) {
        return cancelling(sardine->identity(id, context, std::move(done)));
    };
    sources.sardineHistory
        = [sardine](const QString &id, QObject *context, ReplyHandler<QList<RiskResult>> done) {
              return cancelling(sardine->history(id, context, std::move(done)));
          };
    return sources;
}
