#pragma once

#include "ApiError.h"
#include "DossierSources.h"
#include "RiskHistory.h"

#include <optional>
#include <QObject>
#include <QStringList>

class BankAccountTableModel;
class CustomerArchive;
class RequirementListModel;
class UboTableModel;
class VerificationLevelModel;
class WalletTableModel;

// Everything known about the selected customer, fetched when the customer is shown: the customer
// (statuses, requirements, verification levels, UBOs), each wallet and bank account, the risk
// checks kept on this computer, and on request a risk check with the identity entity after it,
// Sardine's own past checks and hosted KYC / TOS links. A reply for a customer no longer shown,
// or from an environment no longer in use, is dropped; clear() cancels what is on its way.
// The views show it; the models layer never sees a client (the requests come as DossierSources).
class CustomerDossier : public QObject
{
    Q_OBJECT

public:
    // `history` may be null (no workspace): no past checks are shown or kept.
    CustomerDossier(DossierSources sources, RiskHistory *history, QObject *parent = nullptr);
    ~CustomerDossier() override; // cancels what is on its way

    // Where records are read now (VendorEnvironment record keys). A change of either clears the
    // dossier: what it shows came from Sphere (the customer) or Sardine (verdicts, identity).
    void setEnvironmentKeys(const QString &sphere, const QString &sardine);
    QString sardineEnvironment() const { return m_sardineEnvironment; }

    // Where fetched customers are kept, and found again when Sphere cannot be reached (may be null).
    void setArchive(CustomerArchive *archive) { m_archive = archive; }
    // The customer shown is the kept copy (Sphere could not be reached), not a fresh fetch.
    bool isFromKeptCopy() const { return m_fromKeptCopy; }
    void show(const QString &customerId); // nothing happens for the customer already shown
    void clear();
    QString customerId() const { return m_customerId; }
    const std::optional<Customer> &customer() const { return m_customer; }
    // Sphere's environment when the shown customer was asked for; empty when none is loaded.
    QString customerEnvironment() const { return m_customer ? m_customerEnvironment : QString(); }

    UboTableModel *ubos() const { return m_ubos; }
    WalletTableModel *wallets() const { return m_wallets; }
    BankAccountTableModel *bankAccounts() const { return m_bankAccounts; }
    RequirementListModel *requirements() const { return m_requirements; }
    VerificationLevelModel *verificationLevels() const { return m_levels; }

    // Risk checks kept on this computer for the shown customer, from Sardine's environment in use
    // (oldest first), and how many others (other or unrecorded environments) are not shown.
    bool keepsRiskHistory() const { return m_history != nullptr; }
    QList<RiskHistoryEntry> localRiskChecks() const;
    qsizetype riskChecksElsewhere() const;

    bool canCheckRisk() const { return bool(m_sources.riskCheck); }
    // Sends the request for the loaded customer (asking the analyst first is the view's job);
    // the verdict is kept in the history, then the identity entity is asked for.
    void runRiskCheck(const SardineCustomerRequest &request);
    bool isRiskCheckRunning() const { return m_riskCheckRunning; }
    void loadSardineHistory(); // ignored while a load is on its way
    bool isSardineHistoryLoading() const { return m_sardineHistoryLoading; }
    void requestHostedLink(HostedLinkKind kind); // ignored while a request is on its way
    bool isHostedLinkPending() const { return m_hostedLinkPending; }

Q_SIGNALS:
    void cleared();
    void loadingStarted(const QString &customerId);
    void customerLoaded(const Customer &customer);
    void customerFailed(const ApiError &error);
    // Sphere could not be reached (`why`): the customer shown is the copy kept at `keptAt`.
    void customerFromKeptCopy(const QDateTime &keptAt, const ApiError &why);
    void accountsLoading(int count);
    void accountsLoaded(const QStringList &failures); // every wallet and bank account answered
    void riskHistoryChanged(); // localRiskChecks() changed
    void riskResultChanged(const RiskResult &result); // the verdict to show
    void riskCheckStarted();
    void riskCheckFailed(const ApiError &error);
    void riskCheckNotKept(const QString &reason); // the verdict arrived but the history refused it
    void riskCheckFinished(bool ok);
    void identityLoaded(const IdentityEntity &entity);
    void identityUnavailable(const ApiError &error);
    void sardineHistoryLoaded(const QList<RiskResult> &results);
    void sardineHistoryFailed(const ApiError &error);
    void hostedLinkReady(HostedLinkKind kind, const HostedLink &link);
    void hostedLinkFailed(const ApiError &error);

private:
    void apply(const Customer &customer);
    bool showKeptCopy(const ApiError &why);
    void fetchAccounts(const Customer &customer);
    void loadIdentity();
    // Runs `deliver` only while the request's customer is still the one shown.
    template<typename T> ReplyHandler<T> whileCurrent(std::function<void(const Result<T> &)> deliver);

    DossierSources m_sources;
    RiskHistory *m_history;
    QString m_sphereEnvironment;
    QString m_sardineEnvironment;
    QString m_customerEnvironment;
    QString m_customerId;
    std::optional<Customer> m_customer;
    CustomerArchive *m_archive = nullptr;
    bool m_fromKeptCopy = false;
    quint64 m_generation = 0; // moves on with every clear(): older replies are stale
    QList<CancelRequest> m_pending;
    int m_accountsPending = 0;
    QStringList m_accountFailures;
    bool m_riskCheckRunning = false;
    bool m_sardineHistoryLoading = false;
    bool m_hostedLinkPending = false;

    UboTableModel *m_ubos;
    WalletTableModel *m_wallets;
    BankAccountTableModel *m_bankAccounts;
    RequirementListModel *m_requirements;
    VerificationLevelModel *m_levels;
};
