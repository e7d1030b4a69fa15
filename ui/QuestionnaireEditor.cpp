#include "QuestionnaireEditor.h"

#include "FieldIssueTracker.h"
#include "FormText.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

QuestionnaireEditor::QuestionnaireEditor(FieldIssueTracker *issues, const QString &fieldPrefix,
                                         QWidget *parent)
    : QuestionnaireEditor(parent)
{
    trackIssues(issues, fieldPrefix);
}

QuestionnaireEditor::QuestionnaireEditor(QWidget *parent)
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
    const auto place = [&](const QString &label, QWidget *editor, const QString &key) {
        m_rows.append({ editor, FieldIssueTracker::placeRow(form, label, editor), label, key });
    };
    place(tr("Acting as intermediary:"), m_actingAsIntermediaryComboBox, u"actingAsIntermediary"_s);
    place(tr("Employment status:"), m_employmentStatusLineEdit, u"employmentStatus"_s);
    place(tr("Expected monthly payments:"), m_expectedMonthlyPaymentsLineEdit, u"expectedMonthlyPayments"_s);
    place(tr("Most recent occupation:"), m_mostRecentOccupationLineEdit, u"mostRecentOccupation"_s);

    connect(m_actingAsIntermediaryComboBox, &QComboBox::currentIndexChanged, this,
            &QuestionnaireEditor::changed);
    for (QLineEdit *edit : lineEdits())
        connect(edit, &QLineEdit::textChanged, this, &QuestionnaireEditor::changed);
}

void QuestionnaireEditor::trackIssues(FieldIssueTracker *issues, const QString &fieldPrefix)
{
    for (const Row &row : std::as_const(m_rows))
        issues->track(row.editor, fieldPrefix + row.key, row.label, row.issueLabel);
}

QList<QLineEdit *> QuestionnaireEditor::lineEdits() const
{
    return { m_employmentStatusLineEdit, m_expectedMonthlyPaymentsLineEdit, m_mostRecentOccupationLineEdit };
}

QuestionnaireAnswers QuestionnaireEditor::answers() const
{
    QuestionnaireAnswers a;
    const int acting = m_actingAsIntermediaryComboBox->currentIndex();
    if (acting == 1 || acting == 2)
        a.actingAsIntermediary = acting == 1;
    a.employmentStatus = FormText::optionalText(m_employmentStatusLineEdit);
    a.expectedMonthlyPayments = FormText::optionalText(m_expectedMonthlyPaymentsLineEdit);
    a.mostRecentOccupation = FormText::optionalText(m_mostRecentOccupationLineEdit);
    return a;
}

void QuestionnaireEditor::setAnswers(const QuestionnaireAnswers &a)
{
    m_actingAsIntermediaryComboBox->setCurrentIndex(
        !a.actingAsIntermediary ? 0 : (*a.actingAsIntermediary ? 1 : 2));
    FormText::setText(m_employmentStatusLineEdit, a.employmentStatus);
    FormText::setText(m_expectedMonthlyPaymentsLineEdit, a.expectedMonthlyPayments);
    FormText::setText(m_mostRecentOccupationLineEdit, a.mostRecentOccupation);
}
