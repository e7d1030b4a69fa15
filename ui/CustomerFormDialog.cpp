// About 500 lines: the dialog is the one place that sequences pages, binding, validation, drafts,
// the environment question and the submit/retry path; each of those lives in its own class and this
// file only wires them in the order an analyst meets them.
#include "CustomerFormDialog.h"

#include "CustomerEdits.h"
#include "CustomerFormBinding.h"
#include "CustomerFormDraft.h"
#include "CustomerFormUi.h"
#include "CustomerSubmitter.h"
#include "DocumentField.h"
#include "DraftAutosaver.h"
#include "EnvironmentConfirmation.h"
#include "FieldIssueTracker.h"
#include "PaletteStyle.h"
#include "ScreenFit.h"
#include "UboEditorDialog.h"

#include <algorithm>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CustomerFormDialog::CustomerFormDialog(Mode mode, SphereClient *sphere, DraftStore *drafts, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_ui(std::make_unique<CustomerFormUi>())
    , m_submitter(new CustomerSubmitter(sphere, this))
    , m_autosaver(new DraftAutosaver(drafts, mode == Mode::Create ? u"sphere-create"_s : u"sphere-update"_s,
                                     (mode == Mode::Create ? u"sphere-create/"_s : u"sphere-update/"_s)
                                         + QUuid::createUuid().toString(QUuid::WithoutBraces),
                                     this))
    , m_issues(new FieldIssueTracker(this))
    , m_maxDocumentBytes(CustomerRequestValidator::kDefaultMaxDocumentBytes)
{
    m_ui->setupUi(this);
    ScreenFit::fitToScreen(this); // the .ui size is for a large monitor
    m_binding = new CustomerFormBinding(mode == Mode::Create ? CustomerFormBinding::Mode::Create
                                                             : CustomerFormBinding::Mode::Update,
                                        *m_ui, this);
    setObjectName(mode == Mode::Create ? u"createCustomerDialog"_s : u"updateCustomerDialog"_s);
    setWindowTitle(mode == Mode::Create ? tr("New Sphere customer") : tr("Update Sphere customer"));
    setUpPages();
    m_restoring = true;
    m_binding->clear(); // every answer starts "not given"
    m_restoring = false;

    m_autosaver->setSource([this] { return draftTitle(); }, [this] { return captureState(); });
    m_autosaver->setEnvironmentKey(m_environments.recordKey(Vendor::Sphere));
    connect(m_autosaver, &DraftAutosaver::saved, this, &CustomerFormDialog::draftSaved);
    connect(m_autosaver, &DraftAutosaver::saveFailed, this, [this](const QString &message) {
        setBanner(tr("The draft could not be saved: %1").arg(message), true);
    });
    connect(m_submitter, &CustomerSubmitter::succeeded, this, &CustomerFormDialog::onSubmitSucceeded);
    connect(m_submitter, &CustomerSubmitter::failed, this, &CustomerFormDialog::onSubmitFailed);
    connect(m_submitter, &CustomerSubmitter::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_ui->frame.uploadProgressBar->setRange(0, 1000);
        m_ui->frame.uploadProgressBar->setValue(total > 0 ? int(sent * 1000 / total) : 0);
    });
    connect(m_submitter, &CustomerSubmitter::statusChanged, this,
            [this](const QString &status) { m_ui->frame.summaryLabel->setText(status); });
    onTypeChanged();
    m_autosaver->markPristine();
}

CustomerFormDialog::~CustomerFormDialog()
{
    // ~QWidget destroys the editors after this object has stopped being a CustomerFormDialog; their last
    // signals (focus leaving a deleted line edit, a combo box emptied) must not reach our slots.
    const auto children = findChildren<QObject *>();
    for (QObject *child : children)
        child->disconnect(this);
}

void CustomerFormDialog::setUpPages()
{
    auto &frame = m_ui->frame;
    frame.typeComboBox->setEnabled(m_mode == Mode::Create); // the vendor does not change a type
    m_submitPushButton = frame.formButtonBox->addButton(
        m_mode == Mode::Create ? tr("Create customer") : tr("Save changes"), QDialogButtonBox::AcceptRole);
    m_submitPushButton->setObjectName(u"submitPushButton"_s);
    m_submitPushButton->setDefault(true);
    connect(m_submitPushButton, &QPushButton::clicked, this, &CustomerFormDialog::submit);
    connect(frame.formButtonBox, &QDialogButtonBox::rejected, this, &CustomerFormDialog::reject);

    for (QTableWidget *table : { m_ui->owners.ubosTableWidget, m_ui->meta.metaTableWidget })
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const auto &owners = m_ui->owners;
    connect(owners.addUboPushButton, &QPushButton::clicked, this, [this] { openOwnerEditor(-1); });
    connect(owners.editUboPushButton, &QPushButton::clicked, this, [this] {
        if (const int row = m_ui->owners.ubosTableWidget->currentRow(); row >= 0)
            openOwnerEditor(row);
    });
    connect(owners.removeUboPushButton, &QPushButton::clicked, this, &CustomerFormDialog::removeOwner);
    connect(owners.ubosTableWidget, &QTableWidget::itemSelectionChanged, this,
            &CustomerFormDialog::refreshOwnerButtons);
    connect(owners.ubosTableWidget, &QTableWidget::cellDoubleClicked, this,
            [this](int row) { openOwnerEditor(row); });
    connect(m_ui->meta.addMetaPushButton, &QPushButton::clicked, this, &CustomerFormDialog::addMetaEntry);
    connect(m_ui->meta.removeMetaPushButton, &QPushButton::clicked, this,
            &CustomerFormDialog::removeMetaEntry);
    refreshOwnerButtons();

    m_binding->trackIssues(m_issues);
    // Under the date of birth, beside its issue label: a warning that does not block sending.
    QLineEdit *dob = m_ui->person.dobLineEdit;
    m_dobWarningLabel = new QLabel(dob->parentWidget());
    m_dobWarningLabel->setObjectName(u"dobWarningLabel"_s);
    PaletteStyle::followTone(m_dobWarningLabel, StatusText::Tone::Attention);
    m_dobWarningLabel->setWordWrap(true);
    m_dobWarningLabel->hide();
    if (auto *cell = qobject_cast<QVBoxLayout *>(dob->parentWidget()->layout()))
        cell->addWidget(m_dobWarningLabel);
    connect(frame.typeComboBox, &QComboBox::currentIndexChanged, this, &CustomerFormDialog::onTypeChanged);
    connect(m_issues, &FieldIssueTracker::fieldLeft, this, [this] { revalidate(); });
    connect(m_binding, &CustomerFormBinding::changed, this, &CustomerFormDialog::onChanged);
}

bool CustomerFormDialog::isBusiness() const
{
    return m_binding->isBusiness();
}

void CustomerFormDialog::onTypeChanged()
{
    const bool business = isBusiness();
    auto &frame = m_ui->frame;
    frame.identityStackedWidget->setCurrentIndex(business ? 1 : 0);
    frame.formTabWidget->setTabVisible(frame.formTabWidget->indexOf(frame.ownersTab), business);
    m_ui->documents.personDocumentsWidget->setVisible(!business);
    m_ui->documents.companyDocumentsWidget->setVisible(business);
    m_ui->compliance.companyComplianceWidget->setVisible(business);
    m_ui->compliance.personQuestionnaireGroupBox->setVisible(!business && m_mode == Mode::Update);
    frame.formTabWidget->setTabVisible(frame.formTabWidget->indexOf(frame.complianceTab),
                                       business || m_mode == Mode::Update);
    onChanged();
}

void CustomerFormDialog::setMaxDocumentBytes(qint64 maxBytes)
{
    m_maxDocumentBytes = maxBytes;
    for (DocumentField *field : m_binding->documentFields())
        field->setMaxBytes(maxBytes);
    revalidate();
}

void CustomerFormDialog::setEnvironments(const EnvironmentSelection &environments)
{
    m_environments = environments;
    m_autosaver->setEnvironmentKey(environments.recordKey(Vendor::Sphere));
}

QString CustomerFormDialog::draftId() const
{
    return m_autosaver->draftId();
}

CustomerRequest CustomerFormDialog::request() const
{
    return m_binding->read();
}

CustomerRequest CustomerFormDialog::changes() const
{
    return m_binding->diff(m_baseline);
}

CustomerRequest CustomerFormDialog::requestToSend() const
{
    return m_mode == Mode::Create ? request() : changes();
}

QList<FieldIssue> CustomerFormDialog::clearedFieldIssues() const
{
    // The vendor leaves out fields unchanged, so emptying a box cannot clear a value on Sphere;
    // say so instead of silently keeping the old value.
    QList<FieldIssue> result;
    for (auto it = m_baselineTexts.constBegin(); it != m_baselineTexts.constEnd(); ++it) {
        if (it.value().isEmpty() || !it.key()->text().trimmed().isEmpty() || !it.key()->isVisibleTo(this))
            continue;
        const QString path = it.key()->property("fieldPath").toString();
        if (!path.isEmpty())
            result.append({ path, tr("Sphere cannot clear a value; enter the new value instead.") });
    }
    // Owners are edited in their own dialog; what one of them lost is named in the summary.
    const QStringList cleared = CustomerEdits::clearedFields(m_baseline, request());
    for (const QString &path : cleared)
        if (path.startsWith(u"ubos["_s))
            result.append({ path, tr("Sphere cannot clear a value; enter the new value instead.") });
    return result;
}

QList<FieldIssue> CustomerFormDialog::issues() const
{
    return issuesOf(requestToSend());
}

QList<FieldIssue> CustomerFormDialog::issuesOf(const CustomerRequest &toSend) const
{
    QList<FieldIssue> result = m_binding->entryIssues();
    // A refused file (wrong type, too big, unreadable) is an issue of its field even when an
    // earlier, good file is still attached: the analyst meant to replace it. A file still being
    // checked is one too, until its verdict is in. Asked of the binding, not of the widgets: the
    // Documents tab is hidden while another tab is shown, and its fields with it.
    for (const DocumentField *field : m_binding->documentFields())
        if (!field->issue().isEmpty() && m_binding->isRead(field))
            result.append({ field->property("fieldPath").toString(), field->issue() });

    // An update checks only what is sent: a stored value the form cannot read back (a legacy phone
    // format, say) must not block an unrelated change.
    const auto mode = m_mode == Mode::Create ? CustomerRequestValidator::Mode::Create
                                             : CustomerRequestValidator::Mode::Update;
    result += CustomerRequestValidator::validate(toSend, mode, m_maxDocumentBytes);
    if (m_mode == Mode::Update)
        result += clearedFieldIssues();
    return result;
}

void CustomerFormDialog::onChanged()
{
    if (m_restoring)
        return;
    revalidate();
    m_autosaver->schedule();
}

void CustomerFormDialog::revalidate(const QList<FieldIssue> &vendorIssues)
{
    const CustomerRequest toSend = requestToSend();
    const QList<FieldIssue> current = issuesOf(toSend);
    // The vendor's own complaints are shown beside the fields but do not block a retry: only the
    // analyst's next edit (which revalidates without them) can tell whether they are resolved.
    const QList<FieldIssue> unplaced = m_issues->show(current + vendorIssues);

    // Mark tabs that hold an issue, so nothing hides behind another page.
    QTabWidget *tabs = m_ui->frame.formTabWidget;
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QString title = tabs->tabText(tab);
        if (title.endsWith(u" ●"_s))
            title.chop(2);
        bool hasIssue = false;
        for (const FieldIssue &issue : current) {
            QWidget *editor = m_issues->editorFor(issue.field);
            if (editor && tabs->widget(tab)->isAncestorOf(editor))
                hasIssue = true;
        }
        tabs->setTabText(tab, hasIssue ? title + u" ●"_s : title);
    }

    // The whole form, not only what an update sends: a minor's date of birth stays worth a word.
    const QList<FieldIssue> warnings = CustomerRequestValidator::warnings(m_binding->read());
    QString dobWarning;
    QStringList warningTexts;
    for (const FieldIssue &warning : warnings) {
        if (warning.field == u"dob")
            dobWarning = warning.message;
        warningTexts << warning.message;
    }
    m_dobWarningLabel->setText(dobWarning);
    m_dobWarningLabel->setVisible(!dobWarning.isEmpty());

    const QString verb = m_mode == Mode::Create ? tr("Create customer") : tr("Save changes");
    bool enabled = !m_submitting && current.isEmpty() && !m_customerApproved;
    const QStringList labels = m_issues->labelsOf(current);
    // Files still being checked are no mistake to fix: when nothing else holds the form, say so.
    QStringList checking;
    for (const DocumentField *field : m_binding->documentFields())
        if (field->isChecking() && m_binding->isRead(field))
            checking << field->property("fieldPath").toString();
    const bool onlyChecking = !current.isEmpty()
        && std::all_of(current.begin(), current.end(),
                       [&checking](const FieldIssue &issue) { return checking.contains(issue.field); });
    QString summary;
    if (m_customerApproved) {
        summary = tr("This customer's KYC is approved; Sphere does not allow changes.");
    } else if (onlyChecking) {
        summary = tr("Checking %1…").arg(labels.join(u", "_s));
    } else if (!current.isEmpty()) {
        summary = tr("To fix before sending: %1").arg(labels.join(u", "_s));
        for (const FieldIssue &issue : unplaced)
            summary += u"\n"_s + issue.message;
    } else if (m_mode == Mode::Update && CustomerEdits::isEmpty(toSend)) {
        summary = tr("No changes yet.");
        enabled = false;
    }
    if (!m_customerApproved && !warningTexts.isEmpty())
        summary += (summary.isEmpty() ? QString() : u"\n"_s) + tr("Note: %1").arg(warningTexts.join(u' '));
    if (!m_submitting)
        m_ui->frame.summaryLabel->setText(summary);
    m_submitPushButton->setEnabled(enabled);
    m_submitPushButton->setText(current.isEmpty() || m_customerApproved
                                    ? (m_everSubmitted ? tr("Retry") : verb)
                                    : onlyChecking ? tr("Checking…")
                                                   : tr("%n field(s) to fix", nullptr, int(labels.size())));
    m_submitPushButton->setToolTip(summary);
}

void CustomerFormDialog::refreshOwnerButtons()
{
    const QTableWidget *table = m_ui->owners.ubosTableWidget;
    const bool selected = table->currentRow() >= 0 && !table->selectedItems().isEmpty();
    m_ui->owners.editUboPushButton->setEnabled(selected);
    m_ui->owners.removeUboPushButton->setEnabled(selected);
}

void CustomerFormDialog::removeOwner()
{
    const int row = m_ui->owners.ubosTableWidget->currentRow();
    QList<UboRequest> owners = m_binding->owners();
    if (row < 0 || row >= owners.size())
        return;
    owners.removeAt(row);
    m_binding->setOwners(owners);
    refreshOwnerButtons();
    onChanged();
}

void CustomerFormDialog::openOwnerEditor(int index)
{
    if (index >= m_binding->owners().size())
        return;
    const auto mode = m_mode == Mode::Create ? CustomerRequestValidator::Mode::Create
                                             : CustomerRequestValidator::Mode::Update;
    auto *editor = new UboEditorDialog(mode, m_maxDocumentBytes, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (index >= 0)
        editor->setUbo(m_binding->owners().at(index));
    connect(editor, &QDialog::accepted, this, [this, editor, index] {
        QList<UboRequest> owners = m_binding->owners();
        if (index >= 0 && index < owners.size())
            owners[index] = editor->ubo();
        else
            owners.append(editor->ubo());
        m_binding->setOwners(owners);
        refreshOwnerButtons();
        onChanged();
    });
    editor->open();
}

void CustomerFormDialog::addMetaEntry()
{
    QTableWidget *table = m_ui->meta.metaTableWidget;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, 0, new QTableWidgetItem);
    table->setItem(row, 1, new QTableWidgetItem);
    table->setCurrentCell(row, 0);
    table->editItem(table->item(row, 0));
}

void CustomerFormDialog::removeMetaEntry()
{
    QTableWidget *table = m_ui->meta.metaTableWidget;
    const int row = table->currentRow();
    if (row >= 0) {
        table->removeRow(row);
        onChanged();
    }
}

void CustomerFormDialog::setCustomer(const Customer &customer)
{
    m_restoring = true;
    m_customerId = customer.id;
    m_autosaver->setDraftId(u"sphere-update/"_s + customer.id);
    m_customerApproved = customer.kyc.value == KycStatus::Approved;
    CustomerRequest prefill = CustomerEdits::fromCustomer(customer);
    // The form starts with no owners: each one added or edited is sent, the others are left alone.
    prefill.ubos.clear();
    m_binding->fill(prefill);
    m_restoring = false;
    refreshOwnerButtons();
    onTypeChanged();
    m_autosaver->markPristine(); // the customer as Sphere has it: no draft until the analyst edits

    m_baseline = request();
    m_baselineTexts.clear();
    for (QLineEdit *edit : m_binding->lineEdits()) {
        if (!edit->property("fieldPath").toString().isEmpty() && !edit->text().isEmpty())
            m_baselineTexts.insert(edit, edit->text());
    }
    setWindowTitle(tr("Update %1").arg(customer.displayName()));
    if (m_customerApproved)
        setBanner(tr("%1's KYC is approved. Sphere does not allow an approved customer to be updated, so "
                     "nothing can be sent from this form.")
                      .arg(customer.displayName()),
                  true);
    revalidate();
}

void CustomerFormDialog::setBanner(const QString &text, bool error)
{
    if (text.isEmpty())
        m_ui->frame.messageBar->hide();
    else
        m_ui->frame.messageBar->showMessage(error ? MessageBar::Level::Error : MessageBar::Level::Info, text);
}

QString CustomerFormDialog::statusText() const
{
    return m_ui->frame.messageBar->isVisibleTo(this) ? m_ui->frame.messageBar->text() : QString();
}

void CustomerFormDialog::submit()
{
    m_issues->setSubmitAttempted(true);
    revalidate();
    if (!m_submitPushButton->isEnabled() || m_submitting)
        return;
    m_autosaver->saveNow(); // the draft is what survives a crash mid-request
    EnvironmentConfirmation::confirmThenSend(
        this, m_environments,
        m_mode == Mode::Create ? tr("create this customer in Sphere") : tr("update this customer in Sphere"),
        [this] {
            if (!m_submitting)
                send();
        },
        EnvironmentConfirmation::resumed(Vendor::Sphere, m_draftEnvironment));
}

void CustomerFormDialog::send()
{
    m_submitting = true;
    m_everSubmitted = true;
    m_submitPushButton->setEnabled(false);
    m_ui->frame.uploadProgressBar->setRange(0, 0);
    m_ui->frame.uploadProgressBar->show();
    setBanner({}, false);
    if (m_mode == Mode::Create)
        m_submitter->submitCreate(request());
    else
        m_submitter->submitUpdate(m_customerId, m_customerApproved, requestToSend());
}

void CustomerFormDialog::onSubmitFailed(const ApiError &error, const QList<FieldIssue> &fieldIssues)
{
    m_submitting = false;
    m_ui->frame.uploadProgressBar->hide();
    QString text = error.userMessage();
    if (error.kind == ApiError::Kind::Timeout || error.kind == ApiError::Kind::Network
        || (error.kind == ApiError::Kind::HttpStatus && error.httpStatus >= 500))
        text += u' '
            + tr("Your entries are kept as a draft. Retry when the connection is back; KYC Desk first "
                 "checks whether Sphere already created the customer, so no duplicate is made.");
    setBanner(text, true);
    revalidate(fieldIssues);
    if (fieldIssues.isEmpty())
        return;
    if (QWidget *editor = m_issues->editorFor(fieldIssues.first().field)) {
        QTabWidget *tabs = m_ui->frame.formTabWidget;
        for (int tab = 0; tab < tabs->count(); ++tab)
            if (tabs->widget(tab)->isAncestorOf(editor))
                tabs->setCurrentIndex(tab);
        editor->setFocus();
    }
}

void CustomerFormDialog::onSubmitSucceeded(const Customer &customer, bool recovered)
{
    m_submitting = false;
    m_autosaver->discard();
    Q_EMIT customerSaved(customer, m_mode == Mode::Create);
    if (recovered)
        setBanner(
            tr("Sphere had already created this customer before the connection failed; nothing was sent "
               "twice."),
            false);
    QDialog::accept();
}

void CustomerFormDialog::closeEvent(QCloseEvent *event)
{
    if (m_submitting) {
        event->ignore();
        return;
    }
    m_autosaver->saveNow();
    QDialog::closeEvent(event);
}

void CustomerFormDialog::reject()
{
    if (m_submitting)
        return;
    m_autosaver->saveNow(); // Cancel keeps a draft the analyst can resume from the Drafts menu
    QDialog::reject();
}

QString CustomerFormDialog::draftTitle() const
{
    // No PII in the title: it is stored beside the encrypted payload, readable in the list.
    if (m_mode == Mode::Update)
        return tr("Update of %1").arg(m_customerId);
    return isBusiness() ? tr("New business customer") : tr("New individual customer");
}

QByteArray CustomerFormDialog::captureState() const
{
    CustomerFormDraft draft;
    draft.update = m_mode == Mode::Update;
    draft.customerId = m_customerId;
    draft.customerApproved = m_customerApproved;
    draft.fields = m_binding->captureFields();
    draft.documents = m_binding->captureDocuments();
    draft.owners = m_binding->owners();
    draft.idempotencyKey = m_submitter->idempotencyKey();
    draft.firstAttempt = m_submitter->firstAttempt();
    draft.sent = m_submitter->sentRequest();
    return draft.toBytes();
}

bool CustomerFormDialog::restoreState(const QByteArray &state)
{
    const std::optional<CustomerFormDraft> draft = CustomerFormDraft::fromBytes(state);
    if (!draft || draft->update != (m_mode == Mode::Update))
        return false;
    // An update draft is laid over the customer as Sphere has it now (setCustomer() first), so
    // the diff and the approved check use fresh data; it must be the same customer.
    if (m_mode == Mode::Update && draft->customerId != m_customerId)
        return false;
    m_restoring = true;
    m_binding->restoreFields(draft->fields);
    m_binding->restoreDocuments(draft->documents);
    m_binding->setOwners(draft->owners);
    m_submitter->restorePending(draft->idempotencyKey, draft->firstAttempt, draft->sent);
    m_restoring = false;
    refreshOwnerButtons();
    onTypeChanged();
    return true;
}

bool CustomerFormDialog::restoreDraft(const QString &draftId)
{
    if (!m_autosaver->isAvailable()) {
        setBanner(tr("Drafts are not available in this session."), true);
        return false;
    }
    const Result<QByteArray> payload = m_autosaver->load(draftId);
    if (!payload) {
        setBanner(tr("The draft could not be opened: %1").arg(payload.error().message), true);
        return false;
    }
    if (!restoreState(payload.value())) {
        setBanner(tr("The draft was saved by a different version of KYC Desk and cannot be restored."), true);
        return false;
    }
    m_draftEnvironment = m_autosaver->resume(draftId);
    setBanner(tr("Restored from the draft saved earlier."), false);
    return true;
}
