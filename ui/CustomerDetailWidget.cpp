#include "CustomerDetailWidget.h"

#include "BankAccountTableModel.h"
#include "ClipboardGuard.h"
#include "CollapsibleSection.h"
#include "CustomerDossier.h"
#include "EnvironmentConfirmation.h"
#include "FlowLayout.h"
#include "HostedLinkBar.h"
#include "PaletteStyle.h"
#include "PiiRevealGate.h"
#include "RequirementListModel.h"
#include "RiskCheckDialog.h"
#include "RiskPanel.h"
#include "SardineHistoryView.h"
#include "SardineMapping.h"
#include "StatusBadge.h"
#include "StatusText.h"
#include "UboDetailsDialog.h"
#include "UboTableModel.h"
#include "VerificationLevelModel.h"
#include "WalletTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // A header cut short by a narrow pane shows its beginning ("Open requ…", not "pen requ"); its
    // tooltip has all of it (RecordTableModel).
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->setWordWrap(false);
    return view;
}

QString orDash(const std::optional<QString> &v)
{
    return v && !v->isEmpty() ? *v : u"—"_s;
}
} // namespace

CustomerDetailWidget::CustomerDetailWidget(CustomerDossier *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_nameLabel(new QLabel(this))
    , m_idLabel(new QLabel(this))
    , m_environmentLabel(new QLabel(this))
    , m_riskEnvironmentLabel(new QLabel(this))
    , m_contactLabel(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_reviewReasonLabel(new QLabel(this))
    , m_kycBadge(new StatusBadge(tr("KYC"), this))
    , m_tosBadge(new StatusBadge(tr("TOS"), this))
    , m_msaBadge(new StatusBadge(tr("MSA"), this))
    , m_euTosBadge(new StatusBadge(tr("EU TOS"), this))
    , m_residencyBadge(new StatusBadge(tr("Residency"), this))
    , m_requirementView(new QListView(this))
    , m_levelView(makeTable(this, u"verificationLevelTableView"_s))
    , m_tabs(new QTabWidget(this))
    , m_uboView(makeTable(this, u"uboTableView"_s))
    , m_walletView(makeTable(this, u"walletTableView"_s))
    , m_bankView(makeTable(this, u"bankAccountTableView"_s))
    , m_revealAccountsCheckBox(new QCheckBox(tr("Reveal account numbers"), this))
    , m_clipboard(new ClipboardGuard(this))
    , m_remaskTimer(new QTimer(this))
    , m_accountsStatusLabel(new QLabel(this))
    , m_riskPanel(new RiskPanel(this))
    , m_runRiskButton(new QPushButton(tr("Run risk check…"), this))
    , m_linkBar(new HostedLinkBar(dossier, this))
    , m_sardineHistory(new SardineHistoryView(dossier, this))
{
    setObjectName(u"customerDetailWidget"_s);
    m_nameLabel->setObjectName(u"customerNameLabel"_s);
    m_idLabel->setObjectName(u"customerIdLabel"_s);
    m_environmentLabel->setObjectName(u"customerEnvironmentLabel"_s);
    m_riskEnvironmentLabel->setObjectName(u"riskEnvironmentLabel"_s);
    m_riskEnvironmentLabel->setWordWrap(true);
    m_kycBadge->setObjectName(u"kycBadgeLabel"_s);
    m_tosBadge->setObjectName(u"tosBadgeLabel"_s);
    m_msaBadge->setObjectName(u"msaBadgeLabel"_s);
    m_euTosBadge->setObjectName(u"euTosBadgeLabel"_s);
    m_residencyBadge->setObjectName(u"residencyBadgeLabel"_s);
    m_addressLabel->setObjectName(u"addressLabel"_s);
    m_contactLabel->setObjectName(u"contactLabel"_s);
    m_requirementView->setObjectName(u"requirementListView"_s);
    // A view has no visible text of its own: these are what a screen reader says on entering it.
    m_requirementView->setAccessibleName(tr("Open requirements"));
    m_requirementView->setAccessibleDescription(
        tr("What Sphere still needs before it can verify the customer"));
    m_levelView->setAccessibleName(tr("Verification levels"));
    m_levelView->setAccessibleDescription(tr("Each verification level and its status"));
    m_uboView->setAccessibleName(tr("Beneficial owners"));
    m_uboView->setAccessibleDescription(tr("The business's owners as Sphere has them"));
    m_walletView->setAccessibleName(tr("Wallets"));
    m_walletView->setAccessibleDescription(
        tr("The customer's wallets; Ctrl+C copies a wallet's whole address"));
    m_bankView->setAccessibleName(tr("Bank accounts"));
    m_bankView->setAccessibleDescription(tr("The customer's bank accounts; numbers masked unless revealed"));
    m_revealAccountsCheckBox->setObjectName(u"revealAccountsCheckBox"_s);
    m_revealAccountsCheckBox->setToolTip(
        tr("Account and routing numbers are masked unless you reveal them."));

    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    PaletteStyle::follow(m_idLabel, [](const StatusColours &colours) -> QString {
        return u"color:%1;"_s.arg(PaletteStyle::name(colours.muted()));
    });
    m_addressLabel->setWordWrap(true);
    // Wrapped rather than holding the pane (and the window) as wide as the longest line.
    for (QLabel *label :
         { m_nameLabel, m_idLabel, m_environmentLabel, m_contactLabel, m_accountsStatusLabel })
        label->setWordWrap(true);
    // An id has no place to wrap: in a narrow pane its tail is cut, and the tooltip has all of it.
    m_idLabel->setMinimumWidth(m_idLabel->fontMetrics().averageCharWidth() * 20);
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contactLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Vendor text is never read as rich text: a value such as <a href="file:…"> stays text.
    for (QLabel *label : { m_nameLabel, m_idLabel, m_addressLabel, m_contactLabel })
        label->setTextFormat(Qt::PlainText);
    m_reviewReasonLabel->setWordWrap(true);
    m_reviewReasonLabel->setObjectName(u"reviewReasonLabel"_s);
    m_reviewReasonLabel->setTextFormat(Qt::PlainText);

    m_requirementView->setModel(m_dossier->requirements());
    m_requirementView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requirementView->setMaximumHeight(110);
    // Narrow enough for the two boxes side by side in a narrow pane; the lists scroll.
    m_requirementView->setMinimumWidth(m_requirementView->fontMetrics().averageCharWidth() * 8);
    m_levelView->setMinimumWidth(m_levelView->fontMetrics().averageCharWidth() * 8);
    m_levelView->setModel(m_dossier->verificationLevels());
    m_levelView->setMaximumHeight(90);
    m_uboView->setModel(m_dossier->ubos());
    m_walletView->setModel(m_dossier->wallets());
    m_bankView->setModel(m_dossier->bankAccounts());
    for (QTableView *view : { m_levelView, m_uboView, m_walletView, m_bankView })
        addCopyActions(view);
    // An owner's row has no room for the whole address or each requirement: a double-click (or
    // Enter) opens all of it, read only.
    m_uboView->setToolTip(tr("Double-click an owner to see all of their details."));
    connect(m_uboView, &QAbstractItemView::activated, this, &CustomerDetailWidget::openUbo);
    connect(m_revealAccountsCheckBox, &QCheckBox::toggled, this, &CustomerDetailWidget::revealAccounts);
    m_remaskTimer->setSingleShot(true);
    connect(m_remaskTimer, &QTimer::timeout, m_revealAccountsCheckBox,
            [this] { m_revealAccountsCheckBox->setChecked(false); });

    auto *badges = new FlowLayout; // five badges side by side need more than a narrow pane has
    for (StatusBadge *b : { m_kycBadge, m_tosBadge, m_msaBadge, m_euTosBadge, m_residencyBadge })
        badges->addWidget(b);

    auto *facts = new QFormLayout;
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows); // an email under its label in a narrow pane
    facts->addRow(tr("Contact:"), m_contactLabel);
    facts->addRow(tr("Address:"), m_addressLabel);
    facts->addRow(tr("Review reason:"), m_reviewReasonLabel);

    // Each folds away to give a short pane's height to the tabs below.
    auto *requirementsSection = new CollapsibleSection(tr("Open requirements"), m_requirementView, this);
    requirementsSection->setObjectName(u"requirementsSection"_s);
    auto *levelsSection = new CollapsibleSection(tr("Verification levels"), m_levelView, this);
    levelsSection->setObjectName(u"verificationLevelsSection"_s);
    auto *requirementRow = new FlowLayout; // side by side, or one above the other in a narrow pane
    requirementRow->addWidget(requirementsSection);
    requirementRow->addWidget(levelsSection);

    auto *bankPage = new QWidget(this);
    auto *bankLayout = new QVBoxLayout(bankPage);
    bankLayout->setContentsMargins(0, 0, 0, 0);
    bankLayout->addWidget(m_revealAccountsCheckBox);
    bankLayout->addWidget(m_bankView);
    m_tabs->setObjectName(u"detailTabWidget"_s);
    m_tabs->addTab(m_uboView, QString());
    m_tabs->addTab(m_walletView, QString());
    m_tabs->addTab(bankPage, QString());
    auto *riskPage = new QWidget(this);
    auto *riskLayout = new QVBoxLayout(riskPage);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    m_runRiskButton->setObjectName(u"runRiskCheckButton"_s);
    m_runRiskButton->setEnabled(false);
    if (!m_dossier->canCheckRisk())
        m_runRiskButton->setToolTip(tr("Sardine is not configured."));
    connect(m_runRiskButton, &QPushButton::clicked, this, &CustomerDetailWidget::openRiskCheck);
    riskLayout->addWidget(m_runRiskButton, 0, Qt::AlignLeft);
    riskLayout->addWidget(m_riskEnvironmentLabel);
    riskLayout->addWidget(m_riskPanel, 1);
    riskLayout->addWidget(m_sardineHistory);
    connect(m_sardineHistory, &SardineHistoryView::failed, this, &CustomerDetailWidget::loadFailed);
    connect(m_linkBar, &HostedLinkBar::failed, this, &CustomerDetailWidget::loadFailed);
    m_tabs->addTab(riskPage, tr("Risk"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_idLabel);
    layout->addWidget(m_environmentLabel);
    m_keptCopyLabel = new QLabel(this);
    m_keptCopyLabel->setObjectName(u"keptCopyLabel"_s);
    m_keptCopyLabel->setWordWrap(true);
    PaletteStyle::follow(m_keptCopyLabel, [](const StatusColours &colours) -> QString {
        const StatusColours::Fill notice = colours.notice(StatusColours::Notice::Warning);
        return u"QLabel { background:%1; color:%2; padding: 4px; }"_s.arg(
            PaletteStyle::name(notice.background), PaletteStyle::name(notice.text));
    });
    m_keptCopyLabel->hide();
    layout->addWidget(m_keptCopyLabel);
    layout->addLayout(badges);
    layout->addWidget(m_linkBar);
    layout->addLayout(facts);
    layout->addLayout(requirementRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_accountsStatusLabel);
    m_riskPanel->showDossier(m_dossier);
    connectDossier();
    showCleared();
    // Last among the children, so the views above still have it while they are destroyed.
    if (!m_dossier->parent())
        m_dossier->setParent(this);
}

CustomerDetailWidget::~CustomerDetailWidget()
{
    for (QObject *child : findChildren<QObject *>()) // as in ~MainWindow: no slots during ~QWidget
        child->disconnect(this);
    m_dossier->disconnect(this);
}

QString CustomerDetailWidget::customerEnvironment() const
{
    return m_dossier->customerEnvironment();
}

QString CustomerDetailWidget::customerId() const
{
    return m_dossier->customerId();
}

const std::optional<Customer> &CustomerDetailWidget::customer() const
{
    return m_dossier->customer();
}

UboTableModel *CustomerDetailWidget::uboModel() const
{
    return m_dossier->ubos();
}

WalletTableModel *CustomerDetailWidget::walletModel() const
{
    return m_dossier->wallets();
}

BankAccountTableModel *CustomerDetailWidget::bankAccountModel() const
{
    return m_dossier->bankAccounts();
}

RequirementListModel *CustomerDetailWidget::requirementModel() const
{
    return m_dossier->requirements();
}

VerificationLevelModel *CustomerDetailWidget::verificationLevelModel() const
{
    return m_dossier->verificationLevels();
}

void CustomerDetailWidget::connectDossier()
{
    connect(m_dossier, &CustomerDossier::cleared, this, &CustomerDetailWidget::showCleared);
    connect(m_dossier, &CustomerDossier::loadingStarted, this, [this](const QString &customerId) {
        // A reveal was audited for the customer it was asked for, never for the next one.
        m_revealAccountsCheckBox->setChecked(false);
        m_keptCopyLabel->hide();
        m_nameLabel->setText(tr("Loading…"));
        setRecordCounts(nullptr); // the previous customer's counts are not this one's
        m_idLabel->setText(customerId);
        m_idLabel->setToolTip(customerId);
    });
    connect(m_dossier, &CustomerDossier::customerFailed, this, [this](const ApiError &error) {
        m_nameLabel->setText(tr("Could not load this customer"));
        Q_EMIT loadFailed(error.userMessage());
    });
    connect(
        m_dossier, &CustomerDossier::customerFromKeptCopy, this,
        [this](const QDateTime &keptAt, const ApiError &why) {
            const QString message
                = tr("Sphere could not be reached (%1). This is the copy kept on this computer %2; it may be "
                     "out of date.")
                      .arg(ApiError::kindName(why.kind),
                           QLocale().toString(keptAt.toLocalTime(), QLocale::ShortFormat));
            m_keptCopyLabel->setText(message);
            m_keptCopyLabel->show();
            Q_EMIT shownFromKeptCopy(message);
        });
    connect(m_dossier, &CustomerDossier::customerLoaded, this, &CustomerDetailWidget::applyCustomer);
    connect(m_dossier, &CustomerDossier::accountsLoading, this, [this](int count) {
        m_accountsStatusLabel->setText(tr("Loading %n wallet(s) and bank account(s)…", nullptr, count));
    });
    connect(m_dossier, &CustomerDossier::accountsLoaded, this, [this](const QStringList &failures) {
        if (failures.isEmpty()) {
            m_accountsStatusLabel->clear();
        } else {
            m_accountsStatusLabel->setText(tr("Some accounts could not be loaded."));
            Q_EMIT loadFailed(failures.join(u'\n'));
        }
    });
    connect(m_dossier, &CustomerDossier::riskHistoryChanged, this, &CustomerDetailWidget::showRiskHistory);
    connect(m_dossier, &CustomerDossier::riskCheckStarted, this,
            [this] { m_runRiskButton->setEnabled(false); });
    connect(m_dossier, &CustomerDossier::riskCheckFailed, this, [this](const ApiError &error) {
        if (error.kind != ApiError::Kind::Cancelled)
            Q_EMIT loadFailed(tr("The risk check failed. %1").arg(error.userMessage()));
    });
    connect(m_dossier, &CustomerDossier::riskCheckNotKept, this, [this](const QString &reason) {
        Q_EMIT loadFailed(tr("The risk check worked but could not be kept in the workspace: %1").arg(reason));
    });
    connect(m_dossier, &CustomerDossier::riskCheckFinished, this, [this](bool ok) {
        m_runRiskButton->setEnabled(true);
        Q_EMIT riskCheckFinished(ok);
    });
}

void CustomerDetailWidget::clear()
{
    m_dossier->clear(); // showCleared() follows
}

void CustomerDetailWidget::showCleared()
{
    for (RiskCheckDialog *dialog : findChildren<RiskCheckDialog *>())
        dialog->reject(); // prefilled from the customer being cleared
    m_revealAccountsCheckBox->setChecked(false);
    m_nameLabel->setText(tr("No customer selected"));
    m_keptCopyLabel->hide();
    m_idLabel->clear();
    m_environmentLabel->clear();
    m_riskEnvironmentLabel->clear();
    m_contactLabel->setText(u"—"_s);
    m_addressLabel->setText(u"—"_s);
    m_reviewReasonLabel->setText(u"—"_s);
    m_reviewReasonLabel->setToolTip(QString());
    for (StatusBadge *b : { m_kycBadge, m_tosBadge, m_msaBadge, m_euTosBadge, m_residencyBadge })
        b->clearStatus();
    m_accountsStatusLabel->clear();
    m_runRiskButton->setEnabled(false);
    setRecordCounts(nullptr);
}

void CustomerDetailWidget::setRecordCounts(const Customer *customer)
{
    // Without a customer the tabs carry no count: "Wallets (2)" under "No customer selected" would
    // be the previous customer's.
    if (!customer) {
        m_tabs->setTabText(0, tr("Beneficial owners"));
        m_tabs->setTabText(1, tr("Wallets"));
        m_tabs->setTabText(2, tr("Bank accounts"));
        return;
    }
    m_tabs->setTabText(0, tr("Beneficial owners (%1)").arg(customer->ubos.size()));
    m_tabs->setTabText(1, tr("Wallets (%1)").arg(customer->wallets.size()));
    m_tabs->setTabText(2, tr("Bank accounts (%1)").arg(customer->bankAccounts.size()));
}

void CustomerDetailWidget::showCustomer(const QString &customerId)
{
    m_dossier->show(customerId);
}

void CustomerDetailWidget::applyCustomer(const Customer &c)
{
    const QString customerEnvironment = m_dossier->customerEnvironment();
    m_environmentLabel->setText(
        tr("From Sphere — %1").arg(VendorEnvironment::recordLabel(customerEnvironment)));
    const bool production
        = customerEnvironment == VendorEnvironment::environmentKey(EnvironmentKind::Production);
    PaletteStyle::follow(m_environmentLabel, [production](const StatusColours &colours) -> QString {
        return production
            ? u"color:%1; font-weight:bold;"_s.arg(PaletteStyle::name(colours.text(StatusText::Tone::Bad)))
            : QString();
    });
    m_nameLabel->setText(c.displayName().isEmpty() ? tr("(no name)") : c.displayName());
    m_idLabel->setText(c.id + u"  ·  "_s + StatusText::customerType(c.type));
    m_idLabel->setToolTip(c.id);
    QStringList contact;
    contact << orDash(c.email) << orDash(c.phoneNumber);
    if (c.website)
        contact << *c.website;
    m_contactLabel->setText(contact.join(u"  ·  "_s));
    const QString address = StatusText::addressText(c.address);
    m_addressLabel->setText(address.isEmpty() ? tr("No address on file") : address);
    // In the analyst's words where the value is known, with Sphere's own word kept beside them.
    const QString reason = c.additionalReviewRequiredReason.value_or(QString());
    m_reviewReasonLabel->setText(reason.isEmpty() ? StatusText::missing() : StatusText::reviewReason(reason));
    m_reviewReasonLabel->setToolTip(
        reason.isEmpty() ? QString() : tr("Sphere's additionalReviewRequiredReason: %1").arg(reason));

    const auto badge = [](StatusBadge *b, const QString &label, const QString &raw, bool null) {
        if (null)
            b->setStatus(tr("not reported"), StatusText::Tone::Neutral);
        else
            b->setStatus(label, StatusText::toneForWire(raw), raw);
    };
    badge(m_kycBadge, StatusText::kyc(c.kyc), c.kyc.raw, c.kyc.null);
    badge(m_tosBadge, StatusText::tos(c.tos), c.tos.raw, c.tos.null);
    badge(m_msaBadge, StatusText::msa(c.msa), c.msa.raw, c.msa.null);
    badge(m_euTosBadge, StatusText::tos(c.euAccountTos), c.euAccountTos.raw, c.euAccountTos.null);
    badge(m_residencyBadge, StatusText::operatingResidency(c.operatingResidency), c.operatingResidency.raw,
          c.operatingResidency.null);

    setRecordCounts(&c);
    m_runRiskButton->setEnabled(m_dossier->canCheckRisk() && !m_dossier->isRiskCheckRunning());
    Q_EMIT customerLoaded(c);
}

void CustomerDetailWidget::setEnvironments(const EnvironmentSelection &environments)
{
    m_environments = environments;
    // A change of either clears the dossier, with the requests still on their way for it.
    m_dossier->setEnvironmentKeys(environments.recordKey(Vendor::Sphere),
                                  environments.recordKey(Vendor::Sardine));
}

void CustomerDetailWidget::showRiskHistory()
{
    if (!m_dossier->keepsRiskHistory() || m_dossier->customerId().isEmpty())
        return;
    const QString sardineEnvironment = m_dossier->sardineEnvironment();
    const qsizetype elsewhere = m_dossier->riskChecksElsewhere();
    QString note = tr("Risk checks on Sardine — %1.").arg(VendorEnvironment::recordLabel(sardineEnvironment));
    if (elsewhere > 0)
        note += u' '
            + tr("%n earlier check(s) from other or unrecorded environments are not shown.", nullptr,
                 int(elsewhere));
    m_riskEnvironmentLabel->setText(note);
}

void CustomerDetailWidget::openRiskCheck()
{
    if (!customer() || !m_dossier->canCheckRisk())
        return;
    auto *dialog = new RiskCheckDialog(SardineMapping::fromSphere(*customer()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDestination(tr("Sends to Sardine — %1, for a customer from Sphere — %2.")
                               .arg(VendorEnvironment::recordLabel(m_environments.recordKey(Vendor::Sardine)),
                                    VendorEnvironment::recordLabel(customerEnvironment())),
                           m_environments.isMixed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runRiskCheck(dialog->request()); });
    dialog->open();
}

void CustomerDetailWidget::runRiskCheck(const SardineCustomerRequest &request)
{
    if (!m_dossier->canCheckRisk() || !customer())
        return; // no customer from the environment in use: nothing to check
    const QString customerId = m_dossier->customerId();
    EnvironmentConfirmation::confirmThenSend(this, m_environments, tr("run a risk check"),
                                             [this, customerId, request] {
                                                 if (customerId == m_dossier->customerId() && customer())
                                                     m_dossier->runRiskCheck(request);
                                             });
}

void CustomerDetailWidget::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void CustomerDetailWidget::setRevealGate(PiiRevealGate *gate)
{
    m_revealGate = gate;
    m_riskPanel->setRevealGate(gate);
}

void CustomerDetailWidget::revealAccounts(bool reveal)
{
    if (reveal && m_revealGate
        && !m_revealGate->askToReveal(tr("account and routing numbers"), u"bankAccounts"_s, customerId())) {
        const QSignalBlocker blocker(m_revealAccountsCheckBox);
        m_revealAccountsCheckBox->setChecked(false);
        return;
    }
    m_dossier->bankAccounts()->setRevealed(reveal);
    if (reveal && m_revealGate)
        m_remaskTimer->start(m_revealGate->revealDuration());
    else
        m_remaskTimer->stop();
}

UboDetailsDialog *CustomerDetailWidget::openUbo(const QModelIndex &index)
{
    const std::optional<Customer> &shown = customer();
    if (!index.isValid() || !shown)
        return nullptr;
    const QString id = index.siblingAtColumn(0).data(UboTableModel::IdRole).toString();
    for (const Ubo &ubo : shown->ubos) {
        if (ubo.id != id)
            continue;
        auto *dialog = new UboDetailsDialog(ubo, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return dialog;
    }
    return nullptr;
}

void CustomerDetailWidget::setClipboard(ClipboardGuard *clipboard)
{
    m_clipboard = clipboard;
}

void CustomerDetailWidget::addCopyActions(QTableView *view)
{
    auto *copy = new QAction(tr("&Copy"), view);
    copy->setObjectName(view->objectName() + u"CopyAction"_s);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this, view] { copyCell(view->currentIndex()); });
    view->addAction(copy);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &at) { showCopyMenu(view, at); });
}

void CustomerDetailWidget::copyCell(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    // The full value, never the shortened text shown (a wallet address "0x6659…44d0").
    QVariant value = index.data(RecordRoles::Copy);
    if (!value.isValid())
        value = index.data(Qt::DisplayRole);
    const QString text = value.toString();
    if (text.isEmpty() || text == StatusText::missing())
        return;
    if (index.data(RecordRoles::PersonalData).toBool())
        m_clipboard->copySensitive(text);
    else
        m_clipboard->copy(text);
}

void CustomerDetailWidget::showCopyMenu(QTableView *view, const QPoint &at)
{
    const QModelIndex index = view->indexAt(at);
    if (!index.isValid())
        return;
    view->setCurrentIndex(index);
    const QAbstractItemModel *model = view->model();
    const auto cellOf = [model, &index](int column) { return model->index(index.row(), column); };
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy); // shown only: the view's own action copies
    copy->setObjectName(u"copyCellAction"_s);
    connect(copy, &QAction::triggered, this, [this, index] { copyCell(index); });
    if (view == m_walletView) {
        QAction *address = menu.addAction(tr("Copy full &address"));
        address->setObjectName(u"copyWalletAddressAction"_s);
        const QModelIndex cell = cellOf(WalletTableModel::Address);
        address->setEnabled(cell.data(RecordRoles::Copy).toString() != StatusText::missing());
        connect(address, &QAction::triggered, this, [this, cell] { copyCell(cell); });
    } else if (view == m_uboView) {
        QAction *email = menu.addAction(tr("Copy &email address"));
        email->setObjectName(u"copyOwnerEmailAction"_s);
        email->setToolTip(tr("Cleared from the clipboard after 30 seconds"));
        const QModelIndex cell = cellOf(UboTableModel::Email);
        email->setEnabled(cell.data().toString() != StatusText::missing());
        connect(email, &QAction::triggered, this, [this, cell] { copyCell(cell); });
    }
    // Every record table keeps its record's id in its IdRole (wallets, owners, bank accounts).
    const int idRole = view == m_walletView ? int(WalletTableModel::IdRole)
        : view == m_uboView                 ? int(UboTableModel::IdRole)
        : view == m_bankView                ? int(BankAccountTableModel::IdRole)
                                            : -1;
    const QString id = idRole < 0 ? QString() : index.data(idRole).toString();
    if (!id.isEmpty()) {
        QAction *copyId = menu.addAction(tr("Copy &id"));
        copyId->setObjectName(u"copyRecordIdAction"_s);
        connect(copyId, &QAction::triggered, this, [this, id] { m_clipboard->copy(id); });
    }
    menu.exec(view->viewport()->mapToGlobal(at));
}
