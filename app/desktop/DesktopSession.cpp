#include "DesktopSession.h"

#include "AnalystName.h"
#include "AuditEvents.h"
#include "AuditTrail.h"
#include "ConnectionTester.h"
#include "CustomerCache.h"
#include "CustomerDetailWidget.h"
#include "DocumentLimitSettings.h"
#include "DraftStore.h"
#include "EmbeddedSandbox.h"
#include "FeedbackOutbox.h"
#include "FeedbackSender.h"
#include "HttpTransport.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "MessageBar.h"
#include "PendingChanges.h"
#include "PiiRevealGate.h"
#include "PrivateFileGuard.h"
#include "QueueClaims.h"
#include "RequestLimitsSettings.h"
#include "ReviewReasons.h"
#include "ReviewStore.h"
#include "RiskHistoryStore.h"
#include "SettingsDialog.h"
#include "TeamRiskHistory.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceNotifications.h"
#include "WorkspaceSettings.h"
#include "YativoLinks.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

DesktopSession::DesktopSession(SandboxConfig sandboxConfig, QObject *parent, CredentialStore *persistentStore)
    : QObject(parent)
    , m_sandboxConfig(std::move(sandboxConfig))
    , m_transport(new HttpTransport(this))
    , m_keychain(persistentStore ? persistentStore
                                 : new KeychainCredentialStore(QStringLiteral("KYC Desk"), this))
    , m_sessionStore(new MemoryCredentialStore(this))
    , m_tester(new ConnectionTester(m_transport, this))
    , m_history(std::make_unique<RiskHistoryStore>(RiskHistoryStore::defaultPath()))
{
    for (Vendor vendor : VendorEnvironment::kVendors) {
        auto *vendorConnection = new VendorConnection(vendor, m_transport, m_keychain, m_sessionStore, this);
        vendorConnection->setEmbeddedSandbox(
            [this](QString *error) { return ensureEmbeddedSandbox(error) ? m_sandbox->baseUrl() : QUrl(); });
        connect(
            vendorConnection, &VendorConnection::failed, this,
            [this, vendor](const VendorConnection::Problem &problem) { connectionFailed(vendor, problem); });
        m_connections[std::size_t(vendor)] = vendorConnection;
    }
    connect(connection(Vendor::Sphere), &VendorConnection::ready, this, [this] {
        if (m_window)
            m_window->reload();
    });
    // Yativo's client is made anew for each configuration and is there only while ready.
    const auto showYativo = [this] {
        if (m_window)
            m_window->setOnboarding(m_drafts, connection(Vendor::Yativo)->yativo());
    };
    connect(connection(Vendor::Yativo), &VendorConnection::stateChanged, this, showYativo);
    connect(connection(Vendor::Yativo), &VendorConnection::ready, this, showYativo);
}

DesktopSession::~DesktopSession()
{
    m_window.reset(); // before the sandbox and the clients it uses
    delete m_feedbackSender; // before the outbox it sends from
}

bool DesktopSession::ensureEmbeddedSandbox(QString *error)
{
    if (m_sandbox)
        return true;
    auto sandbox = std::make_unique<EmbeddedSandbox>();
    const QUrl url = sandbox->start(m_sandboxConfig);
    if (url.isEmpty()) {
        *error = tr("The embedded sandbox could not start: %1").arg(sandbox->errorString());
        return false;
    }
    m_sandbox = std::move(sandbox);
    reportFileRepairs();
    return true;
}

void DesktopSession::reportFileRepairs()
{
    if (!m_window)
        return; // start() reports once the window exists
    if (const QString repaired = PrivateFileGuard::takeRepairWarning(); !repaired.isEmpty())
        m_window->messageBar()->showMessage(MessageBar::Level::Warning, repaired);
}

bool DesktopSession::start(QString *error)
{
    const VendorConnectionSettings sphere = VendorConnectionSettings::load(m_settings, Vendor::Sphere);
    if (sphere.environment == EnvironmentKind::EmbeddedSandbox && !ensureEmbeddedSandbox(error))
        return false;
    // A team server is opened before the window: the window reads the team's risk checks.
    const WorkspaceLocation where = WorkspaceSettings::load(m_settings);
    if (where.isTeamServer()) {
        m_workspace = std::make_unique<WorkspaceDatabase>(where, teamServerPassword());
        if (m_workspace->isOpen())
            m_teamHistory = std::make_unique<TeamRiskHistory>(m_workspace.get(),
                                                              m_workspace->analystName(currentAnalystName()));
    }
    m_riskHistory = m_teamHistory ? static_cast<RiskHistory *>(m_teamHistory.get())
                                  : (m_history->isOpen() ? m_history.get() : nullptr);
    m_window = std::make_unique<MainWindow>(connection(Vendor::Sphere)->sphere(), EnvironmentDescription {},
                                            nullptr, connection(Vendor::Sardine)->sardine(), m_riskHistory);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopSession::openSettings);
    m_window->setAppearanceSettings(&m_settings);
    connect(m_transport, &HttpTransport::activityChanged, m_window.get(), &MainWindow::setRequestsInFlight);
    m_environments = EnvironmentSelection::load(m_settings);
    m_window->setEnvironments(m_environments);
    m_window->restoreViewState(&m_settings);
    m_window->show();
    for (const QString &warning : std::as_const(m_startupWarnings))
        m_window->messageBar()->showMessage(MessageBar::Level::Warning, warning);
    if (!m_riskHistory)
        m_window->messageBar()->showMessage(
            MessageBar::Level::Warning,
            tr("The local workspace could not be opened (%1); risk checks will not be kept.")
                .arg(m_history->errorString()));
    openReviewWorkspace();
    configureSphere();
    configure(Vendor::Sardine);
    // Listing drafts needs no key, so the "drafts waiting" notice costs no keychain access.
    m_drafts = new DraftStore(m_keychain, DraftStore::defaultPath(), this);
    m_window->setOnboarding(m_drafts, connection(Vendor::Yativo)->yativo());
    connect(m_window.get(), &MainWindow::draftsNeeded, this, &DesktopSession::openDrafts);
    configure(Vendor::Yativo);
    reportFileRepairs();
    return true;
}

QString DesktopSession::teamServerPassword()
{
    // Read before the workspace opens, which everything after it needs: the keychain answers
    // asynchronously, and may ask the analyst to unlock it.
    QString password;
    QEventLoop wait;
    m_keychain->readSecret(WorkspaceSettings::passwordSecretName(WorkspaceSettings::load(m_settings)), this,
                           [&](const Result<std::optional<QByteArray>> &read) {
                               if (!read)
                                   m_startupWarnings
                                       << tr("The team server's password could not be read from "
                                             "the keychain (%1).")
                                              .arg(read.error().message);
                               else if (read.value())
                                   password = QString::fromUtf8(*read.value());
                               wait.quit();
                           });
    wait.exec();
    return password;
}

void DesktopSession::replayPendingChanges()
{
    // After the connection was opened again (a decision kept while the server was away), the new
    // connection listens too.
    if (m_notifications && !m_notifications->isListening() && m_workspace->isReachable())
        m_notifications->listen();
    if (!m_review || m_review->pendingCount() == 0)
        return;
    const auto replayed = m_review->replayPending();
    if (!replayed) {
        m_window->messageBar()->showError(replayed.error().message);
        return;
    }
    if (replayed.value().written > 0) {
        m_notifications->listen(); // the connection was opened again
        m_window->messageBar()->showMessage(
            MessageBar::Level::Info,
            tr("The team server is back: %n change(s) kept on this computer were written there.", nullptr,
               replayed.value().written));
    }
    for (const QString &refused : replayed.value().refused)
        m_window->messageBar()->showError(refused);
}

void DesktopSession::openReviewWorkspace()
{
    if (!m_workspace) // a team server was opened before the window
        m_workspace = std::make_unique<WorkspaceDatabase>(WorkspaceSettings::load(m_settings));
    if (!m_workspace->isOpen()) {
        // Damaged or from a newer version: said once, the file left as it is, no case page.
        m_window->messageBar()->showMessage(MessageBar::Level::Error, m_workspace->error()->message);
        auto *refuseReveals = new PiiRevealGate(nullptr, m_window.get());
        connect(refuseReveals, &PiiRevealGate::failed, m_window->messageBar(), &MessageBar::showError);
        m_window->detailWidget()->setRevealGate(refuseReveals);
        return;
    }
    m_audit = std::make_unique<AuditTrail>(m_workspace.get(), m_workspace->analystName(currentAnalystName()));
    connect(m_transport, &HttpTransport::requestFinished, this, [this](const VendorRequestRecord &record) {
        // A request the trail could not take is logged, not shown: the analyst's work goes on.
        if (const auto appended = m_audit->append(AuditEvents::vendorRequest(record)); !appended)
            qWarning("audit trail: vendor request not recorded: %s", qPrintable(appended.error().message));
    });
    m_review = std::make_unique<ReviewStore>(m_workspace.get(), m_audit.get());
    m_review->setKnownReasons(
        [this](CaseDecisionKind kind) { return ReviewReasons::load(m_settings, kind); });
    m_window->setReviewWorkspace(m_review.get(), m_audit.get(), &m_settings);

    m_outbox = std::make_unique<FeedbackOutbox>(m_workspace.get());
    m_outbox->setAnalyst(m_audit->analyst());
    m_review->setFeedback(
        m_outbox.get(),
        [this](const QString &customerId) {
            return m_riskHistory ? FeedbackOutbox::latestSession(*m_riskHistory, customerId) : std::nullopt;
        },
        ReviewStore::kFeedbackHold);
    m_cache = std::make_unique<CustomerCache>(m_workspace.get());
    m_window->setCustomerCache(m_cache.get());
    QStringList documentProblems;
    m_window->setMaxDocumentBytes(DocumentLimitSettings::maxDocumentBytes(m_settings, &documentProblems));
    if (!documentProblems.isEmpty())
        m_window->messageBar()->showMessage(MessageBar::Level::Warning, documentProblems.join(u' '));
    m_yativoLinks = std::make_unique<YativoLinks>(m_workspace.get(), m_audit.get());
    m_window->setYativoLinks(m_yativoLinks.get());
    if (m_workspace->isTeamServer()) {
        m_claims = std::make_unique<QueueClaims>(m_workspace.get(), m_audit.get());
        m_pending = std::make_unique<PendingChanges>(PendingChanges::defaultPath(), m_workspace->path());
        m_review->setPendingChanges(m_pending.get());
        m_notifications = new WorkspaceNotifications(m_workspace.get(), this);
        m_window->setTeamWork(m_claims.get(), m_notifications);
        m_replayTimer = new QTimer(this);
        m_replayTimer->setInterval(std::chrono::seconds(15));
        connect(m_replayTimer, &QTimer::timeout, this, &DesktopSession::replayPendingChanges);
        m_replayTimer->start();
        QTimer::singleShot(0, this, &DesktopSession::replayPendingChanges); // from an earlier session
    }
    m_feedbackSender = new FeedbackSender(m_outbox.get(), m_audit.get(), this);
    m_window->setSardineFeedback(m_outbox.get(), m_feedbackSender);
    // Feedback waiting from an earlier session goes as soon as Sardine's connection is ready.
    VendorConnection *sardine = connection(Vendor::Sardine);
    const auto follow = [this, sardine] {
        const bool ready = sardine->state() == VendorConnection::State::Ready;
        m_feedbackSender->setSardine(ready ? sardine->sardine() : nullptr,
                                     EnvironmentSelection::load(m_settings).recordKey(Vendor::Sardine));
    };
    connect(sardine, &VendorConnection::stateChanged, m_feedbackSender, follow);
    connect(sardine, &VendorConnection::ready, m_feedbackSender, follow);
}

void DesktopSession::applyEnvironments()
{
    const EnvironmentSelection now = EnvironmentSelection::load(m_settings);
    for (Vendor vendor : now.changedFrom(m_environments))
        m_transport->abortInFlight(vendor);
    m_environments = now;
    m_window->setEnvironments(now);
}

void DesktopSession::configure(Vendor vendor)
{
    VendorConnection *vendorConnection = connection(vendor);
    vendorConnection->setLimits(requestLimits());
    vendorConnection->connectTo(VendorConnectionSettings::load(m_settings, vendor));
}

void DesktopSession::configureSphere()
{
    configure(Vendor::Sphere); // reloads the book at once when no credential has to be read
    const VendorConnectionSettings s = VendorConnectionSettings::load(m_settings, Vendor::Sphere);
    EnvironmentDescription env;
    env.name = tr("Sphere: %1").arg(VendorEnvironment::environmentName(s.environment));
    env.production = s.environment == EnvironmentKind::Production;
    if (s.environment != EnvironmentKind::EmbeddedSandbox)
        env.detail = s.effectiveBaseUrl(Vendor::Sphere).toString();
    else if (m_sandbox)
        env.detail = tr("Synthetic demo data served on this computer from %1 (%2)")
                         .arg(m_sandbox->baseUrl().toString(),
                              QDir::toNativeSeparators(m_sandboxConfig.databasePath));
    m_window->setEnvironment(env);
}

void DesktopSession::connectionFailed(Vendor vendor, const VendorConnection::Problem &problem)
{
    if (!m_window)
        return;
    const QString vendorName = VendorEnvironment::vendorName(vendor);
    const QString environment = VendorEnvironment::environmentName(connection(vendor)->environment());
    switch (problem.kind) {
    case VendorConnection::Problem::Kind::EmbeddedSandboxUnavailable:
        if (vendor == Vendor::Sphere) // once: every vendor on the embedded sandbox hears the same
            m_window->messageBar()->showError(problem.detail);
        break;
    case VendorConnection::Problem::Kind::NoBaseUrl:
        m_window->messageBar()->showMessage(
            MessageBar::Level::Warning,
            tr("No base URL is set for %1 (%2). Open \"Vendors & credentials\" to enter one.")
                .arg(vendorName, environment));
        break;
    case VendorConnection::Problem::Kind::InvalidBaseUrl:
        m_window->messageBar()->showError(
            tr("The base URL of %1 is not usable: %2").arg(vendorName, problem.detail));
        break;
    case VendorConnection::Problem::Kind::NoCredential:
        // Sardine and Yativo say so where they are used (the risk check, the onboarding form).
        if (vendor == Vendor::Sphere)
            m_window->messageBar()->showMessage(
                MessageBar::Level::Warning,
                tr("No Sphere token is stored for %1. Open \"Vendors & credentials\" to add one.")
                    .arg(environment));
        break;
    case VendorConnection::Problem::Kind::CredentialUnreadable:
        showKeychainError(vendor,
                          problem.cause.value_or(ApiError::configuration(vendorName, problem.detail)));
        break;
    }
}

ApiEndpoint DesktopSession::requestLimits()
{
    QStringList problems;
    ApiEndpoint limits = RequestLimitsSettings::apply(m_settings, ApiEndpoint {}, &problems);
    if (!problems.isEmpty() && !m_limitProblemsShown) {
        m_limitProblemsShown = true; // once a session: every vendor reads the same settings
        m_window->messageBar()->showMessage(MessageBar::Level::Warning, problems.join(u' '));
    }
    return limits;
}

void DesktopSession::showKeychainError(Vendor vendor, const ApiError &error)
{
    m_window->messageBar()->showError(tr("The OS keychain could not be read for %1 (%2). Open \"Vendors & "
                                         "credentials\" to enter it for this session only.")
                                          .arg(VendorEnvironment::vendorName(vendor), error.message));
}

void DesktopSession::openSettings()
{
    auto *dialog = new SettingsDialog(&m_settings, m_keychain, m_sessionStore, m_tester, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sandbox)
        dialog->setEmbeddedBaseUrl(m_sandbox->baseUrl());
    connect(dialog, &SettingsDialog::saved, this, &DesktopSession::applyEnvironments);
    connect(dialog, &SettingsDialog::saved, this, &DesktopSession::configureSphere);
    connect(dialog, &SettingsDialog::saved, this, [this] {
        configure(Vendor::Sardine);
        configure(Vendor::Yativo);
    });
    dialog->open();
}

void DesktopSession::openDrafts()
{
    // The drafts' key is fetched the first time a form needs it, not at start-up: browsing the
    // book needs no keychain, and a locked keychain should prompt when the analyst starts a form.
    // Drafts hold PII, so their key lives in the OS keychain. Without a keychain they are kept
    // with a key that exists only for this session, and in memory only (a draft on disk under a
    // forgotten key could never be opened): a failed request still loses nothing, but the drafts
    // cannot outlive the app — which the analyst is told — rather than being stored readable.
    // The store object is never replaced: open forms hold it.
    if (m_draftsOpening || !m_drafts)
        return;
    m_draftsOpening = true;
    m_drafts->open(this, [this](const std::optional<ApiError> &error) {
        if (!error)
            return;
        m_drafts->useCredentialStore(m_sessionStore);
        m_drafts->keepForThisSessionOnly();
        m_drafts->open(this, [this, error](const std::optional<ApiError> &sessionError) {
            if (sessionError) {
                m_window->messageBar()->showError(tr("Form drafts are off: %1").arg(sessionError->message));
                return;
            }
            m_window->messageBar()->showMessage(
                MessageBar::Level::Warning,
                tr("The OS keychain is unavailable (%1), so form drafts are kept in memory for this session "
                   "only: nothing is written to disk, and they are gone when KYC Desk closes.")
                    .arg(error->message));
        });
    });
}
