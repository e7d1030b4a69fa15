#include "QuestionnaireEditor.h"

#include "FieldIssueTracker.h"
#include "FormText.h"
#include "ui_QuestionnaireEditor.h"

#include <QComboBox>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

QuestionnaireEditor::QuestionnaireEditor(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::QuestionnaireEditor>())
{
    m_ui->setupUi(this);
    connect(m_ui->actingAsIntermediaryComboBox, &QComboBox::currentIndexChanged, this,
            &QuestionnaireEditor::changed);
    for (QLineEdit *edit : lineEdits())
        connect(edit, &QLineEdit::textChanged, this, &QuestionnaireEditor::changed);
}

QuestionnaireEditor::~QuestionnaireEditor() = default;

void QuestionnaireEditor::trackIssues(FieldIssueTracker *issues, const QString &fieldPrefix)
{
    issues->attach(m_ui->actingAsIntermediaryComboBox, fieldPrefix + u"actingAsIntermediary"_s);
    issues->attach(m_ui->employmentStatusLineEdit, fieldPrefix + u"employmentStatus"_s);
    issues->attach(m_ui->expectedMonthlyPaymentsLineEdit, fieldPrefix + u"expectedMonthlyPayments"_s);
    issues->attach(m_ui->mostRecentOccupationLineEdit, fieldPrefix + u"mostRecentOccupation"_s);
}

QComboBox *QuestionnaireEditor::actingAsIntermediaryComboBox() const
{
    return m_ui->actingAsIntermediaryComboBox;
}

QList<QLineEdit *> QuestionnaireEditor::lineEdits() const
{
    return { m_ui->employmentStatusLineEdit, m_ui->expectedMonthlyPaymentsLineEdit,
             m_ui->mostRecentOccupationLineEdit };
}

QuestionnaireAnswers QuestionnaireEditor::answers() const
{
    QuestionnaireAnswers a;
    const int acting = m_ui->actingAsIntermediaryComboBox->currentIndex();
    if (acting == 1 || acting == 2)
        a.actingAsIntermediary = acting == 1;
    a.employmentStatus = FormText::optionalText(m_ui->employmentStatusLineEdit);
    a.expectedMonthlyPayments = FormText::optionalText(m_ui->expectedMonthlyPaymentsLineEdit);
    a.mostRecentOccupation = FormText::optionalText(m_ui->mostRecentOccupationLineEdit);
    return a;
}

void QuestionnaireEditor::setAnswers(const QuestionnaireAnswers &a)
{
    m_ui->actingAsIntermediaryComboBox->setCurrentIndex(
        !a.actingAsIntermediary ? 0 : (*a.actingAsIntermediary ? 1 : 2));
    FormText::setText(m_ui->employmentStatusLineEdit, a.employmentStatus);
    FormText::setText(m_ui->expectedMonthlyPaymentsLineEdit, a.expectedMonthlyPayments);
    FormText::setText(m_ui->mostRecentOccupationLineEdit, a.mostRecentOccupation);
}
