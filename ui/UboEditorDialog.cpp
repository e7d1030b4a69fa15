#include "UboEditorDialog.h"

#include "AddressEditor.h"
#include "DocumentField.h"
#include "FieldIssueTracker.h"
#include "FormText.h"
#include "QuestionnaireEditor.h"
#include "ScreenFit.h"
#include "SecretLineEdit.h"
#include "ui_UboEditorDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <tuple>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPrefix = u"ubos[0]."_s;
}

UboEditorDialog::UboEditorDialog(CustomerRequestValidator::Mode mode, qint64 maxDocumentBytes,
                                 QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_maxDocumentBytes(maxDocumentBytes)
    , m_ui(std::make_unique<Ui::UboEditorDialog>())
    , m_issues(new FieldIssueTracker(this))
{
    m_ui->setupUi(this);
    ScreenFit::fitToScreen(this); // the .ui size is for a large monitor
    m_ui->dialogButtonBox->button(QDialogButtonBox::Ok)->setObjectName(u"okPushButton"_s);

    const std::pair<QLineEdit *, QString> person[] = {
        { m_ui->firstNameLineEdit, u"firstName"_s },
        { m_ui->lastNameLineEdit, u"lastName"_s },
        { m_ui->dobLineEdit, u"dob"_s },
        { m_ui->ssnLineEdit, u"ssn"_s },
        { m_ui->emailLineEdit, u"email"_s },
        { m_ui->phoneLineEdit, u"phoneNumber"_s },
        { m_ui->businessLineEdit, u"business"_s },
    };
    for (const auto &[edit, key] : person) {
        m_issues->attach(edit, kPrefix + key);
        connect(edit, &QLineEdit::textChanged, this, &UboEditorDialog::revalidate);
    }
    m_ui->addressEditor->trackIssues(m_issues, kPrefix + u"address."_s);
    connect(m_ui->addressEditor, &AddressEditor::changed, this, &UboEditorDialog::revalidate);

    const std::tuple<DocumentField *, QLabel *, QString> documents[] = {
        { m_ui->identityDocumentFrontField, m_ui->identityDocumentFrontIssueLabel,
          u"identityDocumentFront"_s },
        { m_ui->identityDocumentBackField, m_ui->identityDocumentBackIssueLabel, u"identityDocumentBack"_s },
    };
    for (const auto &[field, issueLabel, key] : documents) {
        field->setMaxBytes(maxDocumentBytes);
        m_issues->track(field, kPrefix + key, field->title(), issueLabel);
        connect(field, &DocumentField::changed, this, &UboEditorDialog::revalidate);
    }

    if (mode == CustomerRequestValidator::Mode::Update) {
        m_questionnaire = m_ui->questionnaireEditor;
        m_questionnaire->trackIssues(m_issues, kPrefix);
        connect(m_questionnaire, &QuestionnaireEditor::changed, this, &UboEditorDialog::revalidate);
    } else {
        // The questionnaire is sent on update only; a new owner's form does not offer it at all.
        delete m_ui->questionnaireGroupBox;
        m_ui->questionnaireGroupBox = nullptr;
        m_ui->questionnaireEditor = nullptr;
    }

    connect(m_issues, &FieldIssueTracker::fieldLeft, this, &UboEditorDialog::revalidate);
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::accepted, this, [this] {
        m_issues->setSubmitAttempted(true);
        revalidate();
        if (issues().isEmpty())
            accept();
    });
    connect(m_ui->dialogButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void UboEditorDialog::setUbo(const UboRequest &ubo)
{
    FormText::setText(m_ui->firstNameLineEdit, ubo.firstName);
    FormText::setText(m_ui->lastNameLineEdit, ubo.lastName);
    m_ui->dobLineEdit->setText(FormText::dateText(ubo.dob));
    FormText::setText(m_ui->ssnLineEdit, ubo.ssn);
    FormText::setText(m_ui->emailLineEdit, ubo.email);
    FormText::setText(m_ui->phoneLineEdit, ubo.phoneNumber);
    FormText::setText(m_ui->businessLineEdit, ubo.business);
    m_ui->addressEditor->setAddress(ubo.address);
    m_ui->identityDocumentFrontField->setDocument(ubo.identityDocumentFront);
    m_ui->identityDocumentBackField->setDocument(ubo.identityDocumentBack);
    if (m_questionnaire)
        m_questionnaire->setFrom(ubo);
    revalidate();
}

UboRequest UboEditorDialog::ubo() const
{
    UboRequest u;
    u.firstName = FormText::optionalText(m_ui->firstNameLineEdit);
    u.lastName = FormText::optionalText(m_ui->lastNameLineEdit);
    bool malformed = false;
    u.dob = FormText::parseDate(m_ui->dobLineEdit->text(), &malformed);
    u.ssn = FormText::optionalText(m_ui->ssnLineEdit);
    u.email = FormText::optionalText(m_ui->emailLineEdit);
    u.phoneNumber = FormText::optionalText(m_ui->phoneLineEdit);
    u.business = FormText::optionalText(m_ui->businessLineEdit);
    u.address = m_ui->addressEditor->address();
    u.identityDocumentFront = m_ui->identityDocumentFrontField->document();
    u.identityDocumentBack = m_ui->identityDocumentBackField->document();
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
    FormText::parseDate(m_ui->dobLineEdit->text(), &malformed);
    if (malformed)
        result.append({ kPrefix + u"dob"_s, tr("Enter the date as YYYY-MM-DD, e.g. 1990-03-23.") });
    const auto all = CustomerRequestValidator::validate(probe, m_mode, m_maxDocumentBytes);
    for (const FieldIssue &issue : all)
        if (issue.field.startsWith(kPrefix))
            result.append(issue);
    for (DocumentField *field : { m_ui->identityDocumentFrontField, m_ui->identityDocumentBackField })
        if (!field->issue().isEmpty())
            result.append({ field->property("fieldPath").toString(), field->issue() });
    return result;
}

void UboEditorDialog::revalidate()
{
    const QList<FieldIssue> current = issues();
    m_issues->show(current);
    if (current.isEmpty())
        m_ui->summaryLabel->clear();
    else
        m_ui->summaryLabel->setText(tr("To fix: %1").arg(m_issues->labelsOf(current).join(u", "_s)));
}

UboEditorDialog::~UboEditorDialog()
{
    // ~QWidget destroys the editors after this object has stopped being a UboEditorDialog; their last
    // signals (focus leaving a deleted line edit, a combo box emptied) must not reach our slots.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}
