#include "DecisionDialog.h"

#include "CaseDecisionModel.h"
#include "StatusText.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

DecisionDialog::DecisionDialog(CaseDecisionKind kind, const QStringList &reasons, const QString &customerName,
                               const QStringList &openRequirements, QWidget *parent)
    : QDialog(parent), m_reasonComboBox(new QComboBox(this)), m_commentPlainTextEdit(new QPlainTextEdit(this))
{
    setWindowTitle(tr("%1 — %2").arg(CaseDecisionModel::decisionLabel(kind), customerName));
    m_reasonComboBox->setObjectName(u"reasonComboBox"_s);
    m_reasonComboBox->addItem(tr("Choose a reason…"), QString());
    for (const QString &r : reasons)
        m_reasonComboBox->addItem(r, r);
    m_commentPlainTextEdit->setObjectName(u"commentPlainTextEdit"_s);
    m_commentPlainTextEdit->setPlaceholderText(tr("Optional: what you saw, who you spoke to"));
    m_commentPlainTextEdit->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reasonComboBox);
    form->addRow(tr("&Comment:"), m_commentPlainTextEdit);
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("This records your case decision in the workspace and the audit trail. "
                                      "Sphere decides KYC itself; this does not change it."),
                                   this);
    explanation->setWordWrap(true); // the dialog's width follows the form, not this sentence
    layout->addWidget(explanation);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (kind == CaseDecisionKind::RequestInformation) {
        m_requestPlainTextEdit = new QPlainTextEdit(requestTextFor(customerName, openRequirements), this);
        m_requestPlainTextEdit->setObjectName(u"requestPlainTextEdit"_s);
        m_requestPlainTextEdit->setReadOnly(true);
        layout->addWidget(new QLabel(tr("Message to the customer:"), this));
        layout->addWidget(m_requestPlainTextEdit);
        QPushButton *copy = buttons->addButton(tr("Copy message"), QDialogButtonBox::ActionRole);
        copy->setObjectName(u"copyRequestPushButton"_s);
        connect(copy, &QPushButton::clicked, this, [this] {
            if (QClipboard *clipboard = QGuiApplication::clipboard())
                clipboard->setText(m_requestPlainTextEdit->toPlainText());
        });
    }
    m_recordPushButton = buttons->addButton(tr("Record decision"), QDialogButtonBox::AcceptRole);
    m_recordPushButton->setObjectName(u"recordDecisionPushButton"_s);
    m_recordPushButton->setEnabled(false);
    m_recordPushButton->setToolTip(tr("Choose a reason first."));
    connect(m_reasonComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const bool chosen = !reason().isEmpty();
        m_recordPushButton->setEnabled(chosen);
        m_recordPushButton->setToolTip(chosen ? QString() : tr("Choose a reason first."));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reasonComboBox->setFocus();
}

QString DecisionDialog::reason() const
{
    return m_reasonComboBox->currentData().toString();
}

QString DecisionDialog::comment() const
{
    return m_commentPlainTextEdit->toPlainText().trimmed();
}

QString DecisionDialog::requestText() const
{
    return m_requestPlainTextEdit ? m_requestPlainTextEdit->toPlainText() : QString();
}

QString DecisionDialog::requestTextFor(const QString &customerName, const QStringList &openRequirements)
{
    if (openRequirements.isEmpty())
        return tr("Dear %1,\n\nto complete your verification we need a few more details from you. "
                  "[Describe what is needed.]\n")
            .arg(customerName);
    QStringList lines;
    for (const QString &key : openRequirements)
        lines << u"  • "_s + StatusText::requirement(key);
    return tr("Dear %1,\n\nto complete your verification please send us:\n%2\n")
        .arg(customerName, lines.join(u'\n'));
}
