#pragma once

#include "EnvironmentSelection.h"
#include "SphereTypes.h"

#include <QPointer>
#include <QWidget>

class ApiJob;
class BankAccountTableModel;
class MessageBar;
class QCheckBox;
class QLabel;
class QListView;
class QTabWidget;
class QTableView;
class HostedLinkBar;
class QPushButton;
class RequirementListModel;
class RiskHistoryStore;
class RiskPanel;
class SardineClient;
class SardineHistoryView;
class SphereClient;
struct SardineCustomerRequest;
class StatusBadge;
class UboTableModel;
class VerificationLevelModel;
class WalletTableModel;

// The selected customer: statuses, address, open requirements, verification levels, and tables
// of UBOs, wallets and bank accounts. Everything is fetched on demand when a customer is shown,
// so the customer list itself stays small.
class CustomerDetailWidget : public QWidget
{
    Q_OBJECT

public:
    // `sardine` and `history` may be null: the risk tab then says risk checks are not configured.
    CustomerDetailWidget(SphereClient *sphere, SardineClient *sardine = nullptr,
                         RiskHistoryStore *history = nullptr, QWidget *parent = nullptr);
    ~CustomerDetailWidget() override;

    void showCustomer(const QString &customerId);
    void clear();
    // The vendors' environments now. A customer or verdict shown from an environment that is no
    // longer the one in use is cleared, with the requests still on their way for it.
    void setEnvironments(const EnvironmentSelection &environments);
    // Where the shown customer was read (VendorEnvironment::environmentKey()); empty when none.
    QString customerEnvironment() const { return m_customer ? m_customerEnvironment : QString(); }
    QString customerId() const { return m_customerId; }
    const std::optional<Customer> &customer() const { return m_customer; }

    UboTableModel *uboModel() const { return m_uboModel; }
    WalletTableModel *walletModel() const { return m_walletModel; }
    BankAccountTableModel *bankAccountModel() const { return m_bankModel; }
    RequirementListModel *requirementModel() const { return m_requirementModel; }
    VerificationLevelModel *verificationLevelModel() const { return m_levelModel; }
    RiskPanel *riskPanel() const { return m_riskPanel; }
    HostedLinkBar *hostedLinkBar() const { return m_linkBar; }
    SardineHistoryView *sardineHistoryView() const { return m_sardineHistory; }

    // Opens the prefilled dialog (the "Run risk check…" button) / sends a request directly. With
    // mixed environments the analyst is asked first; nothing is sent without a shown customer.
    void openRiskCheck();
    void runRiskCheck(const SardineCustomerRequest &request);

Q_SIGNALS:
    void customerLoaded(const Customer &customer);
    void loadFailed(const QString &message);
    void riskCheckFinished(bool ok);

private:
    void applyCustomer(const Customer &customer);
    void fetchAccounts(const Customer &customer);
    void abortPending();
    void showRiskHistory(bool showLatest);
    void loadIdentity(const QString &customerId);
    void sendRiskCheck(const SardineCustomerRequest &request);

    SphereClient *m_sphere;
    SardineClient *m_sardine;
    RiskHistoryStore *m_history;
    EnvironmentSelection m_environments;
    QString m_customerEnvironment; // Sphere's, when the shown customer was asked for
    QString m_customerId;
    std::optional<Customer> m_customer;
    QList<QPointer<ApiJob>> m_pending;

    QLabel *m_nameLabel;
    QLabel *m_idLabel;
    QLabel *m_environmentLabel;
    QLabel *m_riskEnvironmentLabel;
    QLabel *m_contactLabel;
    QLabel *m_addressLabel;
    QLabel *m_reviewReasonLabel;
    StatusBadge *m_kycBadge;
    StatusBadge *m_tosBadge;
    StatusBadge *m_msaBadge;
    StatusBadge *m_euTosBadge;
    StatusBadge *m_residencyBadge;
    QListView *m_requirementView;
    QTableView *m_levelView;
    QTabWidget *m_tabs;
    QTableView *m_uboView;
    QTableView *m_walletView;
    QTableView *m_bankView;
    QCheckBox *m_revealAccountsCheckBox;
    QLabel *m_accountsStatusLabel;
    RiskPanel *m_riskPanel;
    QPushButton *m_runRiskButton;
    HostedLinkBar *m_linkBar;
    SardineHistoryView *m_sardineHistory;

    UboTableModel *m_uboModel;
    WalletTableModel *m_walletModel;
    BankAccountTableModel *m_bankModel;
    RequirementListModel *m_requirementModel;
    VerificationLevelModel *m_levelModel;
};
