#pragma once

#include "CustomerRequestValidator.h"
#include "EnvironmentSelection.h"
#include "YativoTypes.h"

#include <memory>
#include <QDialog>
#include <QPointer>

class DraftAutosaver;
class DraftStore;
class FieldIssueTracker;
class QLineEdit;
class QPushButton;
class YativoClient;
struct ApiError;
namespace Ui {
class YativoCustomerDialog;
}

// Onboards a customer through Yativo (POST /customer): the analyst enters name, email, phone,
// country and type; Yativo answers with a KYC link and a TOS link to send the customer, shown
// here with Copy and Open buttons and the current KYC/TOS status and any rejection reasons.
// Like every form it autosaves an encrypted draft and keeps it when the request fails.
class YativoCustomerDialog : public QDialog
{
    Q_OBJECT

public:
    YativoCustomerDialog(YativoClient *yativo, DraftStore *drafts, QWidget *parent = nullptr);
    ~YativoCustomerDialog() override;

    YativoCustomerRequest request() const;
    QList<FieldIssue> issues() const;
    bool restoreDraft(const QString &draftId);
    // The vendors' environments: drafts record Yativo's, and with a mix the analyst is asked
    // before anything is sent.
    void setEnvironments(const EnvironmentSelection &environments);
    QString draftId() const;
    QString statusText() const;
    // After success: what Yativo returned.
    const YativoCustomer &result() const { return m_result; }

Q_SIGNALS:
    void customerCreated(const YativoCustomer &customer);

protected:
    void reject() override;

private:
    void onChanged();
    void revalidate();
    void submit();
    void send();
    void showResult(const YativoCustomer &customer);
    void showFailure(const ApiError &error);
    // A link from Yativo, shown only when LinkPolicy allows it; otherwise left out and said so.
    void showLink(QLineEdit *edit, const QString &link);
    // GET /customer/kyc/{id}: the customer's KYC as Yativo sees it now.
    void refreshKycStatus();
    QByteArray captureState() const;

    QPointer<YativoClient> m_yativo;
    DraftAutosaver *m_autosaver;
    YativoCustomer m_result;
    bool m_submitting = false;
    bool m_created = false;
    EnvironmentSelection m_environments;
    QString m_draftEnvironment; // resumed from a draft: the environment it was saved for

    std::unique_ptr<Ui::YativoCustomerDialog> m_ui;
    FieldIssueTracker *m_issues;
    QPushButton *m_submitPushButton;
    QPushButton *m_closePushButton;
};
