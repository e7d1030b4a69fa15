#pragma once

#include "CustomerRequestValidator.h"
#include "EnvironmentSelection.h"
#include "SphereRequestTypes.h"
#include "SphereTypes.h"

#include <memory>
#include <QDialog>
#include <QHash>

class CustomerFormBinding;
class CustomerSubmitter;
class DraftAutosaver;
class DraftStore;
class FieldIssueTracker;
class QLabel;
class QLineEdit;
class QPushButton;
class SphereClient;
struct ApiError;
struct CustomerFormUi;

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
    void setEnvironments(const EnvironmentSelection &environments);
    QString draftId() const;

    CustomerRequest request() const; // what the form says now
    CustomerRequest changes() const; // Update: only the changed fields
    QList<FieldIssue> issues() const;
    QString statusText() const; // the banner: vendor errors, approved-customer notice, drafts
    bool isSubmitting() const { return m_submitting; }
    // Request ↔ widgets: fill, read, diff and the draft's boxes.
    CustomerFormBinding &binding() const { return *m_binding; }

Q_SIGNALS:
    void customerSaved(const Customer &customer, bool created);
    void draftSaved(const QString &draftId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void reject() override;

private:
    void setUpPages();
    void onTypeChanged();
    void onChanged();
    void revalidate(const QList<FieldIssue> &vendorIssues = {});
    CustomerRequest requestToSend() const; // Create: the whole request; Update: changes()
    QList<FieldIssue> issuesOf(const CustomerRequest &toSend) const;
    void refreshOwnerButtons();
    void removeOwner();
    void openOwnerEditor(int index); // -1: a new owner
    void addMetaEntry();
    void removeMetaEntry();
    void submit();
    void send(); // after submit() checked the form and, with a mix, the analyst confirmed
    void onSubmitFailed(const ApiError &error, const QList<FieldIssue> &fieldIssues);
    void onSubmitSucceeded(const Customer &customer, bool recovered);
    void setBanner(const QString &text, bool error);
    QByteArray captureState() const;
    bool restoreState(const QByteArray &state);
    QString draftTitle() const;
    bool isBusiness() const;
    QList<FieldIssue> clearedFieldIssues() const;

    Mode m_mode;
    std::unique_ptr<CustomerFormUi> m_ui;
    CustomerFormBinding *m_binding;
    CustomerSubmitter *m_submitter;
    DraftAutosaver *m_autosaver;
    FieldIssueTracker *m_issues;
    QPushButton *m_submitPushButton;
    QLabel *m_dobWarningLabel = nullptr;
    qint64 m_maxDocumentBytes;
    QString m_customerId;
    bool m_customerApproved = false;
    CustomerRequest m_baseline;
    QHash<QLineEdit *, QString> m_baselineTexts;
    bool m_submitting = false;
    bool m_restoring = false;
    bool m_everSubmitted = false;
    EnvironmentSelection m_environments;
    QString m_draftEnvironment; // resumed from a draft: the environment it was saved for
};
