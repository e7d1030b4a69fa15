#pragma once

#include "CustomerRequestValidator.h"
#include "EnvironmentSelection.h"
#include "SphereTypes.h"

#include <QMainWindow>
#include <QPointer>

class QueueClaims;
class WorkspaceNotifications;
class AuditTrail;
class CaseReviewPanel;
class ClipboardGuard;
struct AuditEvent;
class CrossVendorPanel;
class YativoLinks;
class CustomerCache;
class KeptBookWriter;
class FeedbackOutbox;
class PiiRevealGate;
class QSplitter;
class ReviewQueuePanel;
class FeedbackSender;
class CustomerDetailWidget;
class CustomerFormDialog;
class DraftStore;
class QMenu;
class QSettings;
class ReviewStore;
class YativoClient;
class YativoCustomerDialog;
class CustomerBook;
class CustomerBookStatus;
class CustomerFilterProxyModel;
class CustomerTableModel;
class MessageBar;
class QComboBox;
class KycFilterComboBox;
class QLabel;
class QLineEdit;
class QTreeView;
class RiskHistory;
class SardineClient;
class SphereClient;

// What the window tells the analyst about where its data comes from.
struct EnvironmentDescription
{
    QString name; // "Embedded sandbox", "Sphere sandbox", "Production", ...
    QString detail; // base URL, shown in the tooltip
    bool production = false;
};

// The customer book: a filterable table of every customer on the left, the selected customer's
// details on the right, errors in a non-modal bar, environment and activity in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(SphereClient *sphere, EnvironmentDescription environment, QWidget *parent = nullptr,
               SardineClient *sardine = nullptr, RiskHistory *history = nullptr);
    ~MainWindow() override;

    void reload();
    void selectFirstCustomer();
    void setEnvironment(const EnvironmentDescription &environment);
    // All three vendors' environments, shown in the banner above the book. A change clears what
    // was shown from the vendor's old environment: the book and selection (Sphere), the detail
    // pane and risk panel (Sphere, Sardine); actions wait for a record of the new one.
    void setEnvironments(const EnvironmentSelection &environments);
    const EnvironmentSelection &environments() const { return m_environments; }
    // Onboarding: drafts (may be null when the workspace or keychain is unavailable) and Yativo
    // (null until it is configured). Tells the analyst about unsent drafts from an earlier session.
    void setOnboarding(DraftStore *drafts, YativoClient *yativo);

    // The onboarding forms, also reachable from the toolbar and the Drafts menu.
    CustomerFormDialog *newCustomer();
    void updateSelectedCustomer(); // fetches the customer fresh, then opens the form
    YativoCustomerDialog *onboardWithYativo();
    void resumeDraft(const QString &draftId);
    // The review workspace: the customer's "Case" page and the Review menu (decide, undo). After a
    // decision the next customer of the book as shown opens by itself.
    void setReviewWorkspace(ReviewStore *review, AuditTrail *audit, QSettings *settings);
    // A team server's workspace (after setReviewWorkspace): the case page claims the customer it
    // shows, and what other desks change shows here as it happens (`notifications` may be null).
    void setTeamWork(QueueClaims *claims, WorkspaceNotifications *notifications);
    CaseReviewPanel *casePanel() const { return m_casePanel; }
    ReviewQueuePanel *queuePanel() const { return m_queuePanel; }
    // The book as shown (queue, filters, order) to `path`: names and emails masked unless
    // `personalData`, which asks the reveal gate for a reason first. Audited; false (with a message
    // in the bar) when refused or not written.
    bool exportView(const QString &path, bool spreadsheet, bool personalData);
    // The copy of the book and of the customers opened, kept in the workspace: the kept book is shown
    // at once (marked stale) until a reload brings fresh rows, and each complete load is kept (in the
    // background: KeptBookWriter). `cache` must outlive the window.
    void setCustomerCache(CustomerCache *cache);
    bool isKeepingBook() const; // a complete load is still being compressed for the cache
    // The most one document may weigh in the customer forms this window opens.
    void setMaxDocumentBytes(qint64 maxBytes) { m_maxDocumentBytes = maxBytes; }
    // The "Across vendors" page: Sphere, Sardine's identity and the linked Yativo record side by side.
    void setYativoLinks(YativoLinks *links);
    CrossVendorPanel *crossVendorPanel() const { return m_crossVendor; }
    CustomerBookStatus *bookStatus() const { return m_bookStatus; }
    ClipboardGuard *clipboard() const { return m_clipboard; }
    // The Sardine feedback queued with decisions: shown in the risk panel for the customer, and
    // `sender` asked to look at the outbox after each decision.
    void setSardineFeedback(FeedbackOutbox *outbox, FeedbackSender *sender);

    CustomerBook *book() const { return m_book; }
    CustomerTableModel *customerModel() const;
    CustomerFilterProxyModel *customerProxy() const;
    CustomerDetailWidget *detailWidget() const { return m_detail; }
    MessageBar *messageBar() const { return m_messageBar; }
    bool isLoading() const;
    // The window's size and place, the splitter, the book's columns (widths, order, sort) and its
    // search text, as the analyst left them: read now from `settings`, written back on close.
    void restoreViewState(QSettings *settings);
    void saveViewState();
    // Requests in flight on the clients' shared transport (the app wires it), shown in the status
    // bar with those of the book's own walk.
    void setRequestsInFlight(int inFlight);
    // Where View → Theme keeps the analyst's choice (`appearance/theme`); unsaved without one.
    void setAppearanceSettings(QSettings *settings) { m_appearanceSettings = settings; }

Q_SIGNALS:
    void customersLoaded(qint64 count);
    void customersShown(qint64 rows); // after each batch reaches the table
    void customerFormOpened(CustomerFormDialog *dialog);
    // A form is opening: the drafts' key should be fetched now (not at start-up).
    void draftsNeeded();
    void settingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void applyDefaultSplitterShares();
    void restoreSplitterState();
    // The customer `step` rows below (+1) or above (-1) the current one in the book as shown.
    void stepCustomer(int step);
    // From the search box into its results: the first row (or the current one unless `first`),
    // selected and focused.
    void enterBook(bool first);
    void onSelectionChanged();
    void onCustomerSaved(const Customer &customer, bool created);
    void openUpdateForm(const Customer &customer, const QString &draftId);
    void rebuildDraftsMenu();
    void warnIfDraftFromAnotherEnvironment(const QString &draftId);
    void updateActions();
    void updateWindowTitle();
    void updateEmptyBookLabel();
    void fitColumnsToTheirText();

    SphereClient *m_sphere;
    SardineClient *m_sardine;
    FeedbackOutbox *m_feedbackOutbox = nullptr;
    void showFeedbackFor(const QString &customerId);
    RiskHistory *m_history;
    QPointer<DraftStore> m_drafts;
    QPointer<YativoClient> m_yativo;
    EnvironmentDescription m_environment;
    EnvironmentSelection m_environments;
    CustomerBook *m_book;
    CustomerBookStatus *m_bookStatus = nullptr;
    QSplitter *m_splitter = nullptr;
    ReviewQueuePanel *m_queuePanel = nullptr;
    void saveCurrentSearch();
    void chooseExportFile(bool personalData);
    void audit(const AuditEvent &event); // when the workspace is open; a refusal shows in the bar
    void showBookContextMenu(const QPoint &at);
    void copyKycLink(const QString &customerId);
    AuditTrail *m_audit = nullptr;
    CustomerCache *m_cache = nullptr;
    KeptBookWriter *m_keptBookWriter = nullptr;
    qint64 m_maxDocumentBytes = CustomerRequestValidator::kDefaultMaxDocumentBytes;
    CrossVendorPanel *m_crossVendor = nullptr;
    PiiRevealGate *m_revealGate = nullptr;
    ClipboardGuard *m_clipboard = nullptr;

    MessageBar *m_messageBar = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    KycFilterComboBox *m_kycFilter = nullptr;
    QLabel *m_emptyBookLabel = nullptr;
    int m_kycFullWidth = 0; // the KYC column with "Additional review" whole (fitColumnsToTheirText)
    QComboBox *m_typeFilter = nullptr;
    QTreeView *m_table = nullptr;
    CustomerDetailWidget *m_detail = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_environmentBanner = nullptr;
    QAction *m_updateCustomerAction = nullptr;
    QAction *m_riskCheckAction = nullptr;
    QAction *m_copyIdAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_exportSeparator = nullptr;
    QMenu *m_draftsMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_customerMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QSettings *m_appearanceSettings = nullptr;
    CaseReviewPanel *m_casePanel = nullptr;
    QSettings *m_viewSettings = nullptr;
    bool m_splitterRestored = false;
    bool m_shownBefore = false;
};
