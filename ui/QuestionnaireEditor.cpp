#include "QuestionnaireEditor.h"

#include "FieldIssueTracker.h"
#include "FormText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

QuestionnaireEditor::QuestionnaireEditor(FieldIssueTracker *issues, const QString &fieldPrefix,
                                         QWidget *parent)
    : QWidget(parent)
    , m_actingAsIntermediaryComboBox(new QComboBox(this))
    , m_employmentStatusLineEdit(new QLineEdit(this))
    , m_expectedMonthlyPaymentsLineEdit(new QLineEdit(this))
    , m_mostRecentOccupationLineEdit(new QLineEdit(this))
{
    m_actingAsIntermediaryComboBox->setObjectName(u"actingAsIntermediaryComboBox"_s);
    m_actingAsIntermediaryComboBox->addItems({ tr("(not answered)"), tr("Yes"), tr("No") });
    m_employmentStatusLineEdit->setObjectName(u"employmentStatusLineEdit"_s);
    m_expectedMonthlyPaymentsLineEdit->setObjectName(u"expectedMonthlyPaymentsLineEdit"_s);
    m_mostRecentOccupationLineEdit->setObjectName(u"mostRecentOccupationLineEdit"_s);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    issues->addRow(form, tr("Acting as intermediary:"), m_actingAsIntermediaryComboBox,
                   fieldPrefix + u"actingAsIntermediary"_s);
    issues->addRow(form, tr("Employment status:"), m_employmentStatusLineEdit,
                   fieldPrefix + u"employmentStatus"_s);
    issues->addRow(form, tr("Expected monthly payments:"), m_expectedMonthlyPaymentsLineEdit,
                   fieldPrefix + u"expectedMonthlyPayments"_s);
    issues->addRow(form, tr("Most recent occupation:"), m_mostRecentOccupationLineEdit,
                   fieldPrefix + u"mostRecentOccupation"_s);

    connect(m_actingAsIntermediaryComboBox, &QComboBox::currentIndexChanged, this,
            &QuestionnaireEditor::changed);
    for (QLineEdit *edit :
         { m_employmentStatusLineEdit, m_expectedMonthlyPaymentsLineEdit, m_mostRecentOccupationLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &QuestionnaireEditor::changed);
}

std::optional<bool> QuestionnaireEditor::actingAsIntermediary() const
{
    switch (m_actingAsIntermediaryComboBox->currentIndex()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

std::optional<QString> QuestionnaireEditor::employmentStatus() const
{
    return FormText::optionalText(m_employmentStatusLineEdit);
}

std::optional<QString> QuestionnaireEditor::expectedMonthlyPayments() const
{
    return FormText::optionalText(m_expectedMonthlyPaymentsLineEdit);
}

std::optional<QString> QuestionnaireEditor::mostRecentOccupation() const
{
    return FormText::optionalText(m_mostRecentOccupationLineEdit);
}

void QuestionnaireEditor::setAnswers(const std::optional<bool> &actingAsIntermediary,
                                     const std::optional<QString> &employmentStatus,
                                     const std::optional<QString> &expectedMonthlyPayments,
                                     const std::optional<QString> &mostRecentOccupation)
{
    m_actingAsIntermediaryComboBox->setCurrentIndex(!actingAsIntermediary ? 0
                                                                          : (*actingAsIntermediary ? 1 : 2));
    FormText::setText(m_employmentStatusLineEdit, employmentStatus);
    FormText::setText(m_expectedMonthlyPaymentsLineEdit, expectedMonthlyPayments);
    FormText::setText(m_mostRecentOccupationLineEdit, mostRecentOccupation);
}
