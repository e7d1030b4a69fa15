#include "AddressEditor.h"

#include "FieldIssueTracker.h"
#include "FormText.h"
#include "ui_AddressEditor.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::Literals::StringLiterals;

AddressEditor::AddressEditor(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::AddressEditor>())
{
    m_ui->setupUi(this);
    // Letters only; the validator then checks the code is a real country.
    m_ui->countryLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_ui->countryLineEdit));
    for (QLineEdit *edit : lineEdits())
        connect(edit, &QLineEdit::textChanged, this, &AddressEditor::changed);
}

AddressEditor::~AddressEditor() = default;

void AddressEditor::trackIssues(FieldIssueTracker *issues, const QString &fieldPrefix)
{
    // Each box is tracked under the vendor's name for it, after the prefix.
    const std::pair<QLineEdit *, QString> keys[] = {
        { m_ui->line1LineEdit, u"line1"_s }, { m_ui->line2LineEdit, u"line2"_s },
        { m_ui->cityLineEdit, u"city"_s },   { m_ui->postalCodeLineEdit, u"postalCode"_s },
        { m_ui->stateLineEdit, u"state"_s }, { m_ui->countryLineEdit, u"country"_s },
    };
    for (const auto &[edit, key] : keys)
        issues->attach(edit, fieldPrefix + key);
}

QList<QLineEdit *> AddressEditor::lineEdits() const
{
    return { m_ui->line1LineEdit,      m_ui->line2LineEdit, m_ui->cityLineEdit,
             m_ui->postalCodeLineEdit, m_ui->stateLineEdit, m_ui->countryLineEdit };
}

std::optional<Address> AddressEditor::address() const
{
    Address a;
    a.line1 = FormText::optionalText(m_ui->line1LineEdit);
    a.line2 = FormText::optionalText(m_ui->line2LineEdit);
    a.city = FormText::optionalText(m_ui->cityLineEdit);
    a.postalCode = FormText::optionalText(m_ui->postalCodeLineEdit);
    a.state = FormText::optionalText(m_ui->stateLineEdit);
    if (a.state)
        a.state = a.state->toUpper();
    a.country = FormText::optionalText(m_ui->countryLineEdit);
    if (a.country)
        a.country = a.country->toUpper();
    return a.isEmpty() ? std::nullopt : std::optional<Address>(a);
}

void AddressEditor::setAddress(const std::optional<Address> &address)
{
    const Address a = address.value_or(Address {});
    FormText::setText(m_ui->line1LineEdit, a.line1);
    FormText::setText(m_ui->line2LineEdit, a.line2);
    FormText::setText(m_ui->cityLineEdit, a.city);
    FormText::setText(m_ui->postalCodeLineEdit, a.postalCode);
    FormText::setText(m_ui->stateLineEdit, a.state);
    FormText::setText(m_ui->countryLineEdit, a.country);
}
