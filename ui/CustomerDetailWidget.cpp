#include "CustomerDetailWidget.h"

#include "ApiJob.h"
#include "BankAccountTableModel.h"
#include "EnvironmentConfirmation.h"
#include "HostedLinkBar.h"
#include "RequirementListModel.h"
#include "RiskCheckDialog.h"
#include "RiskHistoryStore.h"
#include "RiskPanel.h"
#include "SardineClient.h"
#include "SardineHistoryView.h"
#include "SardineMapping.h"
#include "SphereClient.h"
#include "StatusBadge.h"
#include "StatusText.h"
#include "UboTableModel.h"
#include "VerificationLevelModel.h"
#include "WalletTableModel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTabWidget>
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
    view->setWordWrap(false);
    return view;
}

QString orDash(const std::optional<QString> &v)
{
    return v && !v->isEmpty() ? *v : u"—"_s;
}
} // namespace

CustomerDetailWidget::CustomerDetailWidget(SphereClient *sphere, SardineClient *sardine,
                                           RiskHistoryStore *history, QWidget *parent)
    : QWidget(parent)
    , m_sphere(sphere)
    , m_sardine(sardine)
    , m_history(history)
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
    , m_accountsStatusLabel(new QLabel(this))
    , m_riskPanel(new RiskPanel(this))
    , m_runRiskButton(new QPushButton(tr("Run risk check…"), this))
    , m_linkBar(new HostedLinkBar(sphere, this))
    , m_sardineHistory(new SardineHistoryView(sardine, this))
    , m_uboModel(new UboTableModel(this))
    , m_walletModel(new WalletTableModel(this))
    , m_bankModel(new BankAccountTableModel(this))
    , m_requirementModel(new RequirementListModel(this))
    , m_levelModel(new VerificationLevelModel(this))
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
    m_revealAccountsCheckBox->setObjectName(u"revealAccountsCheckBox"_s);
    m_revealAccountsCheckBox->setToolTip(
        tr("Account and routing numbers are masked unless you reveal them."));

    QFont nameFont = m_nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    nameFont.setBold(true);
    m_nameLabel->setFont(nameFont);
    m_idLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idLabel->setStyleSheet(u"color: palette(mid);"_s);
    m_addressLabel->setWordWrap(true);
    m_addressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contactLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Vendor text is never read as rich text: a value such as <a href="file:…"> stays text.
    for (QLabel *label : { m_nameLabel, m_idLabel, m_addressLabel, m_contactLabel })
        label->setTextFormat(Qt::PlainText);
    m_reviewReasonLabel->setWordWrap(true);

    m_requirementView->setModel(m_requirementModel);
    m_requirementView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requirementView->setMaximumHeight(110);
    m_levelView->setModel(m_levelModel);
    m_levelView->setMaximumHeight(90);
    m_uboView->setModel(m_uboModel);
    m_walletView->setModel(m_walletModel);
    m_bankView->setModel(m_bankModel);
    connect(m_revealAccountsCheckBox, &QCheckBox::toggled, m_bankModel, &BankAccountTableModel::setRevealed);

    auto *badges = new QHBoxLayout;
    for (StatusBadge *b : { m_kycBadge, m_tosBadge, m_msaBadge, m_euTosBadge, m_residencyBadge })
        badges->addWidget(b);
    badges->addStretch(1);

    auto *facts = new QFormLayout;
    facts->addRow(tr("Contact:"), m_contactLabel);
    facts->addRow(tr("Address:"), m_addressLabel);
    facts->addRow(tr("Review reason:"), m_reviewReasonLabel);

    auto *requirementsBox = new QGroupBox(tr("Open requirements"), this);
    auto *requirementsLayout = new QVBoxLayout(requirementsBox);
    requirementsLayout->addWidget(m_requirementView);
    auto *levelsBox = new QGroupBox(tr("Verification levels"), this);
    auto *levelsLayout = new QVBoxLayout(levelsBox);
    levelsLayout->addWidget(m_levelView);
    auto *requirementRow = new QHBoxLayout;
    requirementRow->addWidget(requirementsBox, 1);
    requirementRow->addWidget(levelsBox, 1);

    auto *bankPage = new QWidget(this);
    auto *bankLayout = new QVBoxLayout(bankPage);
    bankLayout->setContentsMargins(0, 0, 0, 0);
    bankLayout->addWidget(m_revealAccountsCheckBox);
    bankLayout->addWidget(m_bankView);
    m_tabs->setObjectName(u"detailTabWidget"_s);
    m_tabs->addTab(m_uboView, tr("Beneficial owners"));
    m_tabs->addTab(m_walletView, tr("Wallets"));
    m_tabs->addTab(bankPage, tr("Bank accounts"));
    auto *riskPage = new QWidget(this);
    auto *riskLayout = new QVBoxLayout(riskPage);
    riskLayout->setContentsMargins(0, 0, 0, 0);
    m_runRiskButton->setObjectName(u"runRiskCheckButton"_s);
    m_runRiskButton->setEnabled(false);
    if (!m_sardine)
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
    layout->addLayout(badges);
    layout->addWidget(m_linkBar);
    layout->addLayout(facts);
    layout->addLayout(requirementRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_accountsStatusLabel);
    clear();
}

CustomerDetailWidget::~CustomerDetailWidget()
{
    m_customerId.clear(); // callbacks of the aborted jobs see they are stale
    abortPending();
    for (QObject *child : findChildren<QObject *>()) // as in ~MainWindow: no slots during ~QWidget
        child->disconnect(this);
}

void CustomerDetailWidget::abortPending()
{
    const auto pending = std::exchange(m_pending, {});
    for (const QPointer<ApiJob> &job : pending) {
        if (job)
            job->abort();
    }
}

void CustomerDetailWidget::clear()
{
    m_customerId.clear(); // first, so callbacks of aborted jobs see they are stale
    abortPending();
    for (RiskCheckDialog *dialog : findChildren<RiskCheckDialog *>())
        dialog->reject(); // prefilled from the customer being cleared
    m_customer.reset();
    m_nameLabel->setText(tr("No customer selected"));
    m_idLabel->clear();
    m_environmentLabel->clear();
    m_riskEnvironmentLabel->clear();
    m_customerEnvironment.clear();
    m_contactLabel->setText(u"—"_s);
    m_addressLabel->setText(u"—"_s);
    m_reviewReasonLabel->setText(u"—"_s);
    for (StatusBadge *b : { m_kycBadge, m_tosBadge, m_msaBadge, m_euTosBadge, m_residencyBadge })
        b->clearStatus();
    m_uboModel->setUbos({});
    m_walletModel->setWallets({});
    m_bankModel->setBankAccounts({});
    m_requirementModel->setRequirements({});
    m_levelModel->setLevels({});
    m_accountsStatusLabel->clear();
    m_riskPanel->clear();
    m_runRiskButton->setEnabled(false);
    m_linkBar->setCustomerId({});
    m_sardineHistory->setCustomerId({});
}

void CustomerDetailWidget::showCustomer(const QString &customerId)
{
    if (customerId == m_customerId)
        return;
    clear();
    m_customerId = customerId;
    m_customerEnvironment = m_environments.recordKey(Vendor::Sphere);
    m_nameLabel->setText(tr("Loading…"));
    m_idLabel->setText(customerId);
    m_pending.append(m_sphere->getCustomer(customerId, this, [this, customerId](const Result<Customer> &r) {
        if (customerId != m_customerId)
            return; // the analyst moved on, or the environment changed (clear())
        if (!r) {
            m_nameLabel->setText(tr("Could not load this customer"));
            Q_EMIT loadFailed(r.error().userMessage());
            return;
        }
        applyCustomer(r.value());
    }));
}

void CustomerDetailWidget::applyCustomer(const Customer &c)
{
    m_customer = c;
    m_environmentLabel->setText(
        tr("From Sphere — %1").arg(VendorEnvironment::recordLabel(m_customerEnvironment)));
    m_environmentLabel->setStyleSheet(
        m_customerEnvironment == VendorEnvironment::environmentKey(EnvironmentKind::Production)
            ? u"color:#b3261e; font-weight:bold;"_s
            : QString());
    m_linkBar->setCustomerId(c.id);
    m_sardineHistory->setCustomerId(c.id); // Sardine knows the customer by its Sphere id (SardineMapping)
    m_nameLabel->setText(c.displayName().isEmpty() ? tr("(no name)") : c.displayName());
    m_idLabel->setText(c.id + u"  ·  "_s + StatusText::customerType(c.type));
    QStringList contact;
    contact << orDash(c.email) << orDash(c.phoneNumber);
    if (c.website)
        contact << *c.website;
    m_contactLabel->setText(contact.join(u"  ·  "_s));
    if (c.address && !c.address->isEmpty()) {
        const Address &a = *c.address;
        QStringList lines;
        for (const auto &part : { a.line1, a.line2 }) {
            if (part && !part->isEmpty())
                lines << *part;
        }
        QStringList cityLine;
        for (const auto &part : { a.city, a.state, a.postalCode, a.country }) {
            if (part && !part->isEmpty())
                cityLine << *part;
        }
        lines << cityLine.join(u", "_s);
        m_addressLabel->setText(lines.join(u'\n'));
    } else {
        m_addressLabel->setText(tr("No address on file"));
    }
    m_reviewReasonLabel->setText(orDash(c.additionalReviewRequiredReason));

    const auto badge = [](StatusBadge *b, const QString &label, const QString &raw, bool null) {
        if (null)
            b->setStatus(tr("not reported"), StatusBadge::Tone::Neutral);
        else
            b->setStatus(label, StatusBadge::toneForWireStatus(raw), raw);
    };
    badge(m_kycBadge, StatusText::kyc(c.kyc), c.kyc.raw, c.kyc.null);
    badge(m_tosBadge, StatusText::tos(c.tos), c.tos.raw, c.tos.null);
    badge(m_msaBadge, StatusText::msa(c.msa), c.msa.raw, c.msa.null);
    badge(m_euTosBadge, StatusText::tos(c.euAccountTos), c.euAccountTos.raw, c.euAccountTos.null);
    badge(m_residencyBadge, StatusText::operatingResidency(c.operatingResidency), c.operatingResidency.raw,
          c.operatingResidency.null);

    m_requirementModel->setRequirements(c.requirements);
    m_levelModel->setLevels(c.verificationLevels);
    m_uboModel->setUbos(c.ubos);
    m_tabs->setTabText(0, tr("Beneficial owners (%1)").arg(c.ubos.size()));
    m_tabs->setTabText(1, tr("Wallets (%1)").arg(c.wallets.size()));
    m_tabs->setTabText(2, tr("Bank accounts (%1)").arg(c.bankAccounts.size()));
    fetchAccounts(c);
    m_runRiskButton->setEnabled(m_sardine != nullptr);
    showRiskHistory(true);
    Q_EMIT customerLoaded(c);
}

void CustomerDetailWidget::fetchAccounts(const Customer &c)
{
    const QString customerId = c.id;
    auto remaining = std::make_shared<int>(int(c.wallets.size() + c.bankAccounts.size()));
    auto failures = std::make_shared<QStringList>();
    if (*remaining == 0)
        return;
    m_accountsStatusLabel->setText(tr("Loading %n wallet(s) and bank account(s)…", nullptr, *remaining));
    const auto done = [this, remaining, failures] {
        if (--*remaining > 0)
            return;
        if (failures->isEmpty()) {
            m_accountsStatusLabel->clear();
        } else {
            m_accountsStatusLabel->setText(tr("Some accounts could not be loaded."));
            Q_EMIT loadFailed(failures->join(u'\n'));
        }
    };
    for (const QString &walletId : c.wallets) {
        m_pending.append(
            m_sphere->getWallet(walletId, this, [this, customerId, failures, done](const Result<Wallet> &r) {
                if (customerId != m_customerId)
                    return;
                if (r)
                    m_walletModel->addOrUpdate(r.value());
                else
                    failures->append(r.error().userMessage());
                done();
            }));
    }
    for (const QString &accountId : c.bankAccounts) {
        m_pending.append(m_sphere->getBankAccount(
            accountId, this, [this, customerId, failures, done](const Result<BankAccount> &r) {
                if (customerId != m_customerId)
                    return;
                if (r)
                    m_bankModel->addOrUpdate(r.value());
                else
                    failures->append(r.error().userMessage());
                done();
            }));
    }
}

void CustomerDetailWidget::setEnvironments(const EnvironmentSelection &environments)
{
    const QList<Vendor> changed = environments.changedFrom(m_environments);
    m_environments = environments;
    // Everything shown comes from Sphere (the customer) or Sardine (verdicts, identity): either
    // changing makes the pane show records of an environment no longer in use.
    if (changed.contains(Vendor::Sphere) || changed.contains(Vendor::Sardine))
        clear();
}

void CustomerDetailWidget::showRiskHistory(bool showLatest)
{
    if (!m_history || m_customerId.isEmpty())
        return;
    const QString sardineEnvironment = m_environments.recordKey(Vendor::Sardine);
    const QList<RiskHistoryStore::Entry> entries = m_history->entries(m_customerId, sardineEnvironment);
    const qsizetype elsewhere = m_history->entries(m_customerId).size() - entries.size();
    QString note = tr("Risk checks on Sardine — %1.").arg(VendorEnvironment::recordLabel(sardineEnvironment));
    if (elsewhere > 0)
        note += u' '
            + tr("%n earlier check(s) from other or unrecorded environments are not shown.", nullptr,
                 int(elsewhere));
    m_riskEnvironmentLabel->setText(note);
    QList<std::pair<QDateTime, double>> scores;
    for (const RiskHistoryStore::Entry &e : entries) {
        if (e.result.customerScore)
            scores.append({ e.checkedAt, *e.result.customerScore });
    }
    m_riskPanel->showHistory(scores);
    if (showLatest && !entries.isEmpty())
        m_riskPanel->showResult(entries.last().result);
}

void CustomerDetailWidget::openRiskCheck()
{
    if (!m_customer || !m_sardine)
        return;
    auto *dialog = new RiskCheckDialog(SardineMapping::fromSphere(*m_customer), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDestination(tr("Sends to Sardine — %1, for a customer from Sphere — %2.")
                               .arg(VendorEnvironment::recordLabel(m_environments.recordKey(Vendor::Sardine)),
                                    VendorEnvironment::recordLabel(m_customerEnvironment)),
                           m_environments.isMixed());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { runRiskCheck(dialog->request()); });
    dialog->open();
}

void CustomerDetailWidget::runRiskCheck(const SardineCustomerRequest &request)
{
    if (!m_sardine || !m_customer)
        return; // no customer from the environment in use: nothing to check
    const QString customerId = m_customerId;
    EnvironmentConfirmation::confirmThenSend(this, m_environments, tr("run a risk check"),
                                             [this, customerId, request] {
                                                 if (customerId == m_customerId && m_customer)
                                                     sendRiskCheck(request);
                                             });
}

void CustomerDetailWidget::sendRiskCheck(const SardineCustomerRequest &request)
{
    const QString customerId = m_customerId;
    const QString environment = m_environments.recordKey(Vendor::Sardine);
    const QString customerEnvironment = m_customerEnvironment;
    m_runRiskButton->setEnabled(false);
    m_pending.append(m_sardine->checkCustomer(
        request, this, [this, customerId, environment, customerEnvironment](const Result<RiskResult> &r) {
            if (customerId != m_customerId)
                return; // another customer, or the environment changed (clear())
            m_runRiskButton->setEnabled(true);
            if (!r) {
                if (r.error().kind != ApiError::Kind::Cancelled)
                    Q_EMIT loadFailed(tr("The risk check failed. %1").arg(r.error().userMessage()));
                Q_EMIT riskCheckFinished(false);
                return;
            }
            if (m_history
                && !m_history->add(customerId, environment, customerEnvironment,
                                   QDateTime::currentDateTimeUtc(), r.value()))
                Q_EMIT loadFailed(tr("The risk check worked but could not be kept in the workspace: %1")
                                      .arg(m_history->errorString()));
            m_riskPanel->showResult(r.value());
            showRiskHistory(false);
            loadIdentity(customerId);
            Q_EMIT riskCheckFinished(true);
        }));
}

void CustomerDetailWidget::loadIdentity(const QString &customerId)
{
    m_pending.append(
        m_sardine->identity(customerId, this, [this, customerId](const Result<IdentityEntity> &r) {
            if (customerId != m_customerId)
                return;
            if (r)
                m_riskPanel->showIdentity(r.value());
            else if (r.error().httpStatus == 404)
                m_riskPanel->showIdentity(
                    std::nullopt, tr("No identity entity: this customer has not been through document KYC."));
            else if (r.error().kind != ApiError::Kind::Cancelled)
                m_riskPanel->showIdentity(std::nullopt, r.error().userMessage());
        }));
}
