#include "YativoCustomerDialog.h"

#include "DraftAutosaver.h"
#include "EnvironmentConfirmation.h"
#include "FieldIssueTracker.h"
#include "FormText.h"
#include "LinkPolicy.h"
#include "MessageBar.h"
#include "ScreenFit.h"
#include "ui_YativoCustomerDialog.h"
#include "YativoClient.h"
#include "YativoRequestValidator.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDataStream>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTime>
#include <QUuid>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kDraftFormatVersion = 1;

// Copy and Open for a read-only link from the vendor.
void connectLinkButtons(QLineEdit *edit, QPushButton *copy, QPushButton *open)
{
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
}
} // namespace

YativoCustomerDialog::YativoCustomerDialog(YativoClient *yativo, DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_yativo(yativo)
    , m_autosaver(new DraftAutosaver(drafts, u"yativo-create"_s,
                                     u"yativo-create/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     this))
    , m_ui(std::make_unique<Ui::YativoCustomerDialog>())
    , m_issues(new FieldIssueTracker(this))
{
    m_ui->setupUi(this);
    ScreenFit::fitToScreen(this); // the .ui size is for a large monitor
    // Letters only; the validator then checks the code is a real country.
    m_ui->countryLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_ui->countryLineEdit));
    m_ui->typeComboBox->addItem(tr("Individual"), u"individual"_s);
    m_ui->typeComboBox->addItem(tr("Business"), u"business"_s);
    const std::pair<QWidget *, QString> fields[] = {
        { m_ui->nameLineEdit, u"customer_name"_s },   { m_ui->emailLineEdit, u"customer_email"_s },
        { m_ui->phoneLineEdit, u"customer_phone"_s }, { m_ui->countryLineEdit, u"customer_country"_s },
        { m_ui->typeComboBox, u"customer_type"_s },   { m_ui->sendKycMailCheckBox, u"send_kyc_mail"_s },
    };
    for (const auto &[editor, path] : fields)
        m_issues->attach(editor, path);

    connectLinkButtons(m_ui->kycLinkLineEdit, m_ui->kycLinkCopyPushButton, m_ui->kycLinkOpenPushButton);
    connectLinkButtons(m_ui->tosLinkLineEdit, m_ui->tosLinkCopyPushButton, m_ui->tosLinkOpenPushButton);
    connect(m_ui->refreshKycPushButton, &QPushButton::clicked, this, &YativoCustomerDialog::refreshKycStatus);
    m_ui->resultGroupBox->hide();

    m_submitPushButton
        = m_ui->dialogButtonBox->addButton(tr("Create and get links"), QDialogButtonBox::AcceptRole);
    m_submitPushButton->setObjectName(u"submitPushButton"_s);
    m_submitPushButton->setDefault(true);
    m_closePushButton = m_ui->dialogButtonBox->addButton(QDialogButtonBox::Cancel);
    m_closePushButton->setObjectName(u"closePushButton"_s);
    connect(m_submitPushButton, &QPushButton::clicked, this, &YativoCustomerDialog::submit);
    connect(m_closePushButton, &QPushButton::clicked, this, &YativoCustomerDialog::reject);

    m_autosaver->setSource([this] { return tr("New Yativo customer"); }, [this] { return captureState(); });
    m_autosaver->setEnvironmentKey(m_environments.recordKey(Vendor::Yativo));
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
        m_ui->messageBar->showMessage(MessageBar::Level::Error,
                                      tr("The draft could not be saved: %1").arg(message));
    });
    for (QLineEdit *edit :
         { m_ui->nameLineEdit, m_ui->emailLineEdit, m_ui->phoneLineEdit, m_ui->countryLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &YativoCustomerDialog::onChanged);
    connect(m_ui->typeComboBox, &QComboBox::currentIndexChanged, this, &YativoCustomerDialog::onChanged);
    connect(m_ui->sendKycMailCheckBox, &QCheckBox::toggled, this, &YativoCustomerDialog::onChanged);
    connect(m_issues, &FieldIssueTracker::fieldLeft, this, &YativoCustomerDialog::revalidate);
    if (!m_yativo) {
        m_ui->messageBar->showMessage(
            MessageBar::Level::Warning,
            tr("Yativo is not configured. Open \"Vendors & credentials\" to choose an "
               "environment and enter the account id and app secret."));
    }
    revalidate();
    m_autosaver->markPristine();
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
    r.customerName = FormText::optionalText(m_ui->nameLineEdit);
    r.customerEmail = FormText::optionalText(m_ui->emailLineEdit);
    r.customerPhone = FormText::optionalText(m_ui->phoneLineEdit);
    r.customerCountry = FormText::optionalText(m_ui->countryLineEdit);
    if (r.customerCountry)
        r.customerCountry = r.customerCountry->toUpper();
    r.customerType = m_ui->typeComboBox->currentData().toString();
    r.sendKycMail = m_ui->sendKycMailCheckBox->isChecked();
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
        m_ui->summaryLabel->setText(tr("Created. Send the links to the customer."));
    else if (!current.isEmpty())
        m_ui->summaryLabel->setText(
            tr("To fix before sending: %1").arg(m_issues->labelsOf(current).join(u", "_s)));
    else if (!m_submitting)
        m_ui->summaryLabel->clear();
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
    m_ui->summaryLabel->setText(tr("Sending to Yativo…"));
    m_ui->messageBar->hide();
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
    showLink(m_ui->kycLinkLineEdit, customer.kycLink.value_or(QString()));
    showLink(m_ui->tosLinkLineEdit, customer.tosLink.value_or(QString()));
    m_ui->kycStatusLabel->setText(customer.kycStatus.value_or(tr("(not given)")));
    m_ui->tosStatusLabel->setText(customer.tosStatus.value_or(tr("(not given)")));
    m_ui->rejectionReasonsLabel->setText(
        customer.rejectionReasons.isEmpty() ? tr("None") : customer.rejectionReasons.join(u"\n"_s));
    m_ui->requirementsDueLabel->setText(tr("(refresh to ask Yativo)"));
    m_ui->resultGroupBox->show();
    for (QWidget *w :
         { static_cast<QWidget *>(m_ui->nameLineEdit), static_cast<QWidget *>(m_ui->emailLineEdit),
           static_cast<QWidget *>(m_ui->phoneLineEdit), static_cast<QWidget *>(m_ui->countryLineEdit),
           static_cast<QWidget *>(m_ui->typeComboBox), static_cast<QWidget *>(m_ui->sendKycMailCheckBox) })
        w->setEnabled(false);
    m_closePushButton->setText(tr("Close"));
    revalidate();
    Q_EMIT customerCreated(customer);
}

void YativoCustomerDialog::refreshKycStatus()
{
    if (!m_yativo || m_result.id.isEmpty())
        return;
    m_ui->refreshKycPushButton->setEnabled(false);
    m_ui->summaryLabel->setText(tr("Asking Yativo…"));
    m_yativo->kycStatus(m_result.id, this, [this](const Result<YativoKycStatus> &r) {
        m_ui->refreshKycPushButton->setEnabled(true);
        if (!r) {
            m_ui->summaryLabel->clear();
            m_ui->messageBar->showError(r.error().userMessage());
            return;
        }
        const YativoKycStatus &k = r.value();
        m_ui->kycStatusLabel->setText(k.status);
        m_ui->rejectionReasonsLabel->setText(k.rejectionReasons.isEmpty() ? tr("None")
                                                                          : k.rejectionReasons.join(u"\n"_s));
        m_ui->requirementsDueLabel->setText(k.requirementsDue.isEmpty() ? tr("Nothing")
                                                                        : k.requirementsDue.join(u", "_s));
        if (k.kycLink && !k.kycLink->isEmpty())
            showLink(m_ui->kycLinkLineEdit, *k.kycLink);
        m_ui->summaryLabel->setText(
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
    m_ui->messageBar->showMessage(MessageBar::Level::Warning,
                                  tr("Yativo sent a link that is not an https address; it is not offered."));
}

void YativoCustomerDialog::showFailure(const ApiError &error)
{
    m_ui->messageBar->showError(error.userMessage() + u' '
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
    return m_ui->messageBar->isVisibleTo(this) ? m_ui->messageBar->text() : QString();
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
    stream << qint32(kDraftFormatVersion) << m_ui->nameLineEdit->text() << m_ui->emailLineEdit->text()
           << m_ui->phoneLineEdit->text() << m_ui->countryLineEdit->text()
           << qint32(m_ui->typeComboBox->currentIndex()) << m_ui->sendKycMailCheckBox->isChecked();
    return state;
}

bool YativoCustomerDialog::restoreDraft(const QString &draftId)
{
    if (!m_autosaver->isAvailable())
        return false;
    const Result<QByteArray> payload = m_autosaver->load(draftId);
    if (!payload) {
        m_ui->messageBar->showMessage(MessageBar::Level::Error,
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
        m_ui->messageBar->showMessage(
            MessageBar::Level::Error,
            tr("The draft was saved by a different version of KYC Desk and cannot be restored."));
        return false;
    }
    m_draftEnvironment = m_autosaver->resume(draftId);
    m_ui->nameLineEdit->setText(name);
    m_ui->emailLineEdit->setText(email);
    m_ui->phoneLineEdit->setText(phone);
    m_ui->countryLineEdit->setText(country);
    m_ui->typeComboBox->setCurrentIndex(type);
    m_ui->sendKycMailCheckBox->setChecked(sendMail);
    m_ui->messageBar->showMessage(MessageBar::Level::Info, tr("Restored from the draft saved earlier."));
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
