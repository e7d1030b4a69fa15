#include "RiskCheckDialog.h"

#include "PaletteStyle.h"
#include "SardineVocabulary.h"
#include "ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<QString> text(const QLineEdit *edit)
{
    const QString t = edit->text().trimmed();
    return t.isEmpty() ? std::nullopt : std::optional<QString>(t);
}

std::optional<bool> verification(const QCheckBox *box, const std::optional<bool> &prefill)
{
    if (box->isChecked())
        return true;
    return prefill ? std::optional<bool>(false) : std::nullopt;
}
} // namespace

RiskCheckDialog::RiskCheckDialog(const SardineCustomerRequest &prefill, QWidget *parent)
    : QDialog(parent)
    , m_prefill(prefill)
    , m_emailVerifiedCheckBox(new QCheckBox(tr("Email verified"), this))
    , m_phoneVerifiedCheckBox(new QCheckBox(tr("Phone verified"), this))
    , m_transactionGroupBox(new QGroupBox(tr("Include a transaction"), this))
    , m_actionTypeComboBox(new QComboBox(this))
    , m_accountTypeComboBox(new QComboBox(this))
    , m_problemLabel(new QLabel(this))
    , m_destinationLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"riskCheckDialog"_s);
    setWindowTitle(tr("Run risk check — %1").arg(prefill.customer.id));
    const SardineCustomer &c = prefill.customer;

    auto *customerBox = new QGroupBox(tr("Customer"), this);
    auto *form = new QFormLayout(customerBox);
    const auto add = [&](QFormLayout *f, const QString &name, const QString &label,
                         const std::optional<QString> &value) {
        QLineEdit *edit = addLine(name, label, value);
        f->addRow(label, edit);
        return edit;
    };
    add(form, u"flow"_s, tr("Flow"), prefill.flow);
    add(form, u"sessionKey"_s, tr("Session key"),
        prefill.sessionKey.value_or(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    add(form, u"firstName"_s, tr("First name"), c.firstName);
    add(form, u"lastName"_s, tr("Last name"), c.lastName);
    add(form, u"dateOfBirth"_s, tr("Date of birth"), c.dateOfBirth)->setPlaceholderText(tr("YYYY-MM-DD"));
    QLineEdit *tax = add(form, u"taxId"_s, tr("Tax id (SSN)"), c.taxId);
    tax->setEchoMode(QLineEdit::PasswordEchoOnEdit); // PII: masked unless being typed
    add(form, u"emailAddress"_s, tr("Email"), c.emailAddress);
    form->addRow(QString(), m_emailVerifiedCheckBox);
    add(form, u"phone"_s, tr("Phone"), c.phone);
    form->addRow(QString(), m_phoneVerifiedCheckBox);
    const SardineAddress a = c.address.value_or(SardineAddress {});
    add(form, u"street1"_s, tr("Street"), a.street1);
    add(form, u"city"_s, tr("City"), a.city);
    add(form, u"regionCode"_s, tr("Region code"), a.regionCode);
    add(form, u"postalCode"_s, tr("Postal code"), a.postalCode);
    add(form, u"countryCode"_s, tr("Country (alpha-2)"), a.countryCode)->setMaxLength(2);
    m_emailVerifiedCheckBox->setObjectName(u"emailVerifiedCheckBox"_s);
    m_phoneVerifiedCheckBox->setObjectName(u"phoneVerifiedCheckBox"_s);
    m_emailVerifiedCheckBox->setChecked(c.isEmailVerified.value_or(false));
    m_phoneVerifiedCheckBox->setChecked(c.isPhoneVerified.value_or(false));

    m_transactionGroupBox->setObjectName(u"transactionGroupBox"_s);
    m_transactionGroupBox->setCheckable(true);
    m_transactionGroupBox->setChecked(c.transaction.has_value());
    auto *txForm = new QFormLayout(m_transactionGroupBox);
    const SardineTransaction t = c.transaction.value_or(SardineTransaction {});
    add(txForm, u"transactionId"_s, tr("Transaction id"),
        t.id.value_or(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    // Sardine's document gives the amount no unit but says so for the bank balance ("in minor units
    // like cents") and the indemnification ("in cents"), so the plain amount is in major units; the
    // sandbox reads it so too (instantLimit = amount × 100). The label says so, so nobody types cents.
    add(txForm, u"amount"_s, tr("Amount (major units, e.g. 12.50)"),
        t.amount ? std::optional<QString>(QString::number(*t.amount)) : std::nullopt)
        ->setToolTip(tr("In the currency's major unit: 12.50 means twelve dollars fifty, not 12.50 cents."));
    add(txForm, u"currencyCode"_s, tr("Currency (ISO 4217)"), t.currencyCode.value_or(u"USD"_s))
        ->setMaxLength(3);
    add(txForm, u"itemCategory"_s, tr("Item category"), t.itemCategory.value_or(u"crypto"_s));
    m_actionTypeComboBox->setObjectName(u"actionTypeComboBox"_s);
    m_actionTypeComboBox->addItems(SardineVocabulary::actionTypes());
    if (!t.actionType.null)
        m_actionTypeComboBox->setCurrentText(t.actionType.raw);
    m_actionTypeComboBox->setAccessibleDescription(tr("What the customer is doing: Sardine's action type"));
    txForm->addRow(tr("Action"), m_actionTypeComboBox);
    add(txForm, u"paymentType"_s, tr("Payment method"),
        t.paymentMethod ? t.paymentMethod->type : std::optional<QString>(u"bank"_s));
    QLineEdit *account = add(txForm, u"accountNumber"_s, tr("Account number"), std::nullopt);
    account->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    add(txForm, u"routingNumber"_s, tr("Routing number"), std::nullopt);
    m_accountTypeComboBox->setObjectName(u"accountTypeComboBox"_s);
    m_accountTypeComboBox->addItems(SardineVocabulary::accountTypes());
    m_accountTypeComboBox->setAccessibleDescription(tr("The kind of bank account the payment uses"));
    txForm->addRow(tr("Account type"), m_accountTypeComboBox);
    add(txForm, u"balance"_s, tr("Balance (minor units)"), std::nullopt);
    add(txForm, u"balanceCurrencyCode"_s, tr("Balance currency"), std::nullopt)->setMaxLength(3);

    m_destinationLabel->setObjectName(u"riskDestinationLabel"_s);
    m_destinationLabel->setWordWrap(true);
    m_destinationLabel->hide();
    m_problemLabel->setObjectName(u"riskCheckProblemLabel"_s);
    PaletteStyle::followTone(m_problemLabel, StatusText::Tone::Bad);
    m_problemLabel->setWordWrap(true);
    m_buttons->setObjectName(u"riskCheckButtonBox"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Run check"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_transactionGroupBox, &QGroupBox::toggled, this, &RiskCheckDialog::updateAcceptButton);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(customerBox);
    contentLayout->addWidget(m_transactionGroupBox);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_destinationLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_buttons);
    resize(560, 720);
    ScreenFit::fitToScreen(this);
    updateAcceptButton();
}

QLineEdit *RiskCheckDialog::addLine(const QString &name, const QString &label,
                                    const std::optional<QString> &value)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name + u"LineEdit"_s);
    edit->setAccessibleName(label);
    // What the field becomes in the request: the analyst can match it with Sardine's documentation.
    edit->setAccessibleDescription(tr("Sent to Sardine as \"%1\"").arg(name));
    if (value)
        edit->setText(*value);
    connect(edit, &QLineEdit::textChanged, this, &RiskCheckDialog::updateAcceptButton);
    m_edits.insert(name, edit);
    return edit;
}

QString RiskCheckDialog::validationProblem() const
{
    const auto value = [this](const QString &name) { return m_edits.value(name)->text().trimmed(); };
    if (value(u"sessionKey"_s).isEmpty())
        return tr("A session key is required.");
    const QString dob = value(u"dateOfBirth"_s);
    if (!dob.isEmpty()) {
        const QDate date = QDate::fromString(dob, Qt::ISODate);
        if (!date.isValid())
            return tr("Date of birth must be a real date written YYYY-MM-DD.");
        if (date > QDate::currentDate())
            return tr("Date of birth is in the future.");
    }
    const QString country = value(u"countryCode"_s);
    if (!country.isEmpty() && !QRegularExpression(u"^[A-Za-z]{2}$"_s).match(country).hasMatch())
        return tr("Country must be a 2-letter ISO 3166-1 code (for example US).");
    const QString phone = value(u"phone"_s);
    if (!phone.isEmpty() && !QRegularExpression(u"^\\+[1-9][0-9]{6,14}$"_s).match(phone).hasMatch())
        return tr("Phone must be in E.164 format (for example +14155550123).");
    if (m_transactionGroupBox->isChecked()) {
        bool ok = false;
        const double amount = value(u"amount"_s).toDouble(&ok);
        if (!ok || amount < 0)
            return tr("The transaction amount must be a non-negative number in major units (e.g. 12.50).");
        if (!QRegularExpression(u"^[A-Za-z]{3}$"_s).match(value(u"currencyCode"_s)).hasMatch())
            return tr("The currency must be a 3-letter ISO 4217 code.");
        const QString balance = value(u"balance"_s);
        if (!balance.isEmpty()) {
            balance.toLongLong(&ok);
            if (!ok)
                return tr("The balance must be a whole number of minor units (cents).");
        }
    }
    return {};
}

void RiskCheckDialog::updateAcceptButton()
{
    const QString problem = validationProblem();
    m_problemLabel->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

SardineCustomerRequest RiskCheckDialog::request() const
{
    const auto v = [this](const QString &name) { return text(m_edits.value(name)); };
    SardineCustomerRequest r = m_prefill;
    r.flow = v(u"flow"_s);
    r.sessionKey = v(u"sessionKey"_s);
    SardineCustomer &c = r.customer;
    c.firstName = v(u"firstName"_s);
    c.lastName = v(u"lastName"_s);
    c.dateOfBirth = v(u"dateOfBirth"_s);
    c.taxId = v(u"taxId"_s);
    c.emailAddress = v(u"emailAddress"_s);
    // A box left unticked says "not known to be verified", not "verified false", unless the
    // prefill already said false.
    c.isEmailVerified = verification(m_emailVerifiedCheckBox, m_prefill.customer.isEmailVerified);
    c.phone = v(u"phone"_s);
    c.isPhoneVerified = verification(m_phoneVerifiedCheckBox, m_prefill.customer.isPhoneVerified);
    SardineAddress a = c.address.value_or(SardineAddress {});
    a.street1 = v(u"street1"_s);
    a.city = v(u"city"_s);
    a.regionCode = v(u"regionCode"_s);
    a.postalCode = v(u"postalCode"_s);
    a.countryCode = v(u"countryCode"_s).has_value() ? std::optional<QString>(v(u"countryCode"_s)->toUpper())
                                                    : std::nullopt;
    const bool anyLine = a.street1 || a.street2 || a.city || a.regionCode || a.postalCode || a.countryCode;
    c.address = anyLine ? std::optional<SardineAddress>(a) : std::nullopt;
    if (!m_transactionGroupBox->isChecked()) {
        c.transaction.reset();
        return r;
    }
    SardineTransaction t = c.transaction.value_or(SardineTransaction {});
    t.id = v(u"transactionId"_s);
    t.amount = v(u"amount"_s)->toDouble();
    t.currencyCode = v(u"currencyCode"_s)->toUpper();
    t.itemCategory = v(u"itemCategory"_s);
    t.actionType = SardineVocabulary::actionType(m_actionTypeComboBox->currentText());
    SardinePaymentMethod pm;
    pm.type = v(u"paymentType"_s);
    if (v(u"accountNumber"_s) || v(u"routingNumber"_s)) {
        SardineBankAccount bank;
        bank.accountNumber = v(u"accountNumber"_s);
        bank.routingNumber = v(u"routingNumber"_s);
        bank.accountType = SardineVocabulary::accountType(m_accountTypeComboBox->currentText());
        if (v(u"balance"_s))
            bank.balance = v(u"balance"_s)->toLongLong();
        bank.balanceCurrencyCode = v(u"balanceCurrencyCode"_s);
        pm.bank = bank;
    }
    t.paymentMethod = pm;
    c.transaction = t;
    return r;
}

void RiskCheckDialog::setDestination(const QString &text, bool warn)
{
    m_destinationLabel->setText(text);
    PaletteStyle::follow(m_destinationLabel, [warn](const StatusColours &colours) -> QString {
        return warn ? u"color:%1; font-weight:bold;"_s.arg(
                   PaletteStyle::name(colours.text(StatusText::Tone::Attention)))
                    : QString();
    });
    m_destinationLabel->setVisible(!text.isEmpty());
}
