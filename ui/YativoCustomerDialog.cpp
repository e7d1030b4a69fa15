#include "YativoCustomerDialog.h"

#include "DraftAutosaver.h"
#include "EnvironmentConfirmation.h"
#include "FieldIssueTracker.h"
#include "FormText.h"
#include "LinkPolicy.h"
#include "MessageBar.h"
#include "YativoClient.h"
#include "YativoRequestValidator.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTime>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kDraftFormatVersion = 1;

// A read-only link with Copy and Open buttons, named after the link ("kycLink…").
QWidget *linkRow(const QString &name, QLineEdit *edit, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setObjectName(name + u"LineEdit"_s);
    edit->setReadOnly(true);
    auto *copy = new QPushButton(QCoreApplication::translate("YativoCustomerDialog", "Copy"), row);
    copy->setObjectName(name + u"CopyPushButton"_s);
    auto *open = new QPushButton(QCoreApplication::translate("YativoCustomerDialog", "Open in browser"), row);
    open->setObjectName(name + u"OpenPushButton"_s);
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    layout->addWidget(open);
    QObject::connect(copy, &QPushButton::clicked, edit, [edit] {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            clipboard->setText(edit->text());
    });
    QObject::connect(open, &QPushButton::clicked, edit, [edit] {
        const QUrl url(edit->text(), QUrl::StrictMode);
        // A vendor response must not make the desktop open a file, a script or a cleartext page.
        if (LinkPolicy::isOfferable(url))
            QDesktopServices::openUrl(url);
    });
    return row;
}
} // namespace

YativoCustomerDialog::YativoCustomerDialog(YativoClient *yativo, DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_yativo(yativo)
    , m_autosaver(new DraftAutosaver(drafts, u"yativo-create"_s,
                                     u"yativo-create/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     this))
    , m_issues(new FieldIssueTracker(this))
    , m_messageBar(new MessageBar(this))
    , m_nameLineEdit(new QLineEdit(this))
    , m_emailLineEdit(new QLineEdit(this))
    , m_phoneLineEdit(new QLineEdit(this))
    , m_countryLineEdit(new QLineEdit(this))
    , m_typeComboBox(new QComboBox(this))
    , m_sendKycMailCheckBox(new QCheckBox(tr("Email the KYC link to the customer"), this))
    , m_resultGroupBox(new QGroupBox(tr("Onboarding links"), this))
    , m_kycLinkLineEdit(new QLineEdit(this))
    , m_tosLinkLineEdit(new QLineEdit(this))
    , m_kycStatusLabel(new QLabel(this))
    , m_tosStatusLabel(new QLabel(this))
    , m_rejectionReasonsLabel(new QLabel(this))
    , m_requirementsDueLabel(new QLabel(this))
    , m_refreshKycPushButton(new QPushButton(tr("Refresh KYC status"), this))
    , m_summaryLabel(new QLabel(this))
{
    setObjectName(u"yativoCustomerDialog"_s);
    setWindowTitle(tr("Onboard a customer with Yativo"));
    m_nameLineEdit->setObjectName(u"nameLineEdit"_s);
    m_emailLineEdit->setObjectName(u"emailLineEdit"_s);
    m_phoneLineEdit->setObjectName(u"phoneLineEdit"_s);
    m_phoneLineEdit->setPlaceholderText(tr("+12345678900 (E.164)"));
    m_countryLineEdit->setObjectName(u"countryLineEdit"_s);
    m_countryLineEdit->setPlaceholderText(tr("ISO 3166-1 alpha-3, e.g. USA"));
    m_countryLineEdit->setMaxLength(3);
    m_countryLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_countryLineEdit));
    m_typeComboBox->setObjectName(u"typeComboBox"_s);
    m_typeComboBox->addItem(tr("Individual"), u"individual"_s);
    m_typeComboBox->addItem(tr("Business"), u"business"_s);
    m_sendKycMailCheckBox->setObjectName(u"sendKycMailCheckBox"_s);
    m_sendKycMailCheckBox->setChecked(true); // the vendor's default

    auto *formBox = new QGroupBox(tr("Customer"), this);
    auto *form = new QFormLayout(formBox);
    m_issues->addRow(form, tr("Full &name:"), m_nameLineEdit, u"customer_name"_s);
    m_issues->addRow(form, tr("E&mail:"), m_emailLineEdit, u"customer_email"_s);
    m_issues->addRow(form, tr("&Phone:"), m_phoneLineEdit, u"customer_phone"_s);
    m_issues->addRow(form, tr("&Country:"), m_countryLineEdit, u"customer_country"_s);
    m_issues->addRow(form, tr("&Type:"), m_typeComboBox, u"customer_type"_s);
    m_issues->addRow(form, QString(), m_sendKycMailCheckBox, u"send_kyc_mail"_s);

    m_resultGroupBox->setObjectName(u"resultGroupBox"_s);
    auto *result = new QFormLayout(m_resultGroupBox);
    result->addRow(tr("KYC link:"), linkRow(u"kycLink"_s, m_kycLinkLineEdit, m_resultGroupBox));
    result->addRow(tr("TOS link:"), linkRow(u"tosLink"_s, m_tosLinkLineEdit, m_resultGroupBox));
    m_kycStatusLabel->setObjectName(u"kycStatusLabel"_s);
    m_tosStatusLabel->setObjectName(u"tosStatusLabel"_s);
    m_rejectionReasonsLabel->setObjectName(u"rejectionReasonsLabel"_s);
    m_rejectionReasonsLabel->setWordWrap(true);
    result->addRow(tr("KYC status:"), m_kycStatusLabel);
    result->addRow(tr("TOS status:"), m_tosStatusLabel);
    result->addRow(tr("Rejection reasons:"), m_rejectionReasonsLabel);
    m_requirementsDueLabel->setObjectName(u"requirementsDueLabel"_s);
    m_requirementsDueLabel->setWordWrap(true);
    m_refreshKycPushButton->setObjectName(u"refreshKycPushButton"_s);
    m_refreshKycPushButton->setToolTip(tr("Ask Yativo where this customer's KYC stands now."));
    connect(m_refreshKycPushButton, &QPushButton::clicked, this, &YativoCustomerDialog::refreshKycStatus);
    result->addRow(tr("Still needed:"), m_requirementsDueLabel);
    result->addRow(QString(), m_refreshKycPushButton);
    m_resultGroupBox->hide();

    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_submitPushButton = buttons->addButton(tr("Create and get links"), QDialogButtonBox::AcceptRole);
    m_submitPushButton->setObjectName(u"submitPushButton"_s);
    m_submitPushButton->setDefault(true);
    m_closePushButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_closePushButton->setObjectName(u"closePushButton"_s);
    connect(m_submitPushButton, &QPushButton::clicked, this, &YativoCustomerDialog::submit);
    connect(m_closePushButton, &QPushButton::clicked, this, &YativoCustomerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(formBox);
    layout->addWidget(m_resultGroupBox);
    layout->addStretch();
    layout->addWidget(m_summaryLabel);
    layout->addWidget(buttons);
    resize(620, 460);

    m_autosaver->setSource([this] { return tr("New Yativo customer"); }, [this] { return captureState(); });
    m_autosaver->setEnvironmentKey(m_environments.recordKey(Vendor::Yativo));
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
        m_messageBar->showMessage(MessageBar::Level::Error,
                                  tr("The draft could not be saved: %1").arg(message));
    });
    for (QLineEdit *edit : { m_nameLineEdit, m_emailLineEdit, m_phoneLineEdit, m_countryLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &YativoCustomerDialog::onChanged);
    connect(m_typeComboBox, &QComboBox::currentIndexChanged, this, &YativoCustomerDialog::onChanged);
    connect(m_sendKycMailCheckBox, &QCheckBox::toggled, this, &YativoCustomerDialog::onChanged);
    connect(m_issues, &FieldIssueTracker::fieldLeft, this, &YativoCustomerDialog::revalidate);
    if (!m_yativo) {
        m_messageBar->showMessage(MessageBar::Level::Warning,
                                  tr("Yativo is not configured. Open \"Vendors & credentials\" to choose an "
                                     "environment and enter the account id and app secret."));
    }
    revalidate();
}

void YativoCustomerDialog::setEnvironments(const EnvironmentSelection &environments)
{
    m_environments = environments;
    m_autosaver->setEnvironmentKey(environments.recordKey(Vendor::Yativo));
}

QString YativoCustomerDialog::draftId() const
{
    return m_autosaver->draftId();
}

YativoCustomerRequest YativoCustomerDialog::request() const
{
    // Type and "send KYC mail" are always answered in the form, so they are always sent.
    YativoCustomerRequest r;
    r.customerName = FormText::optionalText(m_nameLineEdit);
    r.customerEmail = FormText::optionalText(m_emailLineEdit);
    r.customerPhone = FormText::optionalText(m_phoneLineEdit);
    r.customerCountry = FormText::optionalText(m_countryLineEdit);
    if (r.customerCountry)
        r.customerCountry = r.customerCountry->toUpper();
    r.customerType = m_typeComboBox->currentData().toString();
    r.sendKycMail = m_sendKycMailCheckBox->isChecked();
    return r;
}

QList<FieldIssue> YativoCustomerDialog::issues() const
{
    return YativoRequestValidator::validate(request());
}

void YativoCustomerDialog::onChanged()
{
    revalidate();
    m_autosaver->schedule();
}

void YativoCustomerDialog::revalidate()
{
    const QList<FieldIssue> current = issues();
    m_issues->show(current);
    const bool ready = current.isEmpty() && !m_submitting && !m_created && m_yativo;
    m_submitPushButton->setEnabled(ready);
    if (m_created)
        m_summaryLabel->setText(tr("Created. Send the links to the customer."));
    else if (!current.isEmpty())
        m_summaryLabel->setText(
            tr("To fix before sending: %1").arg(m_issues->labelsOf(current).join(u", "_s)));
    else if (!m_submitting)
        m_summaryLabel->clear();
}

void YativoCustomerDialog::submit()
{
    m_issues->setSubmitAttempted(true);
    revalidate();
    if (!m_submitPushButton->isEnabled())
        return;
    m_autosaver->saveNow();
    EnvironmentConfirmation::confirmThenSend(
        this, m_environments, tr("create this customer in Yativo"),
        [this] {
            if (!m_submitting && !m_created && m_yativo)
                send();
        },
        EnvironmentConfirmation::resumed(Vendor::Yativo, m_draftEnvironment));
}

void YativoCustomerDialog::send()
{
    m_submitting = true;
    m_submitPushButton->setEnabled(false);
    m_summaryLabel->setText(tr("Sending to Yativo…"));
    m_messageBar->hide();
    m_yativo->createCustomer(request(), this, [this](const Result<YativoCustomer> &result) {
        m_submitting = false;
        if (!result) {
            showFailure(result.error());
            return;
        }
        showResult(result.value());
    });
}

void YativoCustomerDialog::showResult(const YativoCustomer &customer)
{
    m_result = customer;
    m_created = true;
    m_autosaver->discard();
    m_autosaver->setPaused(true); // nothing left to lose: the customer exists
    showLink(m_kycLinkLineEdit, customer.kycLink.value_or(QString()));
    showLink(m_tosLinkLineEdit, customer.tosLink.value_or(QString()));
    m_kycStatusLabel->setText(customer.kycStatus.value_or(tr("(not given)")));
    m_tosStatusLabel->setText(customer.tosStatus.value_or(tr("(not given)")));
    m_rejectionReasonsLabel->setText(
        customer.rejectionReasons.isEmpty() ? tr("None") : customer.rejectionReasons.join(u"\n"_s));
    m_requirementsDueLabel->setText(tr("(refresh to ask Yativo)"));
    m_resultGroupBox->show();
    for (QWidget *w :
         { static_cast<QWidget *>(m_nameLineEdit), static_cast<QWidget *>(m_emailLineEdit),
           static_cast<QWidget *>(m_phoneLineEdit), static_cast<QWidget *>(m_countryLineEdit),
           static_cast<QWidget *>(m_typeComboBox), static_cast<QWidget *>(m_sendKycMailCheckBox) })
        w->setEnabled(false);
    m_closePushButton->setText(tr("Close"));
    revalidate();
    Q_EMIT customerCreated(customer);
}

void YativoCustomerDialog::refreshKycStatus()
{
    if (!m_yativo || m_result.id.isEmpty())
        return;
    m_refreshKycPushButton->setEnabled(false);
    m_summaryLabel->setText(tr("Asking Yativo…"));
    m_yativo->kycStatus(m_result.id, this, [this](const Result<YativoKycStatus> &r) {
        m_refreshKycPushButton->setEnabled(true);
        if (!r) {
            m_summaryLabel->clear();
            m_messageBar->showError(r.error().userMessage());
            return;
        }
        const YativoKycStatus &k = r.value();
        m_kycStatusLabel->setText(k.status);
        m_rejectionReasonsLabel->setText(k.rejectionReasons.isEmpty() ? tr("None")
                                                                      : k.rejectionReasons.join(u"\n"_s));
        m_requirementsDueLabel->setText(k.requirementsDue.isEmpty() ? tr("Nothing")
                                                                    : k.requirementsDue.join(u", "_s));
        if (k.kycLink && !k.kycLink->isEmpty())
            showLink(m_kycLinkLineEdit, *k.kycLink);
        m_summaryLabel->setText(
            tr("KYC status refreshed at %1.").arg(QLocale().toString(QTime::currentTime())));
    });
}

void YativoCustomerDialog::showLink(QLineEdit *edit, const QString &link)
{
    if (link.isEmpty() || LinkPolicy::isOfferable(QUrl(link, QUrl::StrictMode))) {
        edit->setText(link);
        edit->setPlaceholderText({});
        return;
    }
    // Neither shown nor copyable: it would be pasted into a browser just the same.
    edit->clear();
    edit->setPlaceholderText(tr("Not shown: not an https address"));
    m_messageBar->showMessage(MessageBar::Level::Warning,
                              tr("Yativo sent a link that is not an https address; it is not offered."));
}

void YativoCustomerDialog::showFailure(const ApiError &error)
{
    m_messageBar->showError(error.userMessage() + u' '
                            + tr("Your entries are kept as a draft; correct them or retry."));
    QList<FieldIssue> current = issues();
    if (!error.jsonPath.isEmpty() && m_issues->editorFor(error.jsonPath)) {
        current.append({ error.jsonPath, error.message });
        m_issues->editorFor(error.jsonPath)->setFocus();
    }
    revalidate();
    m_issues->setSubmitAttempted(true);
    m_issues->show(current);
}

QString YativoCustomerDialog::statusText() const
{
    return m_messageBar->isVisibleTo(this) ? m_messageBar->text() : QString();
}

void YativoCustomerDialog::reject()
{
    if (m_submitting)
        return;
    m_autosaver->saveNow();
    QDialog::reject();
}

QByteArray YativoCustomerDialog::captureState() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << qint32(kDraftFormatVersion) << m_nameLineEdit->text() << m_emailLineEdit->text()
           << m_phoneLineEdit->text() << m_countryLineEdit->text() << qint32(m_typeComboBox->currentIndex())
           << m_sendKycMailCheckBox->isChecked();
    return state;
}

bool YativoCustomerDialog::restoreDraft(const QString &draftId)
{
    if (!m_autosaver->isAvailable())
        return false;
    const Result<QByteArray> payload = m_autosaver->load(draftId);
    if (!payload) {
        m_messageBar->showMessage(MessageBar::Level::Error,
                                  tr("The draft could not be opened: %1").arg(payload.error().message));
        return false;
    }
    QDataStream stream(payload.value());
    stream.setVersion(QDataStream::Qt_6_4);
    qint32 version = 0;
    QString name, email, phone, country;
    qint32 type = 0;
    bool sendMail = true;
    stream >> version >> name >> email >> phone >> country >> type >> sendMail;
    if (stream.status() != QDataStream::Ok || version != kDraftFormatVersion) {
        m_messageBar->showMessage(
            MessageBar::Level::Error,
            tr("The draft was saved by a different version of KYC Desk and cannot be restored."));
        return false;
    }
    m_draftEnvironment = m_autosaver->resume(draftId);
    m_nameLineEdit->setText(name);
    m_emailLineEdit->setText(email);
    m_phoneLineEdit->setText(phone);
    m_countryLineEdit->setText(country);
    m_typeComboBox->setCurrentIndex(type);
    m_sendKycMailCheckBox->setChecked(sendMail);
    m_messageBar->showMessage(MessageBar::Level::Info, tr("Restored from the draft saved earlier."));
    return true;
}

YativoCustomerDialog::~YativoCustomerDialog()
{
    // ~QWidget destroys the editors after this object has stopped being a YativoCustomerDialog; their last
    // signals (focus leaving a deleted line edit, a combo box emptied) must not reach our slots.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}
