#pragma once

#include "ApiEndpoint.h"
#include "ConnectionSettings.h"
#include "CredentialStore.h"
#include "EnvironmentSelection.h"
#include "SandboxConfig.h"

#include <array>
#include <memory>
#include <QObject>
#include <QSettings>

class ConnectionTester;
class DraftStore;
class YativoClient;
class EmbeddedSandbox;
class HttpTransport;
class KeychainCredentialStore;
class MainWindow;
class MemoryCredentialStore;
class RiskHistoryStore;
class SardineClient;
class SphereClient;

// Wires the desktop app together: reads which environment each vendor uses, starts the embedded
// sandbox when that is the choice, fetches credentials asynchronously (session store, then the
// keychain), and reconfigures the clients when the analyst saves the settings.
class DesktopSession : public QObject
{
    Q_OBJECT

public:
    // `persistentStore` replaces the OS keychain (tests); without it the keychain is used.
    explicit DesktopSession(SandboxConfig sandboxConfig, QObject *parent = nullptr,
                            CredentialStore *persistentStore = nullptr);
    ~DesktopSession() override;

    bool start(QString *error);
    MainWindow *window() const { return m_window.get(); }

private:
    // After the settings are saved, before the clients are reconfigured: requests to a vendor's
    // old environment are cancelled and the window forgets what it showed from it.
    void applyEnvironments();
    void configureSphere();
    void configureSardine();
    void configureYativo();
    void openDrafts();
    // Credentials are read asynchronously and a keychain may answer late: an answer for a
    // configuration the analyst has since replaced must not reconfigure the client.
    quint64 beginConfiguring(Vendor vendor);
    bool isCurrentConfiguration(Vendor vendor, quint64 generation) const;
    void showKeychainError(Vendor vendor, const ApiError &error);
    // An endpoint with the request limits of the settings file (RequestLimitsSettings).
    ApiEndpoint endpoint(const QString &vendor, const QUrl &baseUrl, const QByteArray &authorization);
    void openSettings();
    bool ensureEmbeddedSandbox(QString *error);
    // Says once, in the message bar, which private files were found readable by others and fixed.
    void reportFileRepairs();

    SandboxConfig m_sandboxConfig;
    QSettings m_settings;
    EnvironmentSelection m_environments;
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    HttpTransport *m_transport;
    CredentialStore *m_keychain;
    MemoryCredentialStore *m_sessionStore;
    ConnectionTester *m_tester;
    SphereClient *m_sphere;
    SardineClient *m_sardine;
    std::unique_ptr<RiskHistoryStore> m_history;
    DraftStore *m_drafts = nullptr; // its key is read from (or made in) the keychain on first use
    bool m_draftsOpening = false;
    bool m_limitProblemsShown = false;
    std::array<quint64, VendorEnvironment::kVendors.size()> m_configurations {};
    YativoClient *m_yativo = nullptr; // replaced when the settings change
    std::unique_ptr<MainWindow> m_window;
};
