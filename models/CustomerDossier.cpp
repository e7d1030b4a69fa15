#include "CustomerDossier.h"

#include "BankAccountTableModel.h"
#include "CustomerArchive.h"
#include "RequirementListModel.h"
#include "UboTableModel.h"
#include "VerificationLevelModel.h"
#include "WalletTableModel.h"

CustomerDossier::CustomerDossier(DossierSources sources, RiskHistory *history, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_history(history)
    , m_ubos(new UboTableModel(this))
    , m_wallets(new WalletTableModel(this))
    , m_bankAccounts(new BankAccountTableModel(this))
    , m_requirements(new RequirementListModel(this))
    , m_levels(new VerificationLevelModel(this))
{ }

CustomerDossier::~CustomerDossier()
{
    ++m_generation; // replies of the cancelled requests are stale
    for (const CancelRequest &cancel : std::exchange(m_pending, {}))
        cancel();
}

template<typename T>
ReplyHandler<T> CustomerDossier::whileCurrent(std::function<void(const Result<T> &)> deliver)
{
    return [this, generation = m_generation, deliver = std::move(deliver)](const Result<T> &result) {
        if (generation == m_generation)
            deliver(result);
    };
}

void CustomerDossier::setEnvironmentKeys(const QString &sphere, const QString &sardine)
{
    const bool changed = sphere != m_sphereEnvironment || sardine != m_sardineEnvironment;
    m_sphereEnvironment = sphere;
    m_sardineEnvironment = sardine;
    if (changed)
        clear();
}

void CustomerDossier::clear()
{
    ++m_generation; // first, so that replies of the requests cancelled below are dropped
    for (const CancelRequest &cancel : std::exchange(m_pending, {}))
        cancel();
    m_customerId.clear();
    m_customer.reset();
    m_customerEnvironment.clear();
    m_accountsPending = 0;
    m_accountFailures.clear();
    m_riskCheckRunning = false;
    m_sardineHistoryLoading = false;
    m_hostedLinkPending = false;
    m_ubos->setUbos({});
    m_wallets->setWallets({});
    m_bankAccounts->setBankAccounts({});
    m_requirements->setRequirements({});
    m_levels->setLevels({});
    Q_EMIT cleared();
}

void CustomerDossier::show(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    clear();
    if (customerId.isEmpty())
        return;
    m_customerId = customerId;
    m_fromKeptCopy = false;
    m_customerEnvironment = m_sphereEnvironment;
    Q_EMIT loadingStarted(customerId);
    m_pending.append(
        m_sources.customer(customerId, this, whileCurrent<Customer>([this](const Result<Customer> &r) {
                               if (r) {
                                   if (m_archive)
                                       m_archive->keepCustomer(m_customerEnvironment, r.value());
                                   apply(r.value());
                                   return;
                               }
                               if (!showKeptCopy(r.error()))
                                   Q_EMIT customerFailed(r.error());
                           })));
}

bool CustomerDossier::showKeptCopy(const ApiError &why)
{
    // Only when Sphere could not be reached: an answer (404, a refusal) is news, not an outage.
    const bool unreachable = why.kind == ApiError::Kind::Network || why.kind == ApiError::Kind::Timeout
        || (why.kind == ApiError::Kind::HttpStatus && why.httpStatus >= 500);
    if (!unreachable || !m_archive)
        return false;
    const std::optional<KeptCustomer> kept = m_archive->keptCustomer(m_customerEnvironment, m_customerId);
    if (!kept)
        return false;
    m_fromKeptCopy = true;
    apply(kept->customer);
    Q_EMIT customerFromKeptCopy(kept->keptAt, why);
    return true;
}

void CustomerDossier::apply(const Customer &customer)
{
    m_customer = customer;
    m_requirements->setRequirements(customer.requirements);
    m_levels->setLevels(customer.verificationLevels);
    m_ubos->setUbos(customer.ubos);
    fetchAccounts(customer);
    Q_EMIT riskHistoryChanged();
    const QList<RiskHistoryEntry> kept = localRiskChecks();
    if (!kept.isEmpty())
        Q_EMIT riskResultChanged(kept.last().result); // the latest verdict kept, until a new check
    Q_EMIT customerLoaded(customer);
}

void CustomerDossier::fetchAccounts(const Customer &customer)
{
    m_accountsPending = int(customer.wallets.size() + customer.bankAccounts.size());
    m_accountFailures.clear();
    if (m_accountsPending == 0)
        return;
    Q_EMIT accountsLoading(m_accountsPending);
    const auto answered = [this] {
        if (--m_accountsPending == 0)
            Q_EMIT accountsLoaded(m_accountFailures);
    };
    for (const QString &walletId : customer.wallets) {
        m_pending.append(
            m_sources.wallet(walletId, this, whileCurrent<Wallet>([this, answered](const Result<Wallet> &r) {
                                 if (r)
                                     m_wallets->addOrUpdate(r.value());
                                 else
                                     m_accountFailures.append(r.error().userMessage());
                                 answered();
                             })));
    }
    for (const QString &accountId : customer.bankAccounts) {
        m_pending.append(m_sources.bankAccount(
            accountId, this, whileCurrent<BankAccount>([this, answered](const Result<BankAccount> &r) {
                if (r)
                    m_bankAccounts->addOrUpdate(r.value());
                else
                    m_accountFailures.append(r.error().userMessage());
                answered();
            })));
    }
}

QList<RiskHistoryEntry> CustomerDossier::localRiskChecks() const
{
    if (!m_history || m_customerId.isEmpty())
        return {};
    return m_history->entries(m_customerId, m_sardineEnvironment);
}

qsizetype CustomerDossier::riskChecksElsewhere() const
{
    if (!m_history || m_customerId.isEmpty())
        return 0;
    return m_history->entries(m_customerId).size() - localRiskChecks().size();
}

void CustomerDossier::runRiskCheck(const SardineCustomerRequest &request)
{
    if (!m_sources.riskCheck || !m_customer)
        return; // no customer from the environment in use: nothing to check
    const QString customerId = m_customerId;
    const QString environment = m_sardineEnvironment;
    const QString customerEnvironment = m_customerEnvironment;
    m_riskCheckRunning = true;
    Q_EMIT riskCheckStarted();
    const std::optional<QString> currency
        = request.customer.transaction ? request.customer.transaction->currencyCode : std::nullopt;
    m_pending.append(
        m_sources.riskCheck(request, this,
                            whileCurrent<RiskResult>([this, customerId, environment, customerEnvironment,
                                                      currency](const Result<RiskResult> &r) {
                                m_riskCheckRunning = false;
                                if (!r) {
                                    Q_EMIT riskCheckFailed(r.error());
                                    Q_EMIT riskCheckFinished(false);
                                    return;
                                }
                                if (m_history
                                    && !m_history->add(customerId, environment, customerEnvironment,
                                                       QDateTime::currentDateTimeUtc(), r.value()))
                                    Q_EMIT riskCheckNotKept(m_history->errorString());
                                RiskResult shown = r.value();
                                if (shown.indemnification)
                                    shown.indemnification->currencyCode = currency;
                                Q_EMIT riskResultChanged(shown);
                                Q_EMIT riskHistoryChanged();
                                loadIdentity();
                                Q_EMIT riskCheckFinished(true);
                            })));
}

void CustomerDossier::loadIdentity()
{
    if (!m_sources.identity)
        return;
    m_pending.append(m_sources.identity(m_customerId, this,
                                        whileCurrent<IdentityEntity>([this](const Result<IdentityEntity> &r) {
                                            if (r)
                                                Q_EMIT identityLoaded(r.value());
                                            else
                                                Q_EMIT identityUnavailable(r.error());
                                        })));
}

void CustomerDossier::loadSardineHistory()
{
    if (!m_sources.sardineHistory || m_customerId.isEmpty() || m_sardineHistoryLoading)
        return;
    m_sardineHistoryLoading = true;
    m_pending.append(m_sources.sardineHistory(
        m_customerId, this, whileCurrent<QList<RiskResult>>([this](const Result<QList<RiskResult>> &r) {
            m_sardineHistoryLoading = false;
            if (r)
                Q_EMIT sardineHistoryLoaded(r.value());
            else
                Q_EMIT sardineHistoryFailed(r.error());
        })));
}

void CustomerDossier::requestHostedLink(HostedLinkKind kind)
{
    if (!m_sources.hostedLink || m_customerId.isEmpty() || m_hostedLinkPending)
        return;
    m_hostedLinkPending = true;
    m_pending.append(m_sources.hostedLink(kind, m_customerId, this,
                                          whileCurrent<HostedLink>([this, kind](const Result<HostedLink> &r) {
                                              m_hostedLinkPending = false;
                                              if (r)
                                                  Q_EMIT hostedLinkReady(kind, r.value());
                                              else
                                                  Q_EMIT hostedLinkFailed(r.error());
                                          })));
}
