#pragma once

#include "CustomerRequestValidator.h"
#include "EnvironmentSelection.h"
#include "SphereRequestTypes.h"
#include "SphereTypes.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

class AddressEditor;
class CustomerSubmitter;
class DocumentField;
class DraftStore;
class FieldIssueTracker;
class MessageBar;
class QuestionnaireEditor;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTimer;
class SecretLineEdit;
class SphereClient;
struct ApiError;

// Creates a Sphere customer (individual, or business with its beneficial owners) or updates one.
// Every documented request field has a box; each is checked as it is typed, with the reason next
// to it, and the submit button names what is still missing. An update is prefilled from the
// retrieved customer and sends only what the analyst changed; an approved customer cannot be
// updated (documented), which the form says before any request. The form autosaves an encrypted
// draft; a failed submit keeps the dialog and the draft, and a retry after a timeout checks
// whether the customer was in fact created before posting again.
class CustomerFormDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Create, Update };

    CustomerFormDialog(Mode mode, SphereClient *sphere, DraftStore *drafts, QWidget *parent = nullptr);
    ~CustomerFormDialog() override;

    Mode mode() const { return m_mode; }
    void setMaxDocumentBytes(qint64 maxBytes);
    // Update: prefill from the retrieved customer; what is shown becomes the baseline of the diff.
    void setCustomer(const Customer &customer);
    // Restores a saved draft; false with a message shown when it cannot be read. An update draft
    // is restored after setCustomer() with the customer as Sphere has it now.
    bool restoreDraft(const QString &draftId);
    // The vendors' environments: drafts record Sphere's, and with a mix the analyst is asked
    // before anything is sent.
    void setEnvironments(const EnvironmentSelection &environments) { m_environments = environments; }
    QString draftId() const { return m_draftId; }

    CustomerRequest request() const; // what the form says now
    CustomerRequest changes() const; // Update: only the changed fields
    QList<FieldIssue> issues() const;
    QString statusText() const; // the banner: vendor errors, approved-customer notice, drafts
    bool isSubmitting() const { return m_submitting; }

Q_SIGNALS:
    void customerSaved(const Customer &customer, bool created);
    void draftSaved(const QString &draftId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void buildUi();
    QWidget *buildPersonPage();
    QWidget *buildCompanyPage();
    QWidget *buildContactPage();
    QWidget *buildOwnersPage();
    QWidget *buildDocumentsPage();
    QWidget *buildCompliancePage();
    QWidget *buildMetaPage();
    DocumentField *addDocument(QLayout *layout, const QString &title, const QString &field,
                               const QString &name);
    void onTypeChanged();
    void onChanged();
    void revalidate(const QList<FieldIssue> &vendorIssues = {});
    CustomerRequest requestToSend() const; // Create: the whole request; Update: changes()
    QList<FieldIssue> issuesOf(const CustomerRequest &toSend) const;
    void refreshOwners();
    void addOwner();
    void editOwner();
    void removeOwner();
    void openOwnerEditor(int index);
    void submit();
    void send(); // after submit() checked the form and, with a mix, the analyst confirmed
    void onSubmitFailed(const ApiError &error, const QList<FieldIssue> &fieldIssues);
    void onSubmitSucceeded(const Customer &customer, bool recovered);
    void setBanner(const QString &text, bool error);
    void scheduleDraftSave();
    void saveDraft();
    QByteArray captureState() const;
    bool restoreState(const QByteArray &state);
    QString draftTitle() const;
    bool isBusiness() const;
    QList<FieldIssue> clearedFieldIssues() const;

    Mode m_mode;
    SphereClient *m_sphere;
    QPointer<DraftStore> m_drafts;
    CustomerSubmitter *m_submitter;
    qint64 m_maxDocumentBytes;
    QString m_draftId;
    QString m_customerId;
    bool m_customerApproved = false;
    CustomerRequest m_baseline;
    QHash<QLineEdit *, QString> m_baselineTexts;
    QList<UboRequest> m_ubos;
    bool m_submitting = false;
    bool m_restoring = false;
    bool m_everSubmitted = false;
    EnvironmentSelection m_environments;
    QString m_draftEnvironment; // resumed from a draft: the environment it was saved for

    FieldIssueTracker *m_issues;
    bool m_draftWaiting = false; // an autosave came before the drafts' key
    QTimer *m_draftTimer;
    MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    QComboBox *m_typeComboBox;
    QStackedWidget *m_identityStack;
    // Person
    QLineEdit *m_firstNameLineEdit;
    QLineEdit *m_lastNameLineEdit;
    QLineEdit *m_dobLineEdit;
    SecretLineEdit *m_ssnLineEdit;
    // Company
    QLineEdit *m_nameLineEdit;
    SecretLineEdit *m_einLineEdit;
    QPlainTextEdit *m_descriptionPlainTextEdit;
    QComboBox *m_businessTypeComboBox;
    // Contact
    QLineEdit *m_emailLineEdit;
    QLineEdit *m_phoneLineEdit;
    QLineEdit *m_websiteLineEdit;
    QLineEdit *m_lookupKeyLineEdit;
    QCheckBox *m_highVolumeCheckBox;
    AddressEditor *m_addressEditor;
    // Owners
    QTableWidget *m_ubosTableWidget;
    QPushButton *m_addUboPushButton;
    QPushButton *m_editUboPushButton;
    QPushButton *m_removeUboPushButton;
    QLabel *m_ubosIssueLabel;
    // Documents
    QWidget *m_personDocuments;
    QWidget *m_companyDocuments;
    DocumentField *m_proofOfAddressField;
    DocumentField *m_identityFrontField;
    DocumentField *m_identityBackField;
    DocumentField *m_incorporationField;
    DocumentField *m_shareholderField;
    DocumentField *m_statementOfFundsField;
    // Compliance (business) and update-only questionnaire (individual)
    QWidget *m_companyCompliance;
    QWidget *m_personQuestionnaire;
    QCheckBox *m_thirdPartyCheckBox;
    QLineEdit *m_thirdPartyMessageLineEdit;
    QCheckBox *m_tosAcceptedCheckBox;
    QComboBox *m_revenueComboBox;
    QLineEdit *m_expectedMonthlyPaymentsUsdLineEdit;
    QCheckBox *m_operatesInProhibitedCountriesCheckBox;
    QListWidget *m_highRiskActivitiesListWidget;
    QLineEdit *m_sourceOfFundsLineEdit;
    QCheckBox *m_transmitsCustomerFundsCheckBox;
    QLineEdit *m_transmitsCustomerFundsDescriptionLineEdit;
    QuestionnaireEditor *m_questionnaire;
    // Meta
    QTableWidget *m_metaTableWidget;
    // Footer
    QProgressBar *m_uploadProgressBar;
    QLabel *m_summaryLabel;
    QPushButton *m_submitPushButton;
    QDialogButtonBox *m_buttons;
};
