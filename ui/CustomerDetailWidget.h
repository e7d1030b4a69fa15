#pragma once

#include "EnvironmentSelection.h"
#include "SphereTypes.h"

#include <QWidget>

class BankAccountTableModel;
class ClipboardGuard;
class CustomerDossier;
class MessageBar;
class PiiRevealGate;
class QCheckBox;
class QTimer;
class QLabel;
class QListView;
class QModelIndex;
class QTabWidget;
class QTableView;
class HostedLinkBar;
class QPushButton;
class RequirementListModel;
class RiskPanel;
class SardineHistoryView;
struct SardineCustomerRequest;
class StatusBadge;
class UboDetailsDialog;
class UboTableModel;
class VerificationLevelModel;
class WalletTableModel;

// The selected customer as its CustomerDossier has it: statuses, address, open requirements,
// verification levels, tables of UBOs, wallets and bank accounts, and the risk tab. The dossier
// fetches everything when a customer is shown, so the customer list itself stays small.
class CustomerDetailWidget : public QWidget
{
    Q_OBJECT

public:
    // Without Sardine in the dossier's sources the risk tab says risk checks are not configured.
    // A dossier without a parent becomes the widget's.
    explicit CustomerDetailWidget(CustomerDossier *dossier, QWidget *parent = nullptr);
    ~CustomerDetailWidget() override;

    void showCustomer(const QString &customerId);
    void clear();
    // The vendors' environments now. A customer or verdict shown from an environment that is no
    // longer the one in use is cleared, with the requests still on their way for it.
    void setEnvironments(const EnvironmentSelection &environments);
    // With a gate, revealing account numbers asks for a reason, is audited and masks itself again.
    void setRevealGate(PiiRevealGate *gate);
    // Copies from the tables go through the window's guard (personal data leaves the clipboard
    // again); without one the pane keeps its own.
    void setClipboard(ClipboardGuard *clipboard);
    // Another page among the customer's tabs (the case page of the review workspace).
    void addPage(QWidget *page, const QString &title);
    // Where the shown customer was read (VendorEnvironment::environmentKey()); empty when none.
    QString customerEnvironment() const;
    QString customerId() const;
    const std::optional<Customer> &customer() const;
    CustomerDossier *dossier() const { return m_dossier; }

    UboTableModel *uboModel() const;
    WalletTableModel *walletModel() const;
    BankAccountTableModel *bankAccountModel() const;
    RequirementListModel *requirementModel() const;
    VerificationLevelModel *verificationLevelModel() const;
    RiskPanel *riskPanel() const { return m_riskPanel; }
    HostedLinkBar *hostedLinkBar() const { return m_linkBar; }
    SardineHistoryView *sardineHistoryView() const { return m_sardineHistory; }

    // Opens the prefilled dialog (the "Run risk check…" button) / sends a request directly. With
    // mixed environments the analyst is asked first; nothing is sent without a shown customer.
    void openRiskCheck();
    void runRiskCheck(const SardineCustomerRequest &request);
    // The owner of the Beneficial owners row `index`, read only (a double-click or Enter on it).
    UboDetailsDialog *openUbo(const QModelIndex &index);

Q_SIGNALS:
    void customerLoaded(const Customer &customer);
    void loadFailed(const QString &message);
    // Sphere could not be reached and the customer shown is the copy kept earlier (`message` says
    // how old it is).
    void shownFromKeptCopy(const QString &message);
    void riskCheckFinished(bool ok);

private:
    void connectDossier();
    void revealAccounts(bool reveal);
    void showCleared();
    // The record tabs' titles, with the customer's counts or (none shown) without.
    void setRecordCounts(const Customer *customer);
    void applyCustomer(const Customer &customer);
    void showRiskHistory();
    // Ctrl+C and a context menu on a detail table: the cell's full value, the record's id, and
    // per table the value analysts ask for (a wallet's address, an owner's email).
    void addCopyActions(QTableView *view);
    void showCopyMenu(QTableView *view, const QPoint &at);
    void copyCell(const QModelIndex &index);

    CustomerDossier *m_dossier;
    EnvironmentSelection m_environments;

    QLabel *m_nameLabel;
    QLabel *m_idLabel;
    QLabel *m_environmentLabel;
    QLabel *m_keptCopyLabel = nullptr;
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
    PiiRevealGate *m_revealGate = nullptr;
    ClipboardGuard *m_clipboard;
    QTimer *m_remaskTimer;
    QLabel *m_accountsStatusLabel;
    RiskPanel *m_riskPanel;
    QPushButton *m_runRiskButton;
    HostedLinkBar *m_linkBar;
    SardineHistoryView *m_sardineHistory;
};
