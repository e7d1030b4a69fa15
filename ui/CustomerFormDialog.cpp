#include "CustomerFormDialog.h"

#include "AddressEditor.h"
#include "CustomerSubmitter.h"
#include "DocumentField.h"
#include "DraftStore.h"
#include "EnvironmentConfirmation.h"
#include "FieldIssueTracker.h"
#include "FormText.h"
#include "MessageBar.h"
#include "QuestionnaireEditor.h"
#include "SecretLineEdit.h"
#include "SphereRequestCodec.h"
#include "UboEditorDialog.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDataStream>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDraftFormatVersion = 1;

QString revenueLabel(const QString &bucket)
{
    static const QHash<QString, const char *> labels {
        { u"_0_99999"_s, QT_TRANSLATE_NOOP("CustomerFormDialog", "Under $100,000") },
        { u"_100000_999999"_s, QT_TRANSLATE_NOOP("CustomerFormDialog", "$100,000 – $999,999") },
        { u"_1000000_9999999"_s, QT_TRANSLATE_NOOP("CustomerFormDialog", "$1M – $9.99M") },
        { u"_10000000_49999999"_s, QT_TRANSLATE_NOOP("CustomerFormDialog", "$10M – $49.99M") },
        { u"_50000000_249999999"_s, QT_TRANSLATE_NOOP("CustomerFormDialog", "$50M – $249.99M") },
        { u"_250000000_plus"_s, QT_TRANSLATE_NOOP("CustomerFormDialog", "$250M or more") },
    };
    const char *label = labels.value(bucket);
    return label ? QCoreApplication::translate("CustomerFormDialog", label) : bucket;
}

QString activityLabel(const QString &activity)
{
    QString text = activity;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QFormLayout *formIn(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

QWidget *scrolled(QWidget *content)
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

} // namespace

CustomerFormDialog::CustomerFormDialog(Mode mode, SphereClient *sphere, DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_sphere(sphere)
    , m_drafts(drafts)
    , m_submitter(new CustomerSubmitter(sphere, this))
    , m_maxDocumentBytes(CustomerRequestValidator::kDefaultMaxDocumentBytes)
    , m_draftId((mode == Mode::Create ? u"sphere-create/"_s : u"sphere-update/"_s)
                + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_issues(new FieldIssueTracker(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(mode == Mode::Create ? u"createCustomerDialog"_s : u"updateCustomerDialog"_s);
    setWindowTitle(mode == Mode::Create ? tr("New Sphere customer") : tr("Update Sphere customer"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(DraftStore::kAutosaveDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CustomerFormDialog::saveDraft);
    if (m_drafts) {
        // The drafts' key may still be on its way from the keychain: what was typed meanwhile is
        // saved the moment it arrives.
        connect(m_drafts, &DraftStore::opened, this, [this] {
            if (m_draftWaiting)
                saveDraft();
        });
    }
    buildUi();

    connect(m_submitter, &CustomerSubmitter::succeeded, this, &CustomerFormDialog::onSubmitSucceeded);
    connect(m_submitter, &CustomerSubmitter::failed, this, &CustomerFormDialog::onSubmitFailed);
    connect(m_submitter, &CustomerSubmitter::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_uploadProgressBar->setRange(0, 1000);
        m_uploadProgressBar->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    });
    connect(m_submitter, &CustomerSubmitter::statusChanged, this,
            [this](const QString &status) { m_summaryLabel->setText(status); });
    onTypeChanged();
}

CustomerFormDialog::~CustomerFormDialog()
{
    // ~QWidget destroys the editors after this object has stopped being a CustomerFormDialog; their last
    // signals (focus leaving a deleted line edit, a combo box emptied) must not reach our slots.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void CustomerFormDialog::buildUi()
{
    m_messageBar = new MessageBar(this);

    auto *typeRow = new QHBoxLayout;
    m_typeComboBox = new QComboBox(this);
    m_typeComboBox->setObjectName(u"typeComboBox"_s);
    m_typeComboBox->addItem(tr("Individual"), u"individual"_s);
    m_typeComboBox->addItem(tr("Business"), u"business"_s);
    m_typeComboBox->setEnabled(m_mode == Mode::Create); // the vendor does not change a type
    auto *typeLabel = new QLabel(tr("Customer &type:"), this);
    typeLabel->setBuddy(m_typeComboBox);
    typeRow->addWidget(typeLabel);
    typeRow->addWidget(m_typeComboBox);
    typeRow->addStretch();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"formTabWidget"_s);
    m_identityStack = new QStackedWidget(this);
    m_identityStack->addWidget(buildPersonPage());
    m_identityStack->addWidget(buildCompanyPage());
    m_tabs->addTab(scrolled(m_identityStack), tr("Customer"));
    m_tabs->addTab(scrolled(buildContactPage()), tr("Contact && address"));
    m_tabs->addTab(buildOwnersPage(), tr("Owners"));
    m_tabs->addTab(scrolled(buildDocumentsPage()), tr("Documents"));
    m_tabs->addTab(scrolled(buildCompliancePage()), tr("Compliance"));
    m_tabs->addTab(buildMetaPage(), tr("Meta"));

    m_uploadProgressBar = new QProgressBar(this);
    m_uploadProgressBar->setObjectName(u"uploadProgressBar"_s);
    m_uploadProgressBar->setFormat(tr("Uploading %p%"));
    m_uploadProgressBar->hide();
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_submitPushButton = m_buttons->addButton(
        m_mode == Mode::Create ? tr("Create customer") : tr("Save changes"), QDialogButtonBox::AcceptRole);
    m_submitPushButton->setObjectName(u"submitPushButton"_s);
    m_submitPushButton->setDefault(true);
    connect(m_submitPushButton, &QPushButton::clicked, this, &CustomerFormDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CustomerFormDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(typeRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_uploadProgressBar);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_buttons);
    resize(720, 760);

    connect(m_typeComboBox, &QComboBox::currentIndexChanged, this, &CustomerFormDialog::onTypeChanged);
    connect(m_issues, &FieldIssueTracker::fieldLeft, this, [this] { revalidate(); });
    // Every edit revalidates and schedules a draft save.
    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits)
        if (!edit->objectName().isEmpty())
            connect(edit, &QLineEdit::textChanged, this, &CustomerFormDialog::onChanged);
    const auto combos = findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerFormDialog::onChanged);
    const auto checks = findChildren<QCheckBox *>();
    for (QCheckBox *check : checks)
        connect(check, &QCheckBox::toggled, this, &CustomerFormDialog::onChanged);
    connect(m_descriptionPlainTextEdit, &QPlainTextEdit::textChanged, this, &CustomerFormDialog::onChanged);
    connect(m_highRiskActivitiesListWidget, &QListWidget::itemChanged, this, &CustomerFormDialog::onChanged);
    connect(m_metaTableWidget, &QTableWidget::itemChanged, this, &CustomerFormDialog::onChanged);
    const auto documents = findChildren<DocumentField *>();
    for (DocumentField *field : documents)
        connect(field, &DocumentField::changed, this, &CustomerFormDialog::onChanged);
}

QWidget *CustomerFormDialog::buildPersonPage()
{
    auto *page = new QWidget;
    auto *form = formIn(page);
    m_firstNameLineEdit = new QLineEdit(page);
    m_firstNameLineEdit->setObjectName(u"firstNameLineEdit"_s);
    m_lastNameLineEdit = new QLineEdit(page);
    m_lastNameLineEdit->setObjectName(u"lastNameLineEdit"_s);
    m_dobLineEdit = new QLineEdit(page);
    m_dobLineEdit->setObjectName(u"dobLineEdit"_s);
    m_dobLineEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_ssnLineEdit = new SecretLineEdit(page);
    m_ssnLineEdit->setObjectName(u"ssnLineEdit"_s);
    m_ssnLineEdit->setPlaceholderText(tr("123-45-6789"));
    m_issues->addRow(form, tr("&First name:"), m_firstNameLineEdit, u"firstName"_s);
    m_issues->addRow(form, tr("&Last name:"), m_lastNameLineEdit, u"lastName"_s);
    m_issues->addRow(form, tr("Date of &birth:"), m_dobLineEdit, u"dob"_s);
    m_issues->addRow(form, tr("&SSN:"), m_ssnLineEdit, u"ssn"_s);
    return page;
}

QWidget *CustomerFormDialog::buildCompanyPage()
{
    auto *page = new QWidget;
    auto *form = formIn(page);
    m_nameLineEdit = new QLineEdit(page);
    m_nameLineEdit->setObjectName(u"nameLineEdit"_s);
    m_einLineEdit = new SecretLineEdit(page);
    m_einLineEdit->setObjectName(u"einLineEdit"_s);
    m_einLineEdit->setPlaceholderText(tr("12-3456789"));
    m_descriptionPlainTextEdit = new QPlainTextEdit(page);
    m_descriptionPlainTextEdit->setObjectName(u"descriptionPlainTextEdit"_s);
    m_descriptionPlainTextEdit->setTabChangesFocus(true);
    m_descriptionPlainTextEdit->setMaximumHeight(90);
    m_businessTypeComboBox = new QComboBox(page);
    m_businessTypeComboBox->setObjectName(u"businessTypeComboBox"_s);
    m_businessTypeComboBox->addItem(tr("(not given)"));
    m_businessTypeComboBox->addItem(tr("Individual"), u"individual"_s);
    m_businessTypeComboBox->addItem(tr("Business"), u"business"_s);
    m_issues->addRow(form, tr("Legal &name:"), m_nameLineEdit, u"name"_s);
    m_issues->addRow(form, tr("&EIN:"), m_einLineEdit, u"ein"_s);
    m_issues->addRow(form, tr("&Description:"), m_descriptionPlainTextEdit, u"description"_s);
    m_issues->addRow(form, tr("Business t&ype:"), m_businessTypeComboBox, u"businessType"_s);
    return page;
}

QWidget *CustomerFormDialog::buildContactPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *contact = new QGroupBox(tr("Contact"), page);
    auto *form = formIn(contact);
    m_emailLineEdit = new QLineEdit(contact);
    m_emailLineEdit->setObjectName(u"emailLineEdit"_s);
    m_phoneLineEdit = new QLineEdit(contact);
    m_phoneLineEdit->setObjectName(u"phoneLineEdit"_s);
    m_phoneLineEdit->setPlaceholderText(tr("+12345678900 (E.164)"));
    m_websiteLineEdit = new QLineEdit(contact);
    m_websiteLineEdit->setObjectName(u"websiteLineEdit"_s);
    m_websiteLineEdit->setPlaceholderText(tr("https://"));
    m_lookupKeyLineEdit = new QLineEdit(contact);
    m_lookupKeyLineEdit->setObjectName(u"lookupKeyLineEdit"_s);
    m_lookupKeyLineEdit->setPlaceholderText(tr("Your own reference; also used to avoid duplicates"));
    m_highVolumeCheckBox = new QCheckBox(tr("High-volume customer"), contact);
    m_highVolumeCheckBox->setObjectName(u"highVolumeCheckBox"_s);
    m_highVolumeCheckBox->setTristate(true);
    m_highVolumeCheckBox->setCheckState(Qt::PartiallyChecked);
    m_highVolumeCheckBox->setToolTip(tr("Partially checked: not given."));
    m_issues->addRow(form, tr("E&mail:"), m_emailLineEdit, u"email"_s);
    m_issues->addRow(form, tr("&Phone:"), m_phoneLineEdit, u"phoneNumber"_s);
    m_issues->addRow(form, tr("&Website:"), m_websiteLineEdit, u"website"_s);
    m_issues->addRow(form, tr("Loo&kup key:"), m_lookupKeyLineEdit, u"lookupKey"_s);
    m_issues->addRow(form, QString(), m_highVolumeCheckBox, u"highVolume"_s);
    layout->addWidget(contact);
    auto *addressBox = new QGroupBox(tr("Address"), page);
    auto *addressLayout = new QVBoxLayout(addressBox);
    m_addressEditor = new AddressEditor(m_issues, u"address."_s, addressBox);
    addressLayout->addWidget(m_addressEditor);
    layout->addWidget(addressBox);
    layout->addStretch();
    return page;
}

QWidget *CustomerFormDialog::buildOwnersPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Ultimate beneficial owners of the business. Each needs a name, and Sphere "
                                "asks for date of birth, SSN and identity documents to verify them."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_ubosTableWidget = new QTableWidget(0, 4, page);
    m_ubosTableWidget->setObjectName(u"ubosTableWidget"_s);
    m_ubosTableWidget->setHorizontalHeaderLabels(
        { tr("Name"), tr("Date of birth"), tr("SSN"), tr("Documents") });
    m_ubosTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ubosTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ubosTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ubosTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ubosTableWidget->verticalHeader()->hide();
    layout->addWidget(m_ubosTableWidget, 1);
    m_ubosIssueLabel = new QLabel(page);
    layout->addWidget(m_ubosIssueLabel);
    m_issues->track(m_ubosTableWidget, u"ubos"_s, tr("Owners"), m_ubosIssueLabel);
    auto *buttons = new QHBoxLayout;
    m_addUboPushButton = new QPushButton(tr("&Add owner…"), page);
    m_addUboPushButton->setObjectName(u"addUboPushButton"_s);
    m_editUboPushButton = new QPushButton(tr("&Edit owner…"), page);
    m_editUboPushButton->setObjectName(u"editUboPushButton"_s);
    m_removeUboPushButton = new QPushButton(tr("&Remove owner"), page);
    m_removeUboPushButton->setObjectName(u"removeUboPushButton"_s);
    buttons->addWidget(m_addUboPushButton);
    buttons->addWidget(m_editUboPushButton);
    buttons->addWidget(m_removeUboPushButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_addUboPushButton, &QPushButton::clicked, this, &CustomerFormDialog::addOwner);
    connect(m_editUboPushButton, &QPushButton::clicked, this, &CustomerFormDialog::editOwner);
    connect(m_removeUboPushButton, &QPushButton::clicked, this, &CustomerFormDialog::removeOwner);
    connect(m_ubosTableWidget, &QTableWidget::itemSelectionChanged, this, &CustomerFormDialog::refreshOwners);
    connect(m_ubosTableWidget, &QTableWidget::cellDoubleClicked, this, &CustomerFormDialog::editOwner);
    return page;
}

DocumentField *CustomerFormDialog::addDocument(QLayout *layout, const QString &title, const QString &field,
                                               const QString &name)
{
    auto *parent = layout->parentWidget();
    auto *document = new DocumentField(title, parent);
    document->setObjectName(name);
    layout->addWidget(document);
    auto *issue = new QLabel(parent);
    layout->addWidget(issue);
    m_issues->track(document, field, title, issue);
    return document;
}

QWidget *CustomerFormDialog::buildDocumentsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *common = new QWidget(page);
    auto *commonLayout = new QVBoxLayout(common);
    commonLayout->setContentsMargins(0, 0, 0, 0);
    m_proofOfAddressField = addDocument(commonLayout, tr("Proof of address"), u"proofOfAddressDocument"_s,
                                        u"proofOfAddressDocumentField"_s);
    layout->addWidget(common);

    m_personDocuments = new QWidget(page);
    auto *person = new QVBoxLayout(m_personDocuments);
    person->setContentsMargins(0, 0, 0, 0);
    m_identityFrontField = addDocument(person, tr("Identity document (front)"), u"identityDocumentFront"_s,
                                       u"identityDocumentFrontField"_s);
    m_identityBackField = addDocument(person, tr("Identity document (back)"), u"identityDocumentBack"_s,
                                      u"identityDocumentBackField"_s);
    layout->addWidget(m_personDocuments);

    m_companyDocuments = new QWidget(page);
    auto *company = new QVBoxLayout(m_companyDocuments);
    company->setContentsMargins(0, 0, 0, 0);
    m_incorporationField = addDocument(company, tr("Incorporation document"), u"incorporationDocument"_s,
                                       u"incorporationDocumentField"_s);
    m_shareholderField = addDocument(company, tr("Shareholder document"), u"shareholderDocument"_s,
                                     u"shareholderDocumentField"_s);
    m_statementOfFundsField
        = addDocument(company, tr("Statement of funds"), u"statementOfFunds"_s, u"statementOfFundsField"_s);
    layout->addWidget(m_companyDocuments);
    layout->addStretch();
    return page;
}

QWidget *CustomerFormDialog::buildCompliancePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    m_companyCompliance = new QWidget(page);
    auto *form = formIn(m_companyCompliance);
    m_thirdPartyCheckBox = new QCheckBox(tr("The business acts for a third party"), m_companyCompliance);
    m_thirdPartyCheckBox->setObjectName(u"thirdPartyCheckBox"_s);
    m_thirdPartyCheckBox->setTristate(true);
    m_thirdPartyCheckBox->setCheckState(Qt::PartiallyChecked);
    m_thirdPartyCheckBox->setToolTip(tr("Partially checked: not answered."));
    m_thirdPartyMessageLineEdit = new QLineEdit(m_companyCompliance);
    m_thirdPartyMessageLineEdit->setObjectName(u"thirdPartyMessageLineEdit"_s);
    m_tosAcceptedCheckBox
        = new QCheckBox(tr("The business has accepted Sphere's Terms of Service"), m_companyCompliance);
    m_tosAcceptedCheckBox->setObjectName(u"tosAcceptedCheckBox"_s);
    auto *disclaimer = new QLabel(QString::fromUtf16(kSphereTosDisclaimer), m_companyCompliance);
    disclaimer->setObjectName(u"tosDisclaimerLabel"_s);
    disclaimer->setWordWrap(true);
    disclaimer->setStyleSheet(u"font-style: italic;"_s);
    m_revenueComboBox = new QComboBox(m_companyCompliance);
    m_revenueComboBox->setObjectName(u"revenueComboBox"_s);
    m_revenueComboBox->addItem(tr("(not given)"));
    for (const QString &bucket : sphereRevenueBuckets())
        m_revenueComboBox->addItem(revenueLabel(bucket), bucket);
    m_expectedMonthlyPaymentsUsdLineEdit = new QLineEdit(m_companyCompliance);
    m_expectedMonthlyPaymentsUsdLineEdit->setObjectName(u"expectedMonthlyPaymentsUsdLineEdit"_s);
    m_expectedMonthlyPaymentsUsdLineEdit->setPlaceholderText(tr("USD per month, e.g. 25000"));
    m_operatesInProhibitedCountriesCheckBox
        = new QCheckBox(tr("Operates in prohibited countries"), m_companyCompliance);
    m_operatesInProhibitedCountriesCheckBox->setObjectName(u"operatesInProhibitedCountriesCheckBox"_s);
    m_operatesInProhibitedCountriesCheckBox->setTristate(true);
    m_operatesInProhibitedCountriesCheckBox->setCheckState(Qt::PartiallyChecked);
    m_operatesInProhibitedCountriesCheckBox->setToolTip(tr("Partially checked: not answered."));
    m_highRiskActivitiesListWidget = new QListWidget(m_companyCompliance);
    m_highRiskActivitiesListWidget->setObjectName(u"highRiskActivitiesListWidget"_s);
    for (const QString &activity : sphereHighRiskActivities()) {
        auto *item = new QListWidgetItem(activityLabel(activity), m_highRiskActivitiesListWidget);
        item->setData(Qt::UserRole, activity);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_highRiskActivitiesListWidget->setMinimumHeight(140);
    m_sourceOfFundsLineEdit = new QLineEdit(m_companyCompliance);
    m_sourceOfFundsLineEdit->setObjectName(u"sourceOfFundsLineEdit"_s);
    m_transmitsCustomerFundsCheckBox = new QCheckBox(tr("Transmits customer funds"), m_companyCompliance);
    m_transmitsCustomerFundsCheckBox->setObjectName(u"transmitsCustomerFundsCheckBox"_s);
    m_transmitsCustomerFundsCheckBox->setTristate(true);
    m_transmitsCustomerFundsCheckBox->setCheckState(Qt::PartiallyChecked);
    m_transmitsCustomerFundsCheckBox->setToolTip(tr("Partially checked: not answered."));
    m_transmitsCustomerFundsDescriptionLineEdit = new QLineEdit(m_companyCompliance);
    m_transmitsCustomerFundsDescriptionLineEdit->setObjectName(
        u"transmitsCustomerFundsDescriptionLineEdit"_s);
    m_issues->addRow(form, QString(), m_thirdPartyCheckBox, u"thirdParty"_s);
    m_issues->addRow(form, tr("Message to the third party:"), m_thirdPartyMessageLineEdit,
                     u"thirdPartyMessage"_s);
    m_issues->addRow(form, QString(), m_tosAcceptedCheckBox, u"tosAccepted"_s);
    form->addRow(QString(), disclaimer);
    m_issues->addRow(form, tr("Estimated annual revenue:"), m_revenueComboBox,
                     u"estimatedAnnualRevenueUsd"_s);
    m_issues->addRow(form, tr("Expected monthly payments (USD):"), m_expectedMonthlyPaymentsUsdLineEdit,
                     u"expectedMonthlyPaymentsUsd"_s);
    m_issues->addRow(form, QString(), m_operatesInProhibitedCountriesCheckBox,
                     u"operatesInProhibitedCountries"_s);
    m_issues->addRow(form, tr("High-risk activities:"), m_highRiskActivitiesListWidget,
                     u"highRiskActivities"_s);
    m_issues->addRow(form, tr("Source of funds:"), m_sourceOfFundsLineEdit, u"sourceOfFundsDescription"_s);
    m_issues->addRow(form, QString(), m_transmitsCustomerFundsCheckBox, u"transmitsCustomerFunds"_s);
    m_issues->addRow(form, tr("How customer funds are transmitted:"),
                     m_transmitsCustomerFundsDescriptionLineEdit, u"transmitsCustomerFundsDescription"_s);
    layout->addWidget(m_companyCompliance);

    m_personQuestionnaire = new QGroupBox(tr("Questionnaire (Sphere accepts these only on update)"), page);
    auto *questions = new QVBoxLayout(m_personQuestionnaire);
    m_questionnaire = new QuestionnaireEditor(m_issues, QString(), m_personQuestionnaire);
    questions->addWidget(m_questionnaire);
    layout->addWidget(m_personQuestionnaire);
    layout->addStretch();
    return page;
}

QWidget *CustomerFormDialog::buildMetaPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("Key-value pairs stored with the customer for your own use."), page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_metaTableWidget = new QTableWidget(0, 2, page);
    m_metaTableWidget->setObjectName(u"metaTableWidget"_s);
    m_metaTableWidget->setHorizontalHeaderLabels({ tr("Key"), tr("Value") });
    m_metaTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_metaTableWidget->verticalHeader()->hide();
    layout->addWidget(m_metaTableWidget, 1);
    auto *issue = new QLabel(page);
    layout->addWidget(issue);
    m_issues->track(m_metaTableWidget, u"meta"_s, tr("Meta"), issue);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add &entry"), page);
    add->setObjectName(u"addMetaPushButton"_s);
    auto *remove = new QPushButton(tr("Remove entry"), page);
    remove->setObjectName(u"removeMetaPushButton"_s);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_metaTableWidget->rowCount();
        m_metaTableWidget->insertRow(row);
        m_metaTableWidget->setItem(row, 0, new QTableWidgetItem);
        m_metaTableWidget->setItem(row, 1, new QTableWidgetItem);
        m_metaTableWidget->setCurrentCell(row, 0);
        m_metaTableWidget->editItem(m_metaTableWidget->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_metaTableWidget->currentRow();
        if (row >= 0) {
            m_metaTableWidget->removeRow(row);
            onChanged();
        }
    });
    return page;
}

bool CustomerFormDialog::isBusiness() const
{
    return m_typeComboBox->currentData().toString() == u"business"_s;
}

void CustomerFormDialog::onTypeChanged()
{
    const bool business = isBusiness();
    m_identityStack->setCurrentIndex(business ? 1 : 0);
    m_tabs->setTabVisible(2, business);
    m_personDocuments->setVisible(!business);
    m_companyDocuments->setVisible(business);
    m_companyCompliance->setVisible(business);
    m_personQuestionnaire->setVisible(!business && m_mode == Mode::Update);
    m_tabs->setTabVisible(4, business || m_mode == Mode::Update);
    onChanged();
}

void CustomerFormDialog::setMaxDocumentBytes(qint64 maxBytes)
{
    m_maxDocumentBytes = maxBytes;
    const auto documents = findChildren<DocumentField *>();
    for (DocumentField *field : documents)
        field->setMaxBytes(maxBytes);
    revalidate();
}

CustomerRequest CustomerFormDialog::request() const
{
    CustomerRequest r;
    const bool business = isBusiness();
    r.type = m_typeComboBox->currentData().toString();
    for (int row = 0; row < m_metaTableWidget->rowCount(); ++row) {
        const QTableWidgetItem *key = m_metaTableWidget->item(row, 0);
        const QTableWidgetItem *value = m_metaTableWidget->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            r.meta.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    // An update compares meta with what Sphere has (fromCustomer), so an emptied table is sent as
    // {}: meta is one object and goes whole. A create sends meta only when there is some.
    r.hasMeta = !r.meta.isEmpty() || m_mode == Mode::Update;
    r.lookupKey = FormText::optionalText(m_lookupKeyLineEdit);
    r.email = FormText::optionalText(m_emailLineEdit);
    r.website = FormText::optionalText(m_websiteLineEdit);
    if (m_highVolumeCheckBox->checkState() != Qt::PartiallyChecked)
        r.highVolume = m_highVolumeCheckBox->isChecked();
    r.phoneNumber = FormText::optionalText(m_phoneLineEdit);
    r.address = m_addressEditor->address();
    r.proofOfAddressDocument = m_proofOfAddressField->document();

    bool malformed = false;
    if (!business) {
        r.firstName = FormText::optionalText(m_firstNameLineEdit);
        r.lastName = FormText::optionalText(m_lastNameLineEdit);
        r.dob = FormText::parseDate(m_dobLineEdit->text(), &malformed);
        r.ssn = FormText::optionalText(m_ssnLineEdit);
        r.identityDocumentFront = m_identityFrontField->document();
        r.identityDocumentBack = m_identityBackField->document();
        if (m_mode == Mode::Update) {
            m_questionnaire->readInto(r);
        }
        return r;
    }
    r.name = FormText::optionalText(m_nameLineEdit);
    r.ein = FormText::optionalText(m_einLineEdit);
    r.description = FormText::optionalText(m_descriptionPlainTextEdit);
    if (m_businessTypeComboBox->currentIndex() > 0)
        r.businessType = m_businessTypeComboBox->currentData().toString();
    if (m_thirdPartyCheckBox->checkState() != Qt::PartiallyChecked)
        r.thirdParty = m_thirdPartyCheckBox->isChecked();
    r.thirdPartyMessage = FormText::optionalText(m_thirdPartyMessageLineEdit);
    if (m_tosAcceptedCheckBox->isChecked()) {
        r.tosAccepted = true;
        r.tosDisclaimer = QString::fromUtf16(kSphereTosDisclaimer);
    }
    r.hasUbos = !m_ubos.isEmpty() || m_mode == Mode::Update;
    r.ubos = m_ubos;
    r.incorporationDocument = m_incorporationField->document();
    r.shareholderDocument = m_shareholderField->document();
    r.statementOfFunds = m_statementOfFundsField->document();
    if (m_revenueComboBox->currentIndex() > 0)
        r.estimatedAnnualRevenueUsd = m_revenueComboBox->currentData().toString();
    r.expectedMonthlyPaymentsUsd
        = FormText::parseAmount(m_expectedMonthlyPaymentsUsdLineEdit->text(), &malformed);
    if (m_operatesInProhibitedCountriesCheckBox->checkState() != Qt::PartiallyChecked)
        r.operatesInProhibitedCountries = m_operatesInProhibitedCountriesCheckBox->isChecked();
    QStringList activities;
    for (int i = 0; i < m_highRiskActivitiesListWidget->count(); ++i) {
        const QListWidgetItem *item = m_highRiskActivitiesListWidget->item(i);
        if (item->checkState() == Qt::Checked)
            activities.append(item->data(Qt::UserRole).toString());
    }
    if (!activities.isEmpty())
        r.highRiskActivities = activities;
    r.sourceOfFundsDescription = FormText::optionalText(m_sourceOfFundsLineEdit);
    if (m_transmitsCustomerFundsCheckBox->checkState() != Qt::PartiallyChecked)
        r.transmitsCustomerFunds = m_transmitsCustomerFundsCheckBox->isChecked();
    r.transmitsCustomerFundsDescription = FormText::optionalText(m_transmitsCustomerFundsDescriptionLineEdit);
    return r;
}

CustomerRequest CustomerFormDialog::changes() const
{
    return SphereRequestCodec::changedFields(m_baseline, request());
}

CustomerRequest CustomerFormDialog::requestToSend() const
{
    return m_mode == Mode::Create ? request() : changes();
}

QList<FieldIssue> CustomerFormDialog::clearedFieldIssues() const
{
    // The vendor leaves out fields unchanged, so emptying a box cannot clear a value on Sphere;
    // say so instead of silently keeping the old value.
    QList<FieldIssue> result;
    for (auto it = m_baselineTexts.constBegin(); it != m_baselineTexts.constEnd(); ++it) {
        if (it.value().isEmpty() || !it.key()->text().trimmed().isEmpty() || !it.key()->isVisibleTo(this))
            continue;
        const QString path = it.key()->property("fieldPath").toString();
        if (!path.isEmpty())
            result.append({ path, tr("Sphere cannot clear a value; enter the new value instead.") });
    }
    // Owners are edited in their own dialog; what one of them lost is named in the summary.
    const QStringList cleared = SphereRequestCodec::clearedFields(m_baseline, request());
    for (const QString &path : cleared)
        if (path.startsWith(u"ubos["_s))
            result.append({ path, tr("Sphere cannot clear a value; enter the new value instead.") });
    return result;
}

QList<FieldIssue> CustomerFormDialog::issues() const
{
    return issuesOf(requestToSend());
}

QList<FieldIssue> CustomerFormDialog::issuesOf(const CustomerRequest &toSend) const
{
    QList<FieldIssue> result;
    bool malformed = false;
    if (!isBusiness()) {
        FormText::parseDate(m_dobLineEdit->text(), &malformed);
        if (malformed)
            result.append({ u"dob"_s, tr("Enter the date as YYYY-MM-DD, e.g. 1990-03-23.") });
    } else {
        FormText::parseAmount(m_expectedMonthlyPaymentsUsdLineEdit->text(), &malformed);
        if (malformed)
            result.append(
                { u"expectedMonthlyPaymentsUsd"_s, tr("Enter an amount in US dollars, e.g. 25000.") });
    }
    // A refused file (wrong type, too big, unreadable) is an issue of its field even when an
    // earlier, good file is still attached: the analyst meant to replace it.
    const auto documents = findChildren<DocumentField *>();
    for (const DocumentField *field : documents)
        if (!field->problem().isEmpty() && field->isVisibleTo(this) && field->window() == this)
            result.append({ field->property("fieldPath").toString(), field->problem() });

    // An update checks only what is sent: a stored value the form cannot read back (a legacy phone
    // format, say) must not block an unrelated change.
    const auto mode = m_mode == Mode::Create ? CustomerRequestValidator::Mode::Create
                                             : CustomerRequestValidator::Mode::Update;
    result += CustomerRequestValidator::validate(toSend, mode, m_maxDocumentBytes);
    if (m_mode == Mode::Update)
        result += clearedFieldIssues();
    return result;
}

void CustomerFormDialog::onChanged()
{
    if (m_restoring)
        return;
    revalidate();
    scheduleDraftSave();
}

void CustomerFormDialog::revalidate(const QList<FieldIssue> &vendorIssues)
{
    const CustomerRequest toSend = requestToSend();
    const QList<FieldIssue> current = issuesOf(toSend);
    // The vendor's own complaints are shown beside the fields but do not block a retry: only the
    // analyst's next edit (which revalidates without them) can tell whether they are resolved.
    const QList<FieldIssue> unplaced = m_issues->show(current + vendorIssues);
    bool encoding = false;
    const auto documents = findChildren<DocumentField *>();
    for (const DocumentField *field : documents)
        encoding = encoding || (field->isEncoding() && field->window() == this);

    // Mark tabs that hold an issue, so nothing hides behind another page.
    for (int tab = 0; tab < m_tabs->count(); ++tab) {
        QString title = m_tabs->tabText(tab);
        if (title.endsWith(u" ●"_s))
            title.chop(2);
        bool hasIssue = false;
        for (const FieldIssue &issue : current) {
            QWidget *editor = m_issues->editorFor(issue.field);
            if (editor && m_tabs->widget(tab)->isAncestorOf(editor))
                hasIssue = true;
        }
        m_tabs->setTabText(tab, hasIssue ? title + u" ●"_s : title);
    }

    const QString verb = m_mode == Mode::Create ? tr("Create customer") : tr("Save changes");
    bool enabled = !m_submitting && !encoding && current.isEmpty() && !m_customerApproved;
    const QStringList labels = m_issues->labelsOf(current);
    QString summary;
    if (m_customerApproved) {
        summary = tr("This customer's KYC is approved; Sphere does not allow changes.");
    } else if (encoding) {
        summary = tr("Encoding documents…");
    } else if (!current.isEmpty()) {
        summary = tr("To fix before sending: %1").arg(labels.join(u", "_s));
        for (const FieldIssue &issue : unplaced)
            summary += u"\n"_s + issue.message;
    } else if (m_mode == Mode::Update && SphereRequestCodec::isEmpty(toSend)) {
        summary = tr("No changes yet.");
        enabled = false;
    }
    if (!m_submitting)
        m_summaryLabel->setText(summary);
    m_submitPushButton->setEnabled(enabled);
    m_submitPushButton->setText(current.isEmpty() || m_customerApproved
                                    ? (m_everSubmitted ? tr("Retry") : verb)
                                    : tr("%n field(s) to fix", nullptr, int(labels.size())));
    m_submitPushButton->setToolTip(summary);
}

void CustomerFormDialog::refreshOwners()
{
    m_ubosTableWidget->setRowCount(int(m_ubos.size()));
    for (int row = 0; row < m_ubos.size(); ++row) {
        const UboRequest &ubo = m_ubos.at(row);
        const QString name
            = QStringList { ubo.firstName.value_or(QString()), ubo.lastName.value_or(QString()) }
                  .join(u' ')
                  .trimmed();
        int documents = (ubo.identityDocumentFront ? 1 : 0) + (ubo.identityDocumentBack ? 1 : 0);
        const QStringList cells { name, ubo.dob ? tr("given") : tr("—"),
                                  // PII: only whether it is there, never the number.
                                  ubo.ssn ? u"•••-••-••••"_s : tr("—"), QString::number(documents) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = m_ubosTableWidget->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_ubosTableWidget->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
    }
    const bool selected
        = m_ubosTableWidget->currentRow() >= 0 && !m_ubosTableWidget->selectedItems().isEmpty();
    m_editUboPushButton->setEnabled(selected);
    m_removeUboPushButton->setEnabled(selected);
}

void CustomerFormDialog::addOwner()
{
    openOwnerEditor(-1);
}

void CustomerFormDialog::editOwner()
{
    const int row = m_ubosTableWidget->currentRow();
    if (row >= 0 && row < m_ubos.size())
        openOwnerEditor(row);
}

void CustomerFormDialog::removeOwner()
{
    const int row = m_ubosTableWidget->currentRow();
    if (row < 0 || row >= m_ubos.size())
        return;
    m_ubos.removeAt(row);
    refreshOwners();
    onChanged();
}

void CustomerFormDialog::openOwnerEditor(int index)
{
    auto *editor = new UboEditorDialog(m_mode == Mode::Create ? CustomerRequestValidator::Mode::Create
                                                              : CustomerRequestValidator::Mode::Update,
                                       m_maxDocumentBytes, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (index >= 0)
        editor->setUbo(m_ubos.at(index));
    connect(editor, &QDialog::accepted, this, [this, editor, index] {
        if (index >= 0 && index < m_ubos.size())
            m_ubos[index] = editor->ubo();
        else
            m_ubos.append(editor->ubo());
        refreshOwners();
        onChanged();
    });
    editor->open();
}

void CustomerFormDialog::setCustomer(const Customer &customer)
{
    m_restoring = true;
    m_customerId = customer.id;
    m_draftId = u"sphere-update/"_s + customer.id;
    m_customerApproved = customer.kyc.value == KycStatus::Approved;
    const CustomerRequest prefill = SphereRequestCodec::fromCustomer(customer);
    const int typeIndex = m_typeComboBox->findData(prefill.type.value_or(u"individual"_s));
    m_typeComboBox->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    FormText::setText(m_emailLineEdit, prefill.email);
    FormText::setText(m_phoneLineEdit, prefill.phoneNumber);
    FormText::setText(m_websiteLineEdit, prefill.website);
    FormText::setText(m_lookupKeyLineEdit, prefill.lookupKey);
    m_addressEditor->setAddress(prefill.address);
    FormText::setText(m_firstNameLineEdit, prefill.firstName);
    FormText::setText(m_lastNameLineEdit, prefill.lastName);
    FormText::setText(m_nameLineEdit, prefill.name);
    m_descriptionPlainTextEdit->setPlainText(prefill.description.value_or(QString()));
    if (prefill.thirdParty)
        m_thirdPartyCheckBox->setCheckState(*prefill.thirdParty ? Qt::Checked : Qt::Unchecked);
    FormText::setText(m_thirdPartyMessageLineEdit, prefill.thirdPartyMessage);
    FormText::setText(m_sourceOfFundsLineEdit, prefill.sourceOfFundsDescription);
    m_metaTableWidget->setRowCount(0);
    for (auto it = prefill.meta.constBegin(); it != prefill.meta.constEnd(); ++it) {
        const int row = m_metaTableWidget->rowCount();
        m_metaTableWidget->insertRow(row);
        m_metaTableWidget->setItem(row, 0, new QTableWidgetItem(it.key()));
        m_metaTableWidget->setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    m_restoring = false;
    onTypeChanged();

    m_baseline = request();
    m_baselineTexts.clear();
    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits) {
        const QString path = edit->property("fieldPath").toString();
        if (!path.isEmpty() && !edit->text().isEmpty())
            m_baselineTexts.insert(edit, edit->text());
    }
    setWindowTitle(tr("Update %1").arg(customer.displayName()));
    if (m_customerApproved)
        setBanner(tr("%1's KYC is approved. Sphere does not allow an approved customer to be updated, so "
                     "nothing can be sent from this form.")
                      .arg(customer.displayName()),
                  true);
    revalidate();
}

void CustomerFormDialog::setBanner(const QString &text, bool error)
{
    if (text.isEmpty())
        m_messageBar->hide();
    else
        m_messageBar->showMessage(error ? MessageBar::Level::Error : MessageBar::Level::Info, text);
}

QString CustomerFormDialog::statusText() const
{
    return m_messageBar->isVisibleTo(this) ? m_messageBar->text() : QString();
}

void CustomerFormDialog::submit()
{
    m_issues->setSubmitAttempted(true);
    revalidate();
    if (!m_submitPushButton->isEnabled() || m_submitting)
        return;
    saveDraft(); // the draft is what survives a crash mid-request
    EnvironmentConfirmation::confirmThenSend(
        this, m_environments,
        m_mode == Mode::Create ? tr("create this customer in Sphere") : tr("update this customer in Sphere"),
        [this] {
            if (!m_submitting)
                send();
        },
        EnvironmentConfirmation::resumed(Vendor::Sphere, m_draftEnvironment));
}

void CustomerFormDialog::send()
{
    m_submitting = true;
    m_everSubmitted = true;
    m_submitPushButton->setEnabled(false);
    m_uploadProgressBar->setRange(0, 0);
    m_uploadProgressBar->show();
    setBanner({}, false);
    if (m_mode == Mode::Create)
        m_submitter->submitCreate(request());
    else
        m_submitter->submitUpdate(m_customerId, m_customerApproved, requestToSend());
}

void CustomerFormDialog::onSubmitFailed(const ApiError &error, const QList<FieldIssue> &fieldIssues)
{
    m_submitting = false;
    m_uploadProgressBar->hide();
    QString text = error.userMessage();
    if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network
        || (error.kind == ApiError::Kind::HttpStatus && error.httpStatus >= 500))
        text += u' '
            + tr("Your entries are kept as a draft. Retry when the connection is back; KYC Desk first "
                 "checks whether Sphere already created the customer, so no duplicate is made.");
    setBanner(text, true);
    revalidate(fieldIssues);
    if (!fieldIssues.isEmpty()) {
        if (QWidget *editor = m_issues->editorFor(fieldIssues.first().field)) {
            for (int tab = 0; tab < m_tabs->count(); ++tab)
                if (m_tabs->widget(tab)->isAncestorOf(editor))
                    m_tabs->setCurrentIndex(tab);
            editor->setFocus();
        }
    }
}

void CustomerFormDialog::onSubmitSucceeded(const Customer &customer, bool recovered)
{
    m_submitting = false;
    m_draftTimer->stop();
    if (m_drafts)
        m_drafts->remove(m_draftId);
    Q_EMIT customerSaved(customer, m_mode == Mode::Create);
    if (recovered)
        setBanner(
            tr("Sphere had already created this customer before the connection failed; nothing was sent "
               "twice."),
            false);
    QDialog::accept();
}

void CustomerFormDialog::closeEvent(QCloseEvent *event)
{
    if (m_submitting) {
        event->ignore();
        return;
    }
    saveDraft();
    QDialog::closeEvent(event);
}

void CustomerFormDialog::reject()
{
    if (m_submitting)
        return;
    saveDraft(); // Cancel keeps a draft the analyst can resume from the Drafts menu
    QDialog::reject();
}

QString CustomerFormDialog::draftTitle() const
{
    // No PII in the title: it is stored beside the encrypted payload, readable in the list.
    if (m_mode == Mode::Update)
        return tr("Update of %1").arg(m_customerId);
    return isBusiness() ? tr("New business customer") : tr("New individual customer");
}

void CustomerFormDialog::scheduleDraftSave()
{
    if (m_drafts && !m_restoring)
        m_draftTimer->start();
}

void CustomerFormDialog::saveDraft()
{
    m_draftTimer->stop();
    m_draftWaiting = m_drafts && !m_drafts->isReady();
    if (!m_drafts || m_draftWaiting)
        return;
    const auto error = m_drafts->save(
        { m_draftId, m_mode == Mode::Create ? u"sphere-create"_s : u"sphere-update"_s, draftTitle(),
          QDateTime::currentDateTimeUtc(), m_environments.recordKey(Vendor::Sphere) },
        captureState());
    if (error)
        setBanner(tr("The draft could not be saved: %1").arg(error->message), true);
    else
        Q_EMIT draftSaved(m_draftId);
}

QByteArray CustomerFormDialog::captureState() const
{
    // The form's own widgets, by object name, so a draft restores exactly what was typed —
    // including a half-typed date the request could not hold.
    QVariantMap fields;
    const auto lineEdits = findChildren<QLineEdit *>();
    for (const QLineEdit *edit : lineEdits)
        if (edit->window() == this && edit->objectName().endsWith(u"LineEdit"_s))
            fields.insert(edit->objectName(), edit->text());
    const auto combos = findChildren<QComboBox *>();
    for (const QComboBox *combo : combos)
        if (combo->window() == this)
            fields.insert(combo->objectName(), combo->currentIndex());
    const auto checks = findChildren<QCheckBox *>();
    for (const QCheckBox *check : checks)
        if (check->window() == this)
            fields.insert(check->objectName(), int(check->checkState()));
    fields.insert(m_descriptionPlainTextEdit->objectName(), m_descriptionPlainTextEdit->toPlainText());
    QStringList activities;
    for (int i = 0; i < m_highRiskActivitiesListWidget->count(); ++i)
        if (m_highRiskActivitiesListWidget->item(i)->checkState() == Qt::Checked)
            activities.append(m_highRiskActivitiesListWidget->item(i)->data(Qt::UserRole).toString());
    fields.insert(m_highRiskActivitiesListWidget->objectName(), activities);
    QStringList meta;
    for (int row = 0; row < m_metaTableWidget->rowCount(); ++row) {
        const QTableWidgetItem *key = m_metaTableWidget->item(row, 0);
        const QTableWidgetItem *value = m_metaTableWidget->item(row, 1);
        meta << (key ? key->text() : QString()) << (value ? value->text() : QString());
    }
    fields.insert(m_metaTableWidget->objectName(), meta);

    QVariantMap documents;
    const auto documentFields = findChildren<DocumentField *>();
    for (const DocumentField *field : documentFields) {
        if (field->window() != this)
            continue;
        if (const auto document = field->document())
            documents.insert(field->objectName(), QVariantList { document->fileName, document->content });
    }
    CustomerRequest owners;
    owners.type = u"business"_s;
    owners.hasUbos = true;
    owners.ubos = m_ubos;

    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << qint32(kDraftFormatVersion) << qint32(m_mode == Mode::Create ? 0 : 1) << m_customerId
           << m_customerApproved << fields << documents << SphereRequestCodec::encodeBody(owners)
           << m_submitter->idempotencyKey()
           // Appended later: a draft without them still restores (the lookup then needs the name).
           << m_submitter->firstAttempt() << SphereRequestCodec::encodeBody(m_submitter->sentRequest());
    return state;
}

bool CustomerFormDialog::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    qint32 version = 0;
    qint32 mode = 0;
    QString customerId;
    bool approved = false;
    QVariantMap fields;
    QVariantMap documents;
    QByteArray owners;
    QByteArray idempotencyKey;
    stream >> version >> mode >> customerId >> approved >> fields >> documents >> owners >> idempotencyKey;
    if (stream.status() != QDataStream::Ok || version != kDraftFormatVersion
        || mode != (m_mode == Mode::Create ? 0 : 1))
        return false;
    QDateTime firstAttempt;
    CustomerRequest sent;
    if (!stream.atEnd()) {
        QByteArray sentBody;
        stream >> firstAttempt >> sentBody;
        const Result<CustomerRequest> decoded
            = SphereRequestCodec::decodeBody(sentBody, u"draft"_s, RequestJsonReader::NullPolicy::Absent);
        if (stream.status() != QDataStream::Ok || !decoded)
            return false;
        sent = decoded.value();
    }
    const Result<CustomerRequest> ownerRequest
        = SphereRequestCodec::decodeBody(owners, u"draft"_s, RequestJsonReader::NullPolicy::Absent);
    if (!ownerRequest)
        return false;

    // An update draft is laid over the customer as Sphere has it now (setCustomer() first), so
    // the diff and the approved check use fresh data; it must be the same customer.
    if (m_mode == Mode::Update && customerId != m_customerId)
        return false;
    Q_UNUSED(approved)
    m_restoring = true;
    // The type first: it decides which pages exist.
    if (fields.contains(m_typeComboBox->objectName()))
        m_typeComboBox->setCurrentIndex(fields.value(m_typeComboBox->objectName()).toInt());
    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits)
        if (edit->window() == this && fields.contains(edit->objectName()))
            edit->setText(fields.value(edit->objectName()).toString());
    const auto combos = findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        if (combo->window() == this && fields.contains(combo->objectName()))
            combo->setCurrentIndex(fields.value(combo->objectName()).toInt());
    const auto checks = findChildren<QCheckBox *>();
    for (QCheckBox *check : checks)
        if (check->window() == this && fields.contains(check->objectName()))
            check->setCheckState(Qt::CheckState(fields.value(check->objectName()).toInt()));
    m_descriptionPlainTextEdit->setPlainText(
        fields.value(m_descriptionPlainTextEdit->objectName()).toString());
    const QStringList activities = fields.value(m_highRiskActivitiesListWidget->objectName()).toStringList();
    for (int i = 0; i < m_highRiskActivitiesListWidget->count(); ++i) {
        QListWidgetItem *item = m_highRiskActivitiesListWidget->item(i);
        item->setCheckState(activities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
    const QStringList meta = fields.value(m_metaTableWidget->objectName()).toStringList();
    m_metaTableWidget->setRowCount(0);
    for (int i = 0; i + 1 < meta.size(); i += 2) {
        const int row = m_metaTableWidget->rowCount();
        m_metaTableWidget->insertRow(row);
        m_metaTableWidget->setItem(row, 0, new QTableWidgetItem(meta.at(i)));
        m_metaTableWidget->setItem(row, 1, new QTableWidgetItem(meta.at(i + 1)));
    }
    const auto documentFields = findChildren<DocumentField *>();
    for (DocumentField *field : documentFields) {
        if (field->window() != this)
            continue;
        const QVariantList document = documents.value(field->objectName()).toList();
        if (document.size() == 2)
            field->setDocument(
                DocumentUpload { document.at(0).toString(), document.at(1).toByteArray(), {} });
        else
            field->clear();
    }
    m_ubos = ownerRequest.value().ubos;
    m_submitter->restorePending(idempotencyKey, firstAttempt, sent);
    m_restoring = false;
    refreshOwners();
    onTypeChanged();
    return true;
}

bool CustomerFormDialog::restoreDraft(const QString &draftId)
{
    if (!m_drafts) {
        setBanner(tr("Drafts are not available in this session."), true);
        return false;
    }
    const Result<QByteArray> payload = m_drafts->load(draftId);
    if (!payload) {
        setBanner(tr("The draft could not be opened: %1").arg(payload.error().message), true);
        return false;
    }
    if (!restoreState(payload.value())) {
        setBanner(tr("The draft was saved by a different version of KYC Desk and cannot be restored."), true);
        return false;
    }
    m_draftId = draftId;
    if (const auto saved = m_drafts->summary(draftId))
        m_draftEnvironment = saved->environment;
    setBanner(tr("Restored from the draft saved earlier."), false);
    return true;
}
