#include "CustomerFormBinding.h"

#include "AddressEditor.h"
#include "CustomerEdits.h"
#include "CustomerFormUi.h"
#include "DocumentField.h"
#include "FieldIssueTracker.h"
#include "FormText.h"
#include "QuestionnaireEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

QString revenueLabel(const QString &bucket)
{
    static const QHash<QString, const char *> labels {
        { u"_0_99999"_s, QT_TRANSLATE_NOOP("CustomerFormBinding", "Under $100,000") },
        { u"_100000_999999"_s, QT_TRANSLATE_NOOP("CustomerFormBinding", "$100,000 – $999,999") },
        { u"_1000000_9999999"_s, QT_TRANSLATE_NOOP("CustomerFormBinding", "$1M – $9.99M") },
        { u"_10000000_49999999"_s, QT_TRANSLATE_NOOP("CustomerFormBinding", "$10M – $49.99M") },
        { u"_50000000_249999999"_s, QT_TRANSLATE_NOOP("CustomerFormBinding", "$50M – $249.99M") },
        { u"_250000000_plus"_s, QT_TRANSLATE_NOOP("CustomerFormBinding", "$250M or more") },
    };
    const char *label = labels.value(bucket);
    return label ? QCoreApplication::translate("CustomerFormBinding", label) : bucket;
}

QString activityLabel(const QString &activity)
{
    QString text = activity;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QMetaProperty userProperty(const QWidget *editor)
{
    return editor->metaObject()->userProperty();
}

// A text box's value (QLineEdit, SecretLineEdit, QPlainTextEdit): trimmed, empty is "not given";
// a choice's (QComboBox): the chosen item's value, none for "(not given)".
std::optional<QString> valueOf(const QWidget *editor)
{
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        const QVariant data = combo->currentData();
        return data.isValid() ? std::optional<QString>(data.toString()) : std::nullopt;
    }
    const QString text = userProperty(editor).read(editor).toString().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

void setValue(QWidget *editor, const std::optional<QString> &value)
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int index = value ? combo->findData(*value) : -1;
        combo->setCurrentIndex(index < 0 ? 0 : index);
        return;
    }
    userProperty(editor).write(editor, value.value_or(QString()));
}

// A yes/no answer is a combo box of "(not answered)", "Yes", "No" (the .ui files hold the labels):
// absent, true, false in the request. Said in words, not hidden in a check box's third state.
std::optional<bool> answerOf(const QComboBox *box)
{
    switch (box->currentIndex()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

void setAnswer(QComboBox *box, const std::optional<bool> &answer)
{
    box->setCurrentIndex(!answer ? 0 : (*answer ? 1 : 2));
}

// Editors outside a form row (documents, tables) have their issue label beside them in the .ui
// file, named "<editor>IssueLabel".
QLabel *issueLabelOf(QWidget *editor)
{
    QWidget *parent = editor->parentWidget();
    auto *label
        = parent->findChild<QLabel *>(editor->objectName() + u"IssueLabel"_s, Qt::FindDirectChildrenOnly);
    return label ? label : new QLabel(parent); // not placed: the issue still reaches the summary
}

const QString kNoneOfTheAbove = u"none_of_the_above"_s;

} // namespace

CustomerFormBinding::CustomerFormBinding(Mode mode, const CustomerFormUi &ui, QObject *parent)
    : QObject(parent), m_ui(ui), m_mode(mode)
{
    // The choices' values; the .ui files hold their labels.
    m_ui.frame.typeComboBox->setItemData(0, u"individual"_s);
    m_ui.frame.typeComboBox->setItemData(1, u"business"_s);
    m_ui.company.businessTypeComboBox->setItemData(1, u"individual"_s);
    m_ui.company.businessTypeComboBox->setItemData(2, u"business"_s);
    m_ui.compliance.revenueComboBox->addItem(tr("(not given)"));
    for (const QString &bucket : sphereRevenueBuckets())
        m_ui.compliance.revenueComboBox->addItem(revenueLabel(bucket), bucket);
    for (const QString &activity : sphereHighRiskActivities()) {
        auto *item
            = new QListWidgetItem(activityLabel(activity), m_ui.compliance.highRiskActivitiesListWidget);
        item->setData(Qt::UserRole, activity);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui.compliance.tosDisclaimerLabel->setText(QString::fromUtf16(kSphereTosDisclaimer));

    // In form order: the order issues are listed in.
    const auto &person = m_ui.person;
    add(person.firstNameLineEdit, u"firstName"_s, Scope::Individual, &CustomerRequest::firstName);
    add(person.lastNameLineEdit, u"lastName"_s, Scope::Individual, &CustomerRequest::lastName);
    add(person.dobLineEdit, u"dob"_s, Scope::Individual);
    add(person.ssnLineEdit, u"ssn"_s, Scope::Individual, &CustomerRequest::ssn);
    const auto &company = m_ui.company;
    add(company.nameLineEdit, u"name"_s, Scope::Business, &CustomerRequest::name);
    add(company.einLineEdit, u"ein"_s, Scope::Business, &CustomerRequest::ein);
    add(company.descriptionPlainTextEdit, u"description"_s, Scope::Business, &CustomerRequest::description);
    add(company.businessTypeComboBox, u"businessType"_s, Scope::Business, &CustomerRequest::businessType);
    const auto &contact = m_ui.contact;
    add(contact.emailLineEdit, u"email"_s, Scope::Common, &CustomerRequest::email);
    add(contact.phoneLineEdit, u"phoneNumber"_s, Scope::Common, &CustomerRequest::phoneNumber);
    add(contact.websiteLineEdit, u"website"_s, Scope::Common, &CustomerRequest::website);
    add(contact.lookupKeyLineEdit, u"lookupKey"_s, Scope::Common, &CustomerRequest::lookupKey);
    add(contact.highVolumeComboBox, u"highVolume"_s, Scope::Common, &CustomerRequest::highVolume);
    add(contact.addressEditor, u"address."_s, Scope::Common);
    add(m_ui.owners.ubosTableWidget, u"ubos"_s, Scope::Business);
    const auto &documents = m_ui.documents;
    add(documents.proofOfAddressDocumentField, u"proofOfAddressDocument"_s, Scope::Common,
        &CustomerRequest::proofOfAddressDocument);
    add(documents.identityDocumentFrontField, u"identityDocumentFront"_s, Scope::Individual,
        &CustomerRequest::identityDocumentFront);
    add(documents.identityDocumentBackField, u"identityDocumentBack"_s, Scope::Individual,
        &CustomerRequest::identityDocumentBack);
    add(documents.incorporationDocumentField, u"incorporationDocument"_s, Scope::Business,
        &CustomerRequest::incorporationDocument);
    add(documents.shareholderDocumentField, u"shareholderDocument"_s, Scope::Business,
        &CustomerRequest::shareholderDocument);
    add(documents.statementOfFundsField, u"statementOfFunds"_s, Scope::Business,
        &CustomerRequest::statementOfFunds);
    const auto &compliance = m_ui.compliance;
    add(compliance.thirdPartyComboBox, u"thirdParty"_s, Scope::Business, &CustomerRequest::thirdParty);
    add(compliance.thirdPartyMessageLineEdit, u"thirdPartyMessage"_s, Scope::Business,
        &CustomerRequest::thirdPartyMessage);
    add(compliance.tosAcceptedCheckBox, u"tosAccepted"_s, Scope::Business);
    add(compliance.revenueComboBox, u"estimatedAnnualRevenueUsd"_s, Scope::Business,
        &CustomerRequest::estimatedAnnualRevenueUsd);
    add(compliance.expectedMonthlyPaymentsUsdLineEdit, u"expectedMonthlyPaymentsUsd"_s, Scope::Business);
    add(compliance.operatesInProhibitedCountriesComboBox, u"operatesInProhibitedCountries"_s, Scope::Business,
        &CustomerRequest::operatesInProhibitedCountries);
    add(compliance.highRiskActivitiesListWidget, u"highRiskActivities"_s, Scope::Business);
    add(compliance.sourceOfFundsLineEdit, u"sourceOfFundsDescription"_s, Scope::Business,
        &CustomerRequest::sourceOfFundsDescription);
    add(compliance.transmitsCustomerFundsComboBox, u"transmitsCustomerFunds"_s, Scope::Business,
        &CustomerRequest::transmitsCustomerFunds);
    add(compliance.transmitsCustomerFundsDescriptionLineEdit, u"transmitsCustomerFundsDescription"_s,
        Scope::Business, &CustomerRequest::transmitsCustomerFundsDescription);
    add(compliance.questionnaireEditor, QString(), Scope::Individual);
    add(m_ui.meta.metaTableWidget, u"meta"_s, Scope::Common);

    connect(compliance.highRiskActivitiesListWidget, &QListWidget::itemChanged, this,
            &CustomerFormBinding::keepNoneOfTheAboveExclusive);
    connect(compliance.highRiskActivitiesListWidget, &QListWidget::itemChanged, this,
            &CustomerFormBinding::changed);
    connect(m_ui.meta.metaTableWidget, &QTableWidget::itemChanged, this, &CustomerFormBinding::changed);
}

void CustomerFormBinding::restoreAnswer(QComboBox *combo, const QVariantMap &fields)
{
    const auto it = fields.constFind(combo->objectName());
    if (it != fields.constEnd()) {
        combo->setCurrentIndex(it->toInt());
        return;
    }
    // Drafts of earlier builds kept these answers as tri-state check boxes ("…CheckBox").
    QString oldName = combo->objectName();
    oldName.replace(u"ComboBox"_s, u"CheckBox"_s);
    const auto old = fields.constFind(oldName);
    if (old == fields.constEnd())
        return;
    const auto state = Qt::CheckState(old->toInt());
    setAnswer(combo,
              state == Qt::PartiallyChecked ? std::nullopt : std::optional<bool>(state == Qt::Checked));
}

void CustomerFormBinding::keepNoneOfTheAboveExclusive(QListWidgetItem *ticked)
{
    // "None of the above" contradicts every activity: ticking it clears them, ticking one of them
    // clears it (the validator refuses the combination too).
    if (ticked->checkState() != Qt::Checked)
        return;
    const bool none = ticked->data(Qt::UserRole).toString() == kNoneOfTheAbove;
    QListWidget *list = m_ui.compliance.highRiskActivitiesListWidget;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        const bool itemIsNone = item->data(Qt::UserRole).toString() == kNoneOfTheAbove;
        if (item != ticked && itemIsNone != none && item->checkState() != Qt::Unchecked)
            item->setCheckState(Qt::Unchecked); // re-enters with an unticked item: returns at once
    }
}

void CustomerFormBinding::add(QWidget *editor, const QString &path, Scope scope, Binding member)
{
    m_rows.append({ editor, path, scope, member });
    // Every editor announces a new value through its USER property's signal.
    const QMetaProperty user = userProperty(editor);
    if (user.hasNotifySignal())
        connect(editor, user.notifySignal(), this, QMetaMethod::fromSignal(&CustomerFormBinding::changed));
}

bool CustomerFormBinding::inScope(Scope scope, bool business) const
{
    return scope == Scope::Common || (scope == Scope::Business) == business;
}

bool CustomerFormBinding::isRead(const QWidget *editor) const
{
    const bool business = isBusiness();
    for (const Row &row : m_rows)
        if (row.editor == editor)
            return inScope(row.scope, business);
    return false;
}

void CustomerFormBinding::trackIssues(FieldIssueTracker *issues)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (auto *address = qobject_cast<AddressEditor *>(row.editor))
            address->trackIssues(issues, row.path);
        else if (auto *questionnaire = qobject_cast<QuestionnaireEditor *>(row.editor))
            questionnaire->trackIssues(issues, row.path);
        else if (auto *document = qobject_cast<DocumentField *>(row.editor))
            issues->track(document, row.path, document->title(), issueLabelOf(document));
        else if (row.editor == m_ui.owners.ubosTableWidget)
            issues->track(row.editor, row.path, tr("Owners"), issueLabelOf(row.editor));
        else if (row.editor == m_ui.meta.metaTableWidget)
            issues->track(row.editor, row.path, tr("Meta"), issueLabelOf(row.editor));
        else
            issues->attach(row.editor, row.path);
    }
}

bool CustomerFormBinding::isBusiness() const
{
    return m_ui.frame.typeComboBox->currentData().toString() == u"business"_s;
}

CustomerRequest CustomerFormBinding::read() const
{
    CustomerRequest r;
    const bool business = isBusiness();
    r.type = m_ui.frame.typeComboBox->currentData().toString();
    for (const Row &row : m_rows) {
        if (!inScope(row.scope, business))
            continue;
        if (const auto *text = std::get_if<Member<QString>>(&row.member))
            r.**text = valueOf(row.editor);
        else if (const auto *answer = std::get_if<Member<bool>>(&row.member))
            r.**answer = answerOf(static_cast<const QComboBox *>(row.editor));
        else if (const auto *document = std::get_if<Member<DocumentUpload>>(&row.member))
            r.**document = static_cast<const DocumentField *>(row.editor)->document();
    }
    const QTableWidget *meta = m_ui.meta.metaTableWidget;
    for (int row = 0; row < meta->rowCount(); ++row) {
        const QTableWidgetItem *key = meta->item(row, 0);
        const QTableWidgetItem *value = meta->item(row, 1);
        if (key && !key->text().trimmed().isEmpty())
            r.meta.insert(key->text().trimmed(), value ? value->text() : QString());
    }
    // An update compares meta with what Sphere has (fromCustomer), so an emptied table is sent as
    // {}: meta is one object and goes whole. A create sends meta only when there is some.
    r.hasMeta = !r.meta.isEmpty() || m_mode == Mode::Update;
    r.address = m_ui.contact.addressEditor->address();

    bool malformed = false;
    if (!business) {
        r.dob = FormText::parseDate(m_ui.person.dobLineEdit->text(), &malformed);
        if (m_mode == Mode::Update)
            m_ui.compliance.questionnaireEditor->readInto(r);
        return r;
    }
    if (m_ui.compliance.tosAcceptedCheckBox->isChecked()) {
        r.tosAccepted = true;
        r.tosDisclaimer = QString::fromUtf16(kSphereTosDisclaimer);
    }
    r.hasUbos = !m_owners.isEmpty() || m_mode == Mode::Update;
    r.ubos = m_owners;
    r.expectedMonthlyPaymentsUsd
        = FormText::parseAmount(m_ui.compliance.expectedMonthlyPaymentsUsdLineEdit->text(), &malformed);
    QStringList activities;
    const QListWidget *list = m_ui.compliance.highRiskActivitiesListWidget;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            activities.append(list->item(i)->data(Qt::UserRole).toString());
    }
    if (!activities.isEmpty())
        r.highRiskActivities = activities;
    return r;
}

void CustomerFormBinding::fill(const CustomerRequest &r)
{
    setValue(m_ui.frame.typeComboBox, r.type);
    for (const Row &row : std::as_const(m_rows)) {
        if (const auto *text = std::get_if<Member<QString>>(&row.member))
            setValue(row.editor, r.**text);
        else if (const auto *answer = std::get_if<Member<bool>>(&row.member))
            setAnswer(static_cast<QComboBox *>(row.editor), r.**answer);
        else if (const auto *document = std::get_if<Member<DocumentUpload>>(&row.member))
            static_cast<DocumentField *>(row.editor)->setDocument(r.**document);
    }
    QTableWidget *meta = m_ui.meta.metaTableWidget;
    meta->setRowCount(0);
    for (auto it = r.meta.constBegin(); it != r.meta.constEnd(); ++it) {
        const int row = meta->rowCount();
        meta->insertRow(row);
        meta->setItem(row, 0, new QTableWidgetItem(it.key()));
        meta->setItem(row, 1, new QTableWidgetItem(it.value().toVariant().toString()));
    }
    m_ui.contact.addressEditor->setAddress(r.address);
    m_ui.person.dobLineEdit->setText(FormText::dateText(r.dob));
    m_ui.compliance.questionnaireEditor->setFrom(r);
    m_ui.compliance.tosAcceptedCheckBox->setChecked(r.tosAccepted.value_or(false));
    m_ui.compliance.expectedMonthlyPaymentsUsdLineEdit->setText(
        r.expectedMonthlyPaymentsUsd
            ? QLocale::c().toString(*r.expectedMonthlyPaymentsUsd, 'g', QLocale::FloatingPointShortest)
            : QString());
    QListWidget *list = m_ui.compliance.highRiskActivitiesListWidget;
    const QStringList activities = r.highRiskActivities.value_or(QStringList());
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(activities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
    setOwners(r.ubos);
}

CustomerRequest CustomerFormBinding::diff(const CustomerRequest &baseline) const
{
    return CustomerEdits::changedFields(baseline, read());
}

QList<FieldIssue> CustomerFormBinding::entryIssues() const
{
    QList<FieldIssue> result;
    bool malformed = false;
    if (!isBusiness()) {
        FormText::parseDate(m_ui.person.dobLineEdit->text(), &malformed);
        if (malformed)
            result.append({ u"dob"_s, tr("Enter the date as YYYY-MM-DD, e.g. 1990-03-23.") });
    } else {
        FormText::parseAmount(m_ui.compliance.expectedMonthlyPaymentsUsdLineEdit->text(), &malformed);
        if (malformed)
            result.append(
                { u"expectedMonthlyPaymentsUsd"_s, tr("Enter an amount in US dollars, e.g. 25000.") });
    }
    return result;
}

void CustomerFormBinding::setOwners(const QList<UboRequest> &owners)
{
    m_owners = owners;
    refreshOwnersTable();
}

void CustomerFormBinding::refreshOwnersTable()
{
    QTableWidget *table = m_ui.owners.ubosTableWidget;
    table->setRowCount(int(m_owners.size()));
    for (int row = 0; row < m_owners.size(); ++row) {
        const UboRequest &ubo = m_owners.at(row);
        const QString name
            = QStringList { ubo.firstName.value_or(QString()), ubo.lastName.value_or(QString()) }
                  .join(u' ')
                  .trimmed();
        const int documents = (ubo.identityDocumentFront ? 1 : 0) + (ubo.identityDocumentBack ? 1 : 0);
        const QStringList cells { name, ubo.dob ? tr("given") : tr("—"),
                                  // PII: only whether it is there, never the number.
                                  ubo.ssn ? u"•••-••-••••"_s : tr("—"), QString::number(documents) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = table->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                table->setItem(row, column, item);
            }
            item->setText(cells.at(column));
        }
    }
}

QList<QLineEdit *> CustomerFormBinding::lineEdits() const
{
    QList<QLineEdit *> edits;
    for (const Row &row : m_rows) {
        if (auto *edit = qobject_cast<QLineEdit *>(row.editor))
            edits.append(edit);
    }
    edits += m_ui.contact.addressEditor->lineEdits();
    edits += m_ui.compliance.questionnaireEditor->lineEdits();
    return edits;
}

QList<DocumentField *> CustomerFormBinding::documentFields() const
{
    QList<DocumentField *> fields;
    for (const Row &row : m_rows) {
        if (auto *field = qobject_cast<DocumentField *>(row.editor))
            fields.append(field);
    }
    return fields;
}

QVariantMap CustomerFormBinding::captureFields() const
{
    // Exactly what was typed — including a half-typed date the request could not hold — under
    // each box's object name; choices by index, check boxes by state.
    QVariantMap fields;
    for (const QLineEdit *edit : lineEdits())
        fields.insert(edit->objectName(), edit->text());
    for (const QComboBox *combo :
         { m_ui.frame.typeComboBox, m_ui.company.businessTypeComboBox, m_ui.compliance.revenueComboBox,
           m_ui.compliance.questionnaireEditor->actingAsIntermediaryComboBox() })
        fields.insert(combo->objectName(), combo->currentIndex());
    for (const Row &row : m_rows) {
        if (const auto *check = qobject_cast<const QCheckBox *>(row.editor))
            fields.insert(check->objectName(), int(check->checkState()));
        else if (std::holds_alternative<Member<bool>>(row.member))
            fields.insert(row.editor->objectName(),
                          static_cast<const QComboBox *>(row.editor)->currentIndex());
    }
    const QPlainTextEdit *description = m_ui.company.descriptionPlainTextEdit;
    fields.insert(description->objectName(), description->toPlainText());
    const QListWidget *list = m_ui.compliance.highRiskActivitiesListWidget;
    QStringList activities;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            activities.append(list->item(i)->data(Qt::UserRole).toString());
    }
    fields.insert(list->objectName(), activities);
    const QTableWidget *meta = m_ui.meta.metaTableWidget;
    QStringList pairs;
    for (int row = 0; row < meta->rowCount(); ++row) {
        const QTableWidgetItem *key = meta->item(row, 0);
        const QTableWidgetItem *value = meta->item(row, 1);
        pairs << (key ? key->text() : QString()) << (value ? value->text() : QString());
    }
    fields.insert(meta->objectName(), pairs);
    return fields;
}

void CustomerFormBinding::restoreFields(const QVariantMap &fields)
{
    const auto restore = [&fields](QWidget *editor, const auto &apply) {
        const auto it = fields.constFind(editor->objectName());
        if (it != fields.constEnd())
            apply(*it);
    };
    // The type first: it decides which pages exist.
    restore(m_ui.frame.typeComboBox,
            [this](const QVariant &v) { m_ui.frame.typeComboBox->setCurrentIndex(v.toInt()); });
    for (QLineEdit *edit : lineEdits())
        restore(edit, [edit](const QVariant &v) { edit->setText(v.toString()); });
    for (QComboBox *combo : { m_ui.company.businessTypeComboBox, m_ui.compliance.revenueComboBox,
                              m_ui.compliance.questionnaireEditor->actingAsIntermediaryComboBox() })
        restore(combo, [combo](const QVariant &v) { combo->setCurrentIndex(v.toInt()); });
    for (const Row &row : std::as_const(m_rows)) {
        if (auto *check = qobject_cast<QCheckBox *>(row.editor))
            restore(check, [check](const QVariant &v) { check->setCheckState(Qt::CheckState(v.toInt())); });
        else if (std::holds_alternative<Member<bool>>(row.member))
            restoreAnswer(static_cast<QComboBox *>(row.editor), fields);
    }
    QPlainTextEdit *description = m_ui.company.descriptionPlainTextEdit;
    description->setPlainText(fields.value(description->objectName()).toString());
    QListWidget *list = m_ui.compliance.highRiskActivitiesListWidget;
    const QStringList activities = fields.value(list->objectName()).toStringList();
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(activities.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                     : Qt::Unchecked);
    }
    QTableWidget *meta = m_ui.meta.metaTableWidget;
    const QStringList pairs = fields.value(meta->objectName()).toStringList();
    meta->setRowCount(0);
    for (int i = 0; i + 1 < pairs.size(); i += 2) {
        const int row = meta->rowCount();
        meta->insertRow(row);
        meta->setItem(row, 0, new QTableWidgetItem(pairs.at(i)));
        meta->setItem(row, 1, new QTableWidgetItem(pairs.at(i + 1)));
    }
}

QVariantMap CustomerFormBinding::captureDocuments() const
{
    QVariantMap documents;
    for (const DocumentField *field : documentFields()) {
        if (const auto document = field->document())
            documents.insert(field->objectName(), QVariantList { document->fileName, document->content });
    }
    return documents;
}

void CustomerFormBinding::restoreDocuments(const QVariantMap &documents)
{
    for (DocumentField *field : documentFields()) {
        const QVariantList document = documents.value(field->objectName()).toList();
        if (document.size() == 2)
            field->setDocument(DocumentUpload { document.at(0).toString(), document.at(1).toByteArray() });
        else
            field->clear();
    }
}
