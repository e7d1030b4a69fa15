#include "UboEditorDialog.h"

#include "AddressEditor.h"
#include "DocumentField.h"
#include "FieldIssueTracker.h"
#include "FormText.h"
#include "QuestionnaireEditor.h"
#include "SecretLineEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPrefix = u"ubos[0]."_s;
}

UboEditorDialog::UboEditorDialog(CustomerRequestValidator::Mode mode, qint64 maxDocumentBytes,
                                 QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_maxDocumentBytes(maxDocumentBytes)
    , m_issues(new FieldIssueTracker(this))
    , m_firstNameLineEdit(new QLineEdit(this))
    , m_lastNameLineEdit(new QLineEdit(this))
    , m_dobLineEdit(new QLineEdit(this))
    , m_ssnLineEdit(new SecretLineEdit(this))
    , m_emailLineEdit(new QLineEdit(this))
    , m_phoneLineEdit(new QLineEdit(this))
    , m_businessLineEdit(new QLineEdit(this))
    , m_summaryLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"uboEditorDialog"_s);
    setWindowTitle(tr("Beneficial owner"));
    m_firstNameLineEdit->setObjectName(u"firstNameLineEdit"_s);
    m_lastNameLineEdit->setObjectName(u"lastNameLineEdit"_s);
    m_dobLineEdit->setObjectName(u"dobLineEdit"_s);
    m_dobLineEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_ssnLineEdit->setObjectName(u"ssnLineEdit"_s);
    m_ssnLineEdit->setPlaceholderText(tr("123-45-6789"));
    m_emailLineEdit->setObjectName(u"emailLineEdit"_s);
    m_phoneLineEdit->setObjectName(u"phoneLineEdit"_s);
    m_phoneLineEdit->setPlaceholderText(tr("+12345678900"));
    m_businessLineEdit->setObjectName(u"businessLineEdit"_s);
    m_businessLineEdit->setPlaceholderText(tr("Filled in by Sphere for the business being created"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    auto *personBox = new QGroupBox(tr("Person"), content);
    auto *person = new QFormLayout(personBox);
    m_issues->addRow(person, tr("First name:"), m_firstNameLineEdit, kPrefix + u"firstName"_s);
    m_issues->addRow(person, tr("Last name:"), m_lastNameLineEdit, kPrefix + u"lastName"_s);
    m_issues->addRow(person, tr("Date of birth:"), m_dobLineEdit, kPrefix + u"dob"_s);
    m_issues->addRow(person, tr("SSN:"), m_ssnLineEdit, kPrefix + u"ssn"_s);
    m_issues->addRow(person, tr("Email:"), m_emailLineEdit, kPrefix + u"email"_s);
    m_issues->addRow(person, tr("Phone:"), m_phoneLineEdit, kPrefix + u"phoneNumber"_s);
    m_issues->addRow(person, tr("Business customer id:"), m_businessLineEdit, kPrefix + u"business"_s);
    contentLayout->addWidget(personBox);

    auto *addressBox = new QGroupBox(tr("Address"), content);
    auto *addressLayout = new QVBoxLayout(addressBox);
    m_addressEditor = new AddressEditor(m_issues, kPrefix + u"address."_s, addressBox);
    addressLayout->addWidget(m_addressEditor);
    contentLayout->addWidget(addressBox);

    auto *documentsBox = new QGroupBox(tr("Identity documents"), content);
    auto *documents = new QVBoxLayout(documentsBox);
    m_identityFrontField = new DocumentField(tr("Identity document (front)"), documentsBox);
    m_identityFrontField->setObjectName(u"identityDocumentFrontField"_s);
    m_identityBackField = new DocumentField(tr("Identity document (back)"), documentsBox);
    m_identityBackField->setObjectName(u"identityDocumentBackField"_s);
    for (DocumentField *field : { m_identityFrontField, m_identityBackField }) {
        field->setMaxBytes(maxDocumentBytes);
        documents->addWidget(field);
        auto *issue = new QLabel(documentsBox);
        documents->addWidget(issue);
        m_issues->track(
            field,
            kPrefix
                + (field == m_identityFrontField ? u"identityDocumentFront"_s : u"identityDocumentBack"_s),
            field == m_identityFrontField ? tr("Identity document (front)") : tr("Identity document (back)"),
            issue);
        connect(field, &DocumentField::changed, this, &UboEditorDialog::revalidate);
    }
    contentLayout->addWidget(documentsBox);

    if (mode == CustomerRequestValidator::Mode::Update) {
        auto *moreBox = new QGroupBox(tr("Questionnaire (update only)"), content);
        auto *more = new QVBoxLayout(moreBox);
        m_questionnaire = new QuestionnaireEditor(m_issues, kPrefix, moreBox);
        more->addWidget(m_questionnaire);
        contentLayout->addWidget(moreBox);
        connect(m_questionnaire, &QuestionnaireEditor::changed, this, &UboEditorDialog::revalidate);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okPushButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_buttons);
    resize(560, 720);

    for (QLineEdit *edit :
         { m_firstNameLineEdit, m_lastNameLineEdit, m_dobLineEdit, static_cast<QLineEdit *>(m_ssnLineEdit),
           m_emailLineEdit, m_phoneLineEdit, m_businessLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &UboEditorDialog::revalidate);
    connect(m_addressEditor, &AddressEditor::changed, this, &UboEditorDialog::revalidate);
    connect(m_issues, &FieldIssueTracker::fieldLeft, this, &UboEditorDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_issues->setSubmitAttempted(true);
        revalidate();
        if (issues().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void UboEditorDialog::setUbo(const UboRequest &ubo)
{
    FormText::setText(m_firstNameLineEdit, ubo.firstName);
    FormText::setText(m_lastNameLineEdit, ubo.lastName);
    m_dobLineEdit->setText(FormText::dateText(ubo.dob));
    FormText::setText(m_ssnLineEdit, ubo.ssn);
    FormText::setText(m_emailLineEdit, ubo.email);
    FormText::setText(m_phoneLineEdit, ubo.phoneNumber);
    FormText::setText(m_businessLineEdit, ubo.business);
    m_addressEditor->setAddress(ubo.address);
    m_identityFrontField->setDocument(ubo.identityDocumentFront);
    m_identityBackField->setDocument(ubo.identityDocumentBack);
    if (m_questionnaire)
        m_questionnaire->setFrom(ubo);
    revalidate();
}

UboRequest UboEditorDialog::ubo() const
{
    UboRequest u;
    u.firstName = FormText::optionalText(m_firstNameLineEdit);
    u.lastName = FormText::optionalText(m_lastNameLineEdit);
    bool malformed = false;
    u.dob = FormText::parseDate(m_dobLineEdit->text(), &malformed);
    u.ssn = FormText::optionalText(m_ssnLineEdit);
    u.email = FormText::optionalText(m_emailLineEdit);
    u.phoneNumber = FormText::optionalText(m_phoneLineEdit);
    u.business = FormText::optionalText(m_businessLineEdit);
    u.address = m_addressEditor->address();
    u.identityDocumentFront = m_identityFrontField->document();
    u.identityDocumentBack = m_identityBackField->document();
    if (m_questionnaire)
        m_questionnaire->readInto(u);
    return u;
}

QList<FieldIssue> UboEditorDialog::issues() const
{
    // The owner is validated as the only owner of a business, so the rules are the customer
    // form's own; only issues about this owner are kept.
    CustomerRequest probe;
    probe.type = u"business"_s;
    probe.hasUbos = true;
    probe.ubos = { ubo() };
    QList<FieldIssue> result;
    bool malformed = false;
    FormText::parseDate(m_dobLineEdit->text(), &malformed);
    if (malformed)
        result.append({ kPrefix + u"dob"_s, tr("Enter the date as YYYY-MM-DD, e.g. 1990-03-23.") });
    const auto all = CustomerRequestValidator::validate(probe, m_mode, m_maxDocumentBytes);
    for (const FieldIssue &issue : all)
        if (issue.field.startsWith(kPrefix))
            result.append(issue);
    for (DocumentField *field : { m_identityFrontField, m_identityBackField })
        if (!field->problem().isEmpty())
            result.append({ field->property("fieldPath").toString(), field->problem() });
    return result;
}

void UboEditorDialog::revalidate()
{
    const QList<FieldIssue> current = issues();
    m_issues->show(current);
    if (current.isEmpty())
        m_summaryLabel->clear();
    else
        m_summaryLabel->setText(tr("To fix: %1").arg(m_issues->labelsOf(current).join(u", "_s)));
}

UboEditorDialog::~UboEditorDialog()
{
    // ~QWidget destroys the editors after this object has stopped being a UboEditorDialog; their last
    // signals (focus leaving a deleted line edit, a combo box emptied) must not reach our slots.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}
