#include "AddressEditor.h"

#include "FieldIssueTracker.h"
#include "FormText.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

using namespace Qt::Literals::StringLiterals;

AddressEditor::AddressEditor(FieldIssueTracker *issues, const QString &fieldPrefix, QWidget *parent)
    : AddressEditor(parent)
{
    trackIssues(issues, fieldPrefix);
}

AddressEditor::AddressEditor(QWidget *parent)
    : QWidget(parent)
    , m_line1LineEdit(new QLineEdit(this))
    , m_line2LineEdit(new QLineEdit(this))
    , m_cityLineEdit(new QLineEdit(this))
    , m_postalCodeLineEdit(new QLineEdit(this))
    , m_stateLineEdit(new QLineEdit(this))
    , m_countryLineEdit(new QLineEdit(this))
{
    m_line1LineEdit->setObjectName(u"line1LineEdit"_s);
    m_line1LineEdit->setPlaceholderText(tr("Street, PO box or company name"));
    m_line2LineEdit->setObjectName(u"line2LineEdit"_s);
    m_line2LineEdit->setPlaceholderText(tr("Apartment, suite, unit (optional)"));
    m_cityLineEdit->setObjectName(u"cityLineEdit"_s);
    m_postalCodeLineEdit->setObjectName(u"postalCodeLineEdit"_s);
    m_stateLineEdit->setObjectName(u"stateLineEdit"_s);
    m_stateLineEdit->setPlaceholderText(tr("ISO 3166-2 code, e.g. CA"));
    m_stateLineEdit->setMaxLength(3);
    m_countryLineEdit->setObjectName(u"countryLineEdit"_s);
    m_countryLineEdit->setPlaceholderText(tr("ISO 3166-1 alpha-3, e.g. USA"));
    m_countryLineEdit->setMaxLength(3);
    // Letters only; the validator then checks the code is a real country.
    m_countryLineEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z]{0,3}"_s), m_countryLineEdit));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    const auto place = [&](const QString &label, QLineEdit *edit, const QString &key) {
        m_rows.append({ edit, FieldIssueTracker::placeRow(form, label, edit), label, key });
        connect(edit, &QLineEdit::textChanged, this, &AddressEditor::changed);
    };
    place(tr("Address line 1:"), m_line1LineEdit, u"line1"_s);
    place(tr("Address line 2:"), m_line2LineEdit, u"line2"_s);
    place(tr("City:"), m_cityLineEdit, u"city"_s);
    place(tr("Postal code:"), m_postalCodeLineEdit, u"postalCode"_s);
    place(tr("State:"), m_stateLineEdit, u"state"_s);
    place(tr("Country:"), m_countryLineEdit, u"country"_s);
}

void AddressEditor::trackIssues(FieldIssueTracker *issues, const QString &fieldPrefix)
{
    for (const Row &row : std::as_const(m_rows))
        issues->track(row.edit, fieldPrefix + row.key, row.label, row.issueLabel);
}

QList<QLineEdit *> AddressEditor::lineEdits() const
{
    QList<QLineEdit *> edits;
    for (const Row &row : m_rows)
        edits.append(row.edit);
    return edits;
}

std::optional<Address> AddressEditor::address() const
{
    Address a;
    a.line1 = FormText::optionalText(m_line1LineEdit);
    a.line2 = FormText::optionalText(m_line2LineEdit);
    a.city = FormText::optionalText(m_cityLineEdit);
    a.postalCode = FormText::optionalText(m_postalCodeLineEdit);
    a.state = FormText::optionalText(m_stateLineEdit);
    if (a.state)
        a.state = a.state->toUpper();
    a.country = FormText::optionalText(m_countryLineEdit);
    if (a.country)
        a.country = a.country->toUpper();
    return a.isEmpty() ? std::nullopt : std::optional<Address>(a);
}

void AddressEditor::setAddress(const std::optional<Address> &address)
{
    const Address a = address.value_or(Address {});
    FormText::setText(m_line1LineEdit, a.line1);
    FormText::setText(m_line2LineEdit, a.line2);
    FormText::setText(m_cityLineEdit, a.city);
    FormText::setText(m_postalCodeLineEdit, a.postalCode);
    FormText::setText(m_stateLineEdit, a.state);
    FormText::setText(m_countryLineEdit, a.country);
}
