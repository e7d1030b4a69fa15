#pragma once

#include "ApiEndpoint.h"
#include "ConnectionSettings.h"
#include "CredentialStore.h"
#include "EnvironmentSelection.h"
#include "SandboxConfig.h"
#include "VendorConnection.h"

#include <array>
#include <memory>
#include <QObject>
#include <QSettings>

class ConnectionTester;
class DraftStore;
class EmbeddedSandbox;
class HttpTransport;
class KeychainCredentialStore;
class MainWindow;
class MemoryCredentialStore;
class AuditTrail;
class CustomerCache;
class FeedbackOutbox;
class FeedbackSender;
class ReviewStore;
class RiskHistory;
class RiskHistoryStore;
class TeamRiskHistory;
class PendingChanges;
class QTimer;
class QueueClaims;
class WorkspaceDatabase;
class WorkspaceNotifications;
class YativoLinks;

// Wires the desktop app together: reads which environment each vendor uses, starts the embedded
// sandbox when that is the choice, keeps one VendorConnection per vendor (credentials from the
// session store, then the keychain) and reconfigures them when the analyst saves the settings; the
// window hears what each connection says.
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
    void configure(Vendor vendor);
    void connectionFailed(Vendor vendor, const VendorConnection::Problem &problem);
    VendorConnection *connection(Vendor vendor) const { return m_connections[std::size_t(vendor)]; }
    void openDrafts();
    void openReviewWorkspace();
    // The team server's password kept in the keychain; empty when none is (libpq's ~/.pgpass then).
    QString teamServerPassword();
    // Writes what was kept on this computer while the team server was away, once it answers.
    void replayPendingChanges();
    void showKeychainError(Vendor vendor, const ApiError &error);
    // The request limits of the settings file (RequestLimitsSettings) for every connection.
    ApiEndpoint requestLimits();
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
    std::array<VendorConnection *, VendorEnvironment::kVendors.size()> m_connections {};
    std::unique_ptr<RiskHistoryStore> m_history;
    std::unique_ptr<TeamRiskHistory> m_teamHistory; // on a team server, in place of m_history
    RiskHistory *m_riskHistory = nullptr; // the one in use; null when neither opened
    QStringList m_startupWarnings; // said once the window is there
    // The review workspace (decisions, notes, audit trail); declared before the window that uses it.
    std::unique_ptr<WorkspaceDatabase> m_workspace;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<ReviewStore> m_review;
    std::unique_ptr<FeedbackOutbox> m_outbox;
    std::unique_ptr<CustomerCache> m_cache;
    std::unique_ptr<YativoLinks> m_yativoLinks;
    std::unique_ptr<QueueClaims> m_claims; // team server only, like the three below
    std::unique_ptr<PendingChanges> m_pending;
    WorkspaceNotifications *m_notifications = nullptr;
    QTimer *m_replayTimer = nullptr;
    FeedbackSender *m_feedbackSender = nullptr;
    DraftStore *m_drafts = nullptr; // its key is read from (or made in) the keychain on first use
    bool m_draftsOpening = false;
    bool m_limitProblemsShown = false;
    std::unique_ptr<MainWindow> m_window;
};
