#pragma once

#include <QLineEdit>

class QAction;

// A line edit for PII and secrets (SSN, EIN): masked except while the analyst types in it, with a
// trailing "Reveal" toggle for checking what was entered. Masking is the default again whenever
// the field is cleared, so a revealed value never stays on screen for the next customer.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_revealAction; }

private:
    QAction *m_revealAction;
};
