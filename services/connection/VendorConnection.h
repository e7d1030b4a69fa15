#pragma once

#include "ApiEndpoint.h"
#include "ApiError.h"
#include "ConnectionSettings.h"
#include "CredentialStore.h"
#include "VendorEnvironment.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QUrl>

class HttpTransport;
class SardineClient;
class SphereClient;
class YativoClient;

// One vendor's connection, as a state (after Nextcloud's AccountState): connectTo() takes an
// environment to its URL, reads the credential (a preset first, then the session store, then the
// persistent one — asynchronously, a keychain may prompt), and leaves a client ready for it.
// The app keeps one per vendor and reconfigures it when the analyst saves the settings; the CLI
// makes one per command.
//
// A credential read still pending when connectTo() is called again is dropped when it answers:
// a late keychain answer for the old environment never points the client back at it.
//
// Sphere and Sardine keep one client for the connection's life (windows hold it), re-pointed at
// each configuration: while the credential is read, and when there is none, it points at the new
// URL without a credential, so a request made meanwhile fails there instead of reaching the old
// environment. Yativo's client logs in with what it was made with, so it is made anew once ready
// and there is none (nullptr) otherwise.
class VendorConnection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        NotConfigured, // connectTo() was never called
        LoadingCredential,
        Ready,
        Failed, // problem() says why
    };
    Q_ENUM(State)

    // Why a configuration failed; each caller words it for its reader.
    struct Problem
    {
        enum class Kind {
            EmbeddedSandboxUnavailable, // detail: why it did not start
            NoBaseUrl, // the environment has no URL (a custom one left empty, Yativo's sandbox)
            InvalidBaseUrl, // detail: VendorEnvironment::baseUrlProblem()
            NoCredential, // nothing stored for this vendor and environment
            CredentialUnreadable, // the store failed; cause is its error
        };
        Kind kind;
        QString detail;
        std::optional<ApiError> cause;
    };

    // Where the embedded sandbox's credential comes from.
    enum class EmbeddedCredential {
        Demo, // its public demo credential at once: no keychain prompt for synthetic data (the app)
        StoredElseDemo, // a stored one first (the CLI: --base-url may name a kycdesk-sandbox started
                        // with another --token)
    };

    // `session` (may be null) holds credentials entered for this session only; they win over
    // `persistent` (the OS keychain). Neither is owned.
    VendorConnection(Vendor vendor, HttpTransport *transport, CredentialStore *persistent,
                     CredentialStore *session = nullptr, QObject *parent = nullptr);
    ~VendorConnection() override;

    Vendor vendor() const { return m_vendor; }
    State state() const { return m_state; }
    const std::optional<Problem> &problem() const { return m_problem; }
    EnvironmentKind environment() const { return m_environment; }
    const QUrl &baseUrl() const { return m_baseUrl; }

    // The embedded sandbox's URL, asked for when a configuration needs it (the app starts the
    // sandbox then); an empty URL with `error` set means it could not start. Without a provider
    // the embedded environment needs a base URL given to connectTo().
    void setEmbeddedSandbox(std::function<QUrl(QString *error)> provider)
    {
        m_embedded = std::move(provider);
    }
    void setEmbeddedCredential(EmbeddedCredential source) { m_embeddedCredential = source; }
    // A credential handed to this process (kycdesk-cli's environment variables): it wins over
    // every store. For Yativo, setPresetToken() gives a ready bearer token instead (no login).
    void setPresetCredential(std::optional<VendorCredential> credential) { m_preset = std::move(credential); }
    void setPresetToken(const QString &bearerToken) { m_presetToken = bearerToken; }
    // Deadlines, stall timeout and size caps of every request; the vendor, URL and credential are
    // the connection's. Applies from the next connectTo().
    void setLimits(const ApiEndpoint &limits) { m_limits = limits; }

    // Starts a configuration: `baseUrl` when given, else the embedded sandbox's or the settings'
    // URL. The state is Ready or Failed on return when no store has to be asked.
    void connectTo(const VendorConnectionSettings &settings, const QUrl &baseUrl = {});

    // Always there (pointed at nothing until connectTo()) for Sphere and Sardine, null otherwise.
    SphereClient *sphere() const { return m_sphere; }
    SardineClient *sardine() const { return m_sardine; }
    // Yativo's client while Ready, null otherwise.
    YativoClient *yativo() const { return m_yativo; }

Q_SIGNALS:
    void stateChanged(VendorConnection::State state);
    // Every configuration that became ready, also when the state already was Ready (re-saved
    // settings): the client now points at it.
    void ready();
    // Every configuration that failed, also when the state already was Failed.
    void failed(const VendorConnection::Problem &problem);

private:
    void readCredential(quint64 generation);
    void useCredential(const VendorCredential &credential);
    void becomeReady();
    void fail(Problem problem);
    void setState(State state);
    // Points the client at m_baseUrl with `authorization` (Sphere, Sardine), or replaces it (Yativo).
    void pointClientAt(const QByteArray &authorization);
    void replaceYativo(YativoClient *client);
    ApiEndpoint endpoint(const QUrl &baseUrl, const QByteArray &authorization) const;

    Vendor m_vendor;
    HttpTransport *m_transport;
    CredentialStore *m_persistent;
    CredentialStore *m_session;
    std::function<QUrl(QString *)> m_embedded;
    EmbeddedCredential m_embeddedCredential = EmbeddedCredential::Demo;
    std::optional<VendorCredential> m_preset;
    QString m_presetToken;
    ApiEndpoint m_limits;
    State m_state = State::NotConfigured;
    std::optional<Problem> m_problem;
    EnvironmentKind m_environment = EnvironmentKind::EmbeddedSandbox;
    QUrl m_baseUrl;
    quint64 m_generation = 0; // one per connectTo(): an answer for an older one is dropped
    SphereClient *m_sphere = nullptr;
    SardineClient *m_sardine = nullptr;
    YativoClient *m_yativo = nullptr; // a child; replaced by replaceYativo()
};

Q_DECLARE_METATYPE(VendorConnection::Problem)
