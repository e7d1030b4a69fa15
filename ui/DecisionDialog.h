#pragma once

#include "ReviewTypes.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

// Asks for a decision's reason (from the short list) and optional free text before it is
// recorded. For "request information" it also shows the customer's open requirements in words,
// ready to copy into a message to the customer.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(CaseDecisionKind kind, const QStringList &reasons, const QString &customerName,
                   const QStringList &openRequirements, QWidget *parent = nullptr);

    QString reason() const;
    QString comment() const;
    // "Please send us: …", one requirement a line; empty unless the kind is RequestInformation.
    QString requestText() const;

    static QString requestTextFor(const QString &customerName, const QStringList &openRequirements);

private:
    QComboBox *m_reasonComboBox;
    QPlainTextEdit *m_commentPlainTextEdit;
    QPlainTextEdit *m_requestPlainTextEdit = nullptr;
    QPushButton *m_recordPushButton = nullptr;
};
