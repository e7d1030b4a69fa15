#include "DesktopSession.h"

#include "ConnectionTester.h"
#include "DraftStore.h"
#include "EmbeddedSandbox.h"
#include "HttpTransport.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "MemoryCredentialStore.h"
#include "MessageBar.h"
#include "PrivateFileGuard.h"
#include "RequestLimitsSettings.h"
#include "RiskHistoryStore.h"
#include "SardineClient.h"
#include "SettingsDialog.h"
#include "SphereClient.h"
#include "YativoClient.h"

#include <QDir>

using namespace Qt::Literals::StringLiterals;

DesktopSession::DesktopSession(SandboxConfig sandboxConfig, QObject *parent, CredentialStore *persistentStore)
    : QObject(parent)
    , m_sandboxConfig(std::move(sandboxConfig))
    , m_transport(new HttpTransport(this))
    , m_keychain(persistentStore ? persistentStore
                                 : new KeychainCredentialStore(QStringLiteral("KYC Desk"), this))
    , m_sessionStore(new MemoryCredentialStore(this))
    , m_tester(new ConnectionTester(m_transport, this))
    , m_sphere(new SphereClient(m_transport, ApiEndpoint { u"Sphere"_s, {}, {} }, this))
    , m_sardine(new SardineClient(m_transport, ApiEndpoint { u"Sardine"_s, {}, {} }, this))
    , m_history(std::make_unique<RiskHistoryStore>(RiskHistoryStore::defaultPath()))
{ }

DesktopSession::~DesktopSession()
{
    m_window.reset(); // before the sandbox and the clients it uses
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
    m_window = std::make_unique<MainWindow>(m_sphere, EnvironmentDescription {}, nullptr, m_sardine,
                                            m_history->isOpen() ? m_history.get() : nullptr);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &DesktopSession::openSettings);
    connect(m_transport, &HttpTransport::activityChanged, m_window.get(), &MainWindow::setRequestsInFlight);
    m_environments = EnvironmentSelection::load(m_settings);
    m_window->setEnvironments(m_environments);
    m_window->show();
    if (!m_history->isOpen())
        m_window->messageBar()->showMessage(
            MessageBar::Level::Warning,
            tr("The local workspace could not be opened (%1); risk checks will not be kept.")
                .arg(m_history->errorString()));
    configureSphere();
    configureSardine();
    // Listing drafts needs no key, so the "drafts waiting" notice costs no keychain access.
    m_drafts = new DraftStore(m_keychain, DraftStore::defaultPath(), this);
    m_window->setOnboarding(m_drafts, m_yativo);
    connect(m_window.get(), &MainWindow::draftsNeeded, this, &DesktopSession::openDrafts);
    configureYativo();
    reportFileRepairs();
    return true;
}

void DesktopSession::applyEnvironments()
{
    const EnvironmentSelection now = EnvironmentSelection::load(m_settings);
    for (Vendor vendor : now.changedFrom(m_environments))
        m_transport->abortInFlight(vendor);
    m_environments = now;
    m_window->setEnvironments(now);
}

quint64 DesktopSession::beginConfiguring(Vendor vendor)
{
    return ++m_configurations[std::size_t(vendor)];
}

bool DesktopSession::isCurrentConfiguration(Vendor vendor, quint64 generation) const
{
    return m_configurations[std::size_t(vendor)] == generation;
}

void DesktopSession::configureSphere()
{
    const quint64 generation = beginConfiguring(Vendor::Sphere);
    const VendorConnectionSettings s = VendorConnectionSettings::load(m_settings, Vendor::Sphere);
    EnvironmentDescription env;
    env.name = tr("Sphere: %1").arg(VendorEnvironment::environmentName(s.environment));
    env.production = s.environment == EnvironmentKind::Production;

    if (s.environment == EnvironmentKind::EmbeddedSandbox) {
        QString error;
        if (!ensureEmbeddedSandbox(&error)) {
            m_window->messageBar()->showError(error);
            return;
        }
        env.detail = tr("Synthetic demo data served on this computer from %1 (%2)")
                         .arg(m_sandbox->baseUrl().toString(),
                              QDir::toNativeSeparators(m_sandboxConfig.databasePath));
        m_sphere->setEndpoint(endpoint(u"Sphere"_s, m_sandbox->baseUrl(),
                                       ApiEndpoint::bearer(QString::fromUtf16(kEmbeddedSandboxToken))));
        m_window->setEnvironment(env);
        m_window->reload();
        return;
    }

    const QUrl base = s.effectiveBaseUrl(Vendor::Sphere);
    env.detail = base.toString();
    m_window->setEnvironment(env);
    // Until its token is read, the client points at the new environment with no credential: a
    // request made meanwhile fails there instead of reaching the old environment.
    m_sphere->setEndpoint(endpoint(u"Sphere"_s, base, {}));
    const EnvironmentKind kind = s.environment;
    const auto useCredential = [this, base](const VendorCredential &credential) {
        m_sphere->setEndpoint(endpoint(u"Sphere"_s, base, ApiEndpoint::bearer(credential.secret)));
        m_window->reload();
    };
    CredentialStore::readPreferringSession(
        m_sessionStore, m_keychain, Vendor::Sphere, kind, this,
        [this, kind, generation, useCredential](const Result<std::optional<VendorCredential>> &r) {
            if (!isCurrentConfiguration(Vendor::Sphere, generation))
                return; // the analyst has switched since: this answer is for the old environment
            if (!r) {
                showKeychainError(Vendor::Sphere, r.error());
                return;
            }
            if (!r.value()) {
                m_window->messageBar()->showMessage(
                    MessageBar::Level::Warning,
                    tr("No Sphere token is stored for %1. Open \"Vendors & credentials\" to add one.")
                        .arg(VendorEnvironment::environmentName(kind)));
                return;
            }
            useCredential(*r.value());
        });
}

ApiEndpoint DesktopSession::endpoint(const QString &vendor, const QUrl &baseUrl,
                                     const QByteArray &authorization)
{
    QStringList problems;
    ApiEndpoint configured
        = RequestLimitsSettings::apply(m_settings, ApiEndpoint { vendor, baseUrl, authorization }, &problems);
    if (!problems.isEmpty() && !m_limitProblemsShown) {
        m_limitProblemsShown = true; // once a session: every vendor reads the same settings
        m_window->messageBar()->showMessage(MessageBar::Level::Warning, problems.join(u' '));
    }
    return configured;
}

void DesktopSession::showKeychainError(Vendor vendor, const ApiError &error)
{
    m_window->messageBar()->showError(tr("The OS keychain could not be read for %1 (%2). Open \"Vendors & "
                                         "credentials\" to enter it for this session only.")
                                          .arg(VendorEnvironment::vendorName(vendor), error.message));
}

void DesktopSession::configureSardine()
{
    const quint64 generation = beginConfiguring(Vendor::Sardine);
    const VendorConnectionSettings s = VendorConnectionSettings::load(m_settings, Vendor::Sardine);
    if (s.environment == EnvironmentKind::EmbeddedSandbox) {
        QString error;
        if (!ensureEmbeddedSandbox(&error))
            return;
        // The sandbox's documented Basic credential: user "sandbox", password = its token.
        m_sardine->setEndpoint(
            endpoint(u"Sardine"_s, m_sandbox->baseUrl(),
                     ApiEndpoint::basic(u"sandbox"_s, QString::fromUtf16(kEmbeddedSandboxToken))));
        return;
    }
    const QUrl base = s.effectiveBaseUrl(Vendor::Sardine);
    m_sardine->setEndpoint(endpoint(u"Sardine"_s, base, {}));
    CredentialStore::readPreferringSession(
        m_sessionStore, m_keychain, Vendor::Sardine, s.environment, this,
        [this, base, generation](const Result<std::optional<VendorCredential>> &r) {
            if (!isCurrentConfiguration(Vendor::Sardine, generation))
                return; // the analyst has switched since: this answer is for the old environment
            if (!r)
                showKeychainError(Vendor::Sardine, r.error());
            else if (r.value())
                m_sardine->setEndpoint(
                    endpoint(u"Sardine"_s, base, ApiEndpoint::basic(r.value()->id, r.value()->secret)));
        });
}

void DesktopSession::openSettings()
{
    auto *dialog = new SettingsDialog(&m_settings, m_keychain, m_sessionStore, m_tester, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_sandbox)
        dialog->setEmbeddedBaseUrl(m_sandbox->baseUrl());
    connect(dialog, &SettingsDialog::saved, this, &DesktopSession::applyEnvironments);
    connect(dialog, &SettingsDialog::saved, this, &DesktopSession::configureSphere);
    connect(dialog, &SettingsDialog::saved, this, &DesktopSession::configureSardine);
    connect(dialog, &SettingsDialog::saved, this, &DesktopSession::configureYativo);
    dialog->open();
}

void DesktopSession::configureYativo()
{
    const quint64 generation = beginConfiguring(Vendor::Yativo);
    const VendorConnectionSettings s = VendorConnectionSettings::load(m_settings, Vendor::Yativo);
    const auto useClient = [this](YativoClient *client) {
        if (m_yativo)
            m_yativo->deleteLater();
        m_yativo = client;
        m_window->setOnboarding(m_drafts, m_yativo);
    };
    if (s.environment == EnvironmentKind::EmbeddedSandbox) {
        QString error;
        if (!ensureEmbeddedSandbox(&error))
            return;
        // The sandbox's documented login: account id "sandbox", app secret = its token.
        auto *client = new YativoClient(m_transport, m_sandbox->baseUrl(), u"sandbox"_s,
                                        QString::fromUtf16(kEmbeddedSandboxToken), this);
        client->setLimits(endpoint(u"Yativo"_s, {}, {}));
        useClient(client);
        return;
    }
    const QUrl base = s.effectiveBaseUrl(Vendor::Yativo);
    // The client of the old environment goes now, not when (or if) the new credential is read.
    useClient(nullptr);
    CredentialStore::readPreferringSession(
        m_sessionStore, m_keychain, Vendor::Yativo, s.environment, this,
        [this, base, generation, useClient](const Result<std::optional<VendorCredential>> &r) {
            if (!isCurrentConfiguration(Vendor::Yativo, generation))
                return; // the analyst has switched since: this answer is for the old environment
            if (!r) {
                showKeychainError(Vendor::Yativo, r.error());
            } else if (r.value()) {
                auto *client = new YativoClient(m_transport, base, r.value()->id, r.value()->secret, this);
                client->setLimits(endpoint(u"Yativo"_s, {}, {}));
                useClient(client);
            } else {
                useClient(nullptr); // the form says Yativo is not configured
            }
        });
}

void DesktopSession::openDrafts()
{
    // The drafts' key is fetched the first time a form needs it, not at start-up: browsing the
    // book needs no keychain, and a locked keychain should prompt when the analyst starts a form.
    // Drafts hold PII, so their key lives in the OS keychain. Without a keychain they are kept
    // with a key that exists only for this session: a failed request still loses nothing, but the
    // drafts cannot outlive the app — which the analyst is told — rather than being stored readable.
    // The store object is never replaced: open forms hold it.
    if (m_draftsOpening || !m_drafts)
        return;
    m_draftsOpening = true;
    m_drafts->open(this, [this](const std::optional<ApiError> &error) {
        if (!error)
            return;
        m_drafts->useCredentialStore(m_sessionStore);
        m_drafts->open(this, [this, error](const std::optional<ApiError> &sessionError) {
            if (sessionError) {
                m_window->messageBar()->showError(tr("Form drafts are off: %1").arg(sessionError->message));
                return;
            }
            m_window->messageBar()->showMessage(
                MessageBar::Level::Warning,
                tr("The OS keychain is unavailable (%1), so form drafts are kept for this session only.")
                    .arg(error->message));
        });
    });
}
