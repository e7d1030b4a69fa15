#include "SecretLineEdit.h"

#include <QAction>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent), m_revealAction(new QAction(tr("Reveal"), this))
{
    setEchoMode(QLineEdit::PasswordEchoOnEdit);
    m_revealAction->setObjectName(u"revealAction"_s);
    m_revealAction->setCheckable(true);
    m_revealAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_revealAction->setToolTip(tr("Show or mask the value"));
    addAction(m_revealAction, QLineEdit::TrailingPosition);
    connect(m_revealAction, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            setRevealed(false);
    });
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::PasswordEchoOnEdit);
    if (m_revealAction->isChecked() != revealed)
        m_revealAction->setChecked(revealed);
}
