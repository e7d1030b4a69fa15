#include "VendorConnection.h"

#include "SardineClient.h"
#include "SphereClient.h"
#include "YativoClient.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// The embedded sandbox's documented credentials (sandbox/README.md): Sphere's bearer token is
// its token; Sardine's Basic user and Yativo's account id are "sandbox", with the token as secret.
VendorCredential demoCredential(Vendor vendor)
{
    const QString token = QString::fromUtf16(kEmbeddedSandboxToken); // public, not a secret
    return { vendor == Vendor::Sphere ? QString() : u"sandbox"_s, token };
}
} // namespace

VendorConnection::VendorConnection(Vendor vendor, HttpTransport *transport, CredentialStore *persistent,
                                   CredentialStore *session, QObject *parent)
    : QObject(parent), m_vendor(vendor), m_transport(transport), m_persistent(persistent), m_session(session)
{
    qRegisterMetaType<VendorConnection::Problem>();
    if (vendor == Vendor::Sphere)
        m_sphere = new SphereClient(transport, endpoint({}, {}), this);
    else if (vendor == Vendor::Sardine)
        m_sardine = new SardineClient(transport, endpoint({}, {}), this);
}

VendorConnection::~VendorConnection() = default;

void VendorConnection::connectTo(const VendorConnectionSettings &settings, const QUrl &baseUrl)
{
    const quint64 generation = ++m_generation;
    m_environment = settings.environment;
    m_baseUrl = baseUrl;
    if (m_baseUrl.isEmpty() && m_environment == EnvironmentKind::EmbeddedSandbox && m_embedded) {
        QString error;
        m_baseUrl = m_embedded(&error);
        if (m_baseUrl.isEmpty()) {
            fail({ Problem::Kind::EmbeddedSandboxUnavailable, error, std::nullopt });
            return;
        }
    }
    if (m_baseUrl.isEmpty())
        m_baseUrl = settings.effectiveBaseUrl(m_vendor);
    if (m_baseUrl.isEmpty()) {
        fail({ Problem::Kind::NoBaseUrl, {}, std::nullopt });
        return;
    }
    if (const QString problem = VendorEnvironment::baseUrlProblem(m_baseUrl.toString()); !problem.isEmpty()) {
        m_baseUrl.clear();
        fail({ Problem::Kind::InvalidBaseUrl, problem, std::nullopt });
        return;
    }
    readCredential(generation);
}

void VendorConnection::readCredential(quint64 generation)
{
    if (m_vendor == Vendor::Yativo && !m_presetToken.isEmpty()) {
        auto *client = new YativoClient(m_transport, m_baseUrl, QString(), QString(), this);
        client->setStaticToken(m_presetToken);
        client->setLimits(endpoint({}, {}));
        replaceYativo(client);
        becomeReady();
        return;
    }
    if (m_preset) {
        useCredential(*m_preset);
        return;
    }
    const bool embedded = m_environment == EnvironmentKind::EmbeddedSandbox;
    if (embedded && m_embeddedCredential == EmbeddedCredential::Demo) {
        useCredential(demoCredential(m_vendor));
        return;
    }
    pointClientAt({});
    m_problem.reset();
    setState(State::LoadingCredential);
    const auto answer = [this, generation, embedded](const Result<std::optional<VendorCredential>> &r) {
        if (generation != m_generation)
            return; // connectTo() was called since: this answer is for the environment left behind
        if (r && r.value() && !r.value()->isEmpty())
            useCredential(*r.value());
        else if (embedded)
            useCredential(demoCredential(m_vendor));
        else if (!r)
            fail({ Problem::Kind::CredentialUnreadable, r.error().message, r.error() });
        else
            fail({ Problem::Kind::NoCredential, {}, std::nullopt });
    };
    if (m_session && m_persistent)
        CredentialStore::readPreferringSession(m_session, m_persistent, m_vendor, m_environment, this,
                                               answer);
    else if (CredentialStore *store = m_persistent ? m_persistent : m_session)
        store->read(m_vendor, m_environment, this, answer);
    else
        fail({ Problem::Kind::NoCredential, {}, std::nullopt });
}

void VendorConnection::useCredential(const VendorCredential &credential)
{
    switch (m_vendor) {
    case Vendor::Sphere:
        pointClientAt(ApiEndpoint::bearer(credential.secret));
        break;
    case Vendor::Sardine:
        pointClientAt(ApiEndpoint::basic(credential.id, credential.secret));
        break;
    case Vendor::Yativo: {
        auto *client = new YativoClient(m_transport, m_baseUrl, credential.id, credential.secret, this);
        client->setLimits(endpoint({}, {}));
        replaceYativo(client);
        break;
    }
    }
    becomeReady();
}

void VendorConnection::becomeReady()
{
    m_problem.reset();
    setState(State::Ready);
    Q_EMIT ready();
}

void VendorConnection::fail(Problem problem)
{
    pointClientAt({});
    m_problem = std::move(problem);
    setState(State::Failed);
    Q_EMIT failed(*m_problem);
}

void VendorConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VendorConnection::pointClientAt(const QByteArray &authorization)
{
    if (m_sphere)
        m_sphere->setEndpoint(endpoint(m_baseUrl, authorization));
    else if (m_sardine)
        m_sardine->setEndpoint(endpoint(m_baseUrl, authorization));
    else
        replaceYativo(nullptr);
}

void VendorConnection::replaceYativo(YativoClient *client)
{
    if (m_yativo)
        m_yativo->deleteLater(); // a dialog may be inside one of its callbacks
    m_yativo = client;
}

ApiEndpoint VendorConnection::endpoint(const QUrl &baseUrl, const QByteArray &authorization) const
{
    ApiEndpoint e = m_limits;
    e.vendor = VendorEnvironment::vendorName(m_vendor);
    e.baseUrl = baseUrl;
    e.authorization = authorization;
    return e;
}
