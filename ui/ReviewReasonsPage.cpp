#include "ReviewReasonsPage.h"

#include "CaseDecisionModel.h"
#include "ReviewReasons.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

ReviewReasonsPage::ReviewReasonsPage(const QSettings &settings, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    auto *explanation
        = new QLabel(tr("The reasons offered with each decision, one a line. Reasons on these "
                        "lists go to the audit trail as written; anything else is recorded there "
                        "as \"other\"."),
                     this);
    explanation->setWordWrap(true); // on one line it held the settings dialog wider than a laptop's screen
    layout->addRow(explanation);
    for (CaseDecisionKind kind : { CaseDecisionKind::Approve, CaseDecisionKind::Reject,
                                   CaseDecisionKind::Escalate, CaseDecisionKind::RequestInformation }) {
        auto *edit = new QPlainTextEdit(ReviewReasons::load(settings, kind).join(u'\n'), this);
        edit->setObjectName(caseDecisionWord(kind) + u"ReasonsPlainTextEdit"_s);
        edit->setTabChangesFocus(true);
        edit->setAccessibleDescription(tr("The reasons offered for this decision, one a line"));
        m_edits.insert(kind, edit);
        layout->addRow(CaseDecisionModel::decisionLabel(kind), edit);
    }
}

QStringList ReviewReasonsPage::reasons(CaseDecisionKind kind) const
{
    QStringList lines;
    for (const QString &line : m_edits.value(kind)->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines;
}

void ReviewReasonsPage::save(QSettings &settings) const
{
    for (auto it = m_edits.cbegin(); it != m_edits.cend(); ++it)
        ReviewReasons::save(settings, it.key(), reasons(it.key()));
}
