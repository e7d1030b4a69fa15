#pragma once

#include "SardineTypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;

// "Run risk check": Sardine's request prefilled from the Sphere customer (see SardineMapping),
// every documented field editable, with an optional transaction. Tax id and account number are
// masked inputs. The dialog only builds the typed request; the caller sends it.
class RiskCheckDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RiskCheckDialog(const SardineCustomerRequest &prefill, QWidget *parent = nullptr);

    // Where the request goes and where the customer came from, above the buttons.
    void setDestination(const QString &text, bool warn);

    // Valid only when validationProblem() is empty.
    SardineCustomerRequest request() const;
    QString validationProblem() const;

private:
    QLineEdit *addLine(const QString &name, const QString &label, const std::optional<QString> &value);
    void updateAcceptButton();

    SardineCustomerRequest m_prefill;
    QHash<QString, QLineEdit *> m_edits;
    QCheckBox *m_emailVerifiedCheckBox;
    QCheckBox *m_phoneVerifiedCheckBox;
    QGroupBox *m_transactionGroupBox;
    QComboBox *m_actionTypeComboBox;
    QComboBox *m_accountTypeComboBox;
    QLabel *m_problemLabel;
    QLabel *m_destinationLabel;
    QDialogButtonBox *m_buttons;
};
