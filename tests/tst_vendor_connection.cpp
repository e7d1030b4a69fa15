// VendorConnection (issue 13, item 4): environment → URL → credential → ready client, against the
// embedded sandbox over real HTTP. Its state and its typed problems, a switch while a credential
// is still being read, and the clients it leaves behind.

#include "ConnectionSettings.h"
#include "EmbeddedSandbox.h"
#include "HeldCredentialStore.h"
#include "HttpTransport.h"
#include "MemoryCredentialStore.h"
#include "SardineClient.h"
#include "SphereClient.h"
#include "VendorConnection.h"
#include "YativoClient.h"

#include <functional>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"kycdesk-sandbox-token"_s;

// A keychain that is locked or gone: every read fails.
class BrokenCredentialStore : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;

    void read(Vendor vendor, EnvironmentKind, QObject *context, ReadHandler done) override
    {
        const ApiError error
            = ApiError::configuration(VendorEnvironment::vendorName(vendor), u"the keychain is locked"_s);
        QTimer::singleShot(0, context, [error, done] { done(error); });
    }
};

VendorConnectionSettings customUrl(const QUrl &url)
{
    VendorConnectionSettings settings;
    settings.environment = EnvironmentKind::Custom;
    settings.customUrl = url;
    return settings;
}

VendorConnectionSettings embedded()
{
    return VendorConnectionSettings {}; // EmbeddedSandbox is the default
}

void writeCredential(CredentialStore &store, Vendor vendor, EnvironmentKind environment,
                     const VendorCredential &credential)
{
    bool written = false;
    store.write(vendor, environment, credential, &store, [&written](const std::optional<ApiError> &error) {
        QVERIFY(!error);
        written = true;
    });
    QTRY_VERIFY(written);
}

// The customer page the connection's Sphere client gets from the sandbox, or the error.
Result<CustomerPage> firstPage(VendorConnection &connection)
{
    std::optional<Result<CustomerPage>> answer;
    CustomerQuery query;
    query.pageSize = 5;
    connection.sphere()->listCustomersPage(query, 1, &connection,
                                           [&answer](const Result<CustomerPage> &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return ApiError::timeout(u"Sphere"_s, u"no answer from the sandbox"_s);
    return *answer;
}
} // namespace

class TestVendorConnection : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EmbeddedSandbox m_sandbox;
    QUrl m_sandboxUrl;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SandboxConfig config;
        config.databasePath = m_dir.filePath(u"sandbox.sqlite"_s);
        config.seedCustomers = 12;
        m_sandboxUrl = m_sandbox.start(config);
        QVERIFY2(!m_sandboxUrl.isEmpty(), qPrintable(m_sandbox.errorString()));
    }

    // NotConfigured → LoadingCredential → Ready, and the client then reads the vendor.
    void storedCredentialMakesTheClientReady()
    {
        HttpTransport transport;
        MemoryCredentialStore keychain;
        writeCredential(keychain, Vendor::Sphere, EnvironmentKind::Custom, { {}, kToken });
        VendorConnection connection(Vendor::Sphere, &transport, &keychain);
        QCOMPARE(connection.state(), VendorConnection::State::NotConfigured);
        QCOMPARE(connection.property("state").value<VendorConnection::State>(),
                 VendorConnection::State::NotConfigured);
        QSignalSpy states(&connection, &VendorConnection::stateChanged);
        QSignalSpy ready(&connection, &VendorConnection::ready);

        connection.connectTo(customUrl(m_sandboxUrl));
        QCOMPARE(connection.state(), VendorConnection::State::LoadingCredential);
        QVERIFY(connection.sphere()->endpoint().authorization.isEmpty());
        QCOMPARE(connection.sphere()->endpoint().baseUrl, m_sandboxUrl); // never the old environment
        QTRY_COMPARE(connection.state(), VendorConnection::State::Ready);
        QCOMPARE(states.size(), 2);
        QCOMPARE(states.at(0).at(0).value<VendorConnection::State>(),
                 VendorConnection::State::LoadingCredential);
        QCOMPARE(states.at(1).at(0).value<VendorConnection::State>(), VendorConnection::State::Ready);
        QCOMPARE(ready.size(), 1);
        QVERIFY(!connection.problem());
        QCOMPARE(connection.environment(), EnvironmentKind::Custom);

        const Result<CustomerPage> page = firstPage(connection);
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().userMessage()));
        QCOMPARE(page.value().customers.size(), 5);
    }

    // Nothing stored: Failed with NoCredential, and the client holds no credential of anyone else.
    void missingCredentialIsATypedProblem()
    {
        HttpTransport transport;
        MemoryCredentialStore keychain;
        VendorConnection connection(Vendor::Sphere, &transport, &keychain);
        QSignalSpy failed(&connection, &VendorConnection::failed);
        connection.connectTo(customUrl(m_sandboxUrl));
        QTRY_COMPARE(connection.state(), VendorConnection::State::Failed);
        QVERIFY(connection.problem());
        QCOMPARE(connection.problem()->kind, VendorConnection::Problem::Kind::NoCredential);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().value<VendorConnection::Problem>().kind,
                 VendorConnection::Problem::Kind::NoCredential);

        const Result<CustomerPage> page = firstPage(connection); // the sandbox refuses it
        QVERIFY(!page.ok());
        QCOMPARE(page.error().httpStatus, 401);
    }

    // A keychain that fails: CredentialUnreadable, carrying the keychain's own error.
    void unreadableKeychainIsATypedProblem()
    {
        HttpTransport transport;
        BrokenCredentialStore keychain;
        VendorConnection connection(Vendor::Sardine, &transport, &keychain);
        connection.connectTo(customUrl(m_sandboxUrl));
        QTRY_COMPARE(connection.state(), VendorConnection::State::Failed);
        QCOMPARE(connection.problem()->kind, VendorConnection::Problem::Kind::CredentialUnreadable);
        QVERIFY(connection.problem()->cause);
        QCOMPARE(connection.problem()->cause->message, u"the keychain is locked"_s);
    }

    // No URL, or one that is not allowed: Failed at once, before any store is asked.
    void unusableUrlFailsBeforeTheKeychain()
    {
        HttpTransport transport;
        HeldCredentialStore keychain;
        VendorConnection connection(Vendor::Sphere, &transport, &keychain);
        connection.connectTo(customUrl(QUrl(u"http://kyc.example.com"_s))); // plain http to a remote host
        QCOMPARE(connection.state(), VendorConnection::State::Failed);
        QCOMPARE(connection.problem()->kind, VendorConnection::Problem::Kind::InvalidBaseUrl);
        QVERIFY(connection.sphere()->endpoint().baseUrl.isEmpty());
        connection.connectTo(customUrl(QUrl()));
        QCOMPARE(connection.problem()->kind, VendorConnection::Problem::Kind::NoBaseUrl);
        connection.connectTo(embedded()); // no embedded sandbox in this process
        QCOMPARE(connection.problem()->kind, VendorConnection::Problem::Kind::NoBaseUrl);
        QCOMPARE(keychain.heldReads(), qsizetype(0));
    }

    // The analyst switches to the embedded sandbox while the production credential is still being
    // read: its late answer leaves every client on the sandbox.
    void lateAnswerDoesNotUndoASwitch()
    {
        HttpTransport transport;
        HeldCredentialStore keychain;
        MemoryCredentialStore session;
        QList<VendorConnection *> connections;
        for (Vendor vendor : VendorEnvironment::kVendors) {
            writeCredential(keychain, vendor, EnvironmentKind::Custom, { u"live-id"_s, u"live-secret"_s });
            auto *connection = new VendorConnection(vendor, &transport, &keychain, &session, this);
            connection->setEmbeddedSandbox([this](QString *) { return m_sandboxUrl; });
            connection->connectTo(customUrl(QUrl(u"https://kyc-live.example"_s)));
            connections.append(connection);
        }
        QTRY_COMPARE(keychain.heldReads(), qsizetype(3)); // after the session store said nothing
        for (VendorConnection *connection : std::as_const(connections)) {
            QCOMPARE(connection->state(), VendorConnection::State::LoadingCredential);
            connection->connectTo(embedded());
            QCOMPARE(connection->state(), VendorConnection::State::Ready);
        }
        VendorConnection *sphere = connections.at(0);
        VendorConnection *sardine = connections.at(1);
        VendorConnection *yativo = connections.at(2);
        const QByteArray sandboxBearer = ApiEndpoint::bearer(kToken);
        const QByteArray sandboxBasic = ApiEndpoint::basic(u"sandbox"_s, kToken);
        QCOMPARE(sphere->sphere()->endpoint().authorization, sandboxBearer);
        QCOMPARE(sardine->sardine()->endpoint().authorization, sandboxBasic);
        QVERIFY(yativo->yativo());
        QSignalSpy states(sphere, &VendorConnection::stateChanged);

        keychain.answerHeldReads();
        QTest::qWait(300);
        QCOMPARE(states.size(), 0);
        for (VendorConnection *connection : std::as_const(connections))
            QCOMPARE(connection->state(), VendorConnection::State::Ready);
        QCOMPARE(sphere->sphere()->endpoint().authorization, sandboxBearer);
        QCOMPARE(sphere->sphere()->endpoint().baseUrl, m_sandboxUrl);
        QCOMPARE(sardine->sardine()->endpoint().authorization, sandboxBasic);
        QCOMPARE(sardine->sardine()->endpoint().baseUrl, m_sandboxUrl);
        QCOMPARE(yativo->findChildren<YativoClient *>().size(), 1);
        QCOMPARE(yativo->yativo()->baseUrl(), m_sandboxUrl);
        QVERIFY(firstPage(*sphere).ok());
        qDeleteAll(connections);
    }

    // Yativo's client exists only while ready; a preset token is used as it is (no login).
    void yativoClientIsMadePerConfiguration()
    {
        HttpTransport transport;
        MemoryCredentialStore keychain;
        VendorConnection connection(Vendor::Yativo, &transport, &keychain);
        connection.setEmbeddedSandbox([this](QString *) { return m_sandboxUrl; });
        connection.connectTo(embedded());
        QCOMPARE(connection.state(), VendorConnection::State::Ready);
        QPointer<YativoClient> first = connection.yativo();
        QVERIFY(first);

        std::optional<Result<YativoCustomerPage>> page;
        first->listCustomersPage(1, 10, this, [&page](const Result<YativoCustomerPage> &r) { page = r; });
        QTRY_VERIFY_WITH_TIMEOUT(page.has_value(), 15000); // logged in with the sandbox's demo login
        QVERIFY2(page->ok(), qPrintable(page->ok() ? QString() : page->error().userMessage()));

        connection.connectTo(customUrl(m_sandboxUrl)); // nothing stored for it
        QTRY_COMPARE(connection.state(), VendorConnection::State::Failed);
        QVERIFY(!connection.yativo());
        QTRY_VERIFY(first.isNull());

        connection.setPresetToken(u"ready-token"_s);
        connection.connectTo(customUrl(m_sandboxUrl));
        QCOMPARE(connection.state(), VendorConnection::State::Ready);
        QVERIFY(connection.yativo());
    }

    // kycdesk-cli's order for the embedded environment: a stored credential first, else the demo.
    void embeddedCredentialCanComeFromTheStore()
    {
        HttpTransport transport;
        MemoryCredentialStore keychain;
        VendorConnection connection(Vendor::Sphere, &transport, &keychain);
        connection.setEmbeddedCredential(VendorConnection::EmbeddedCredential::StoredElseDemo);
        connection.connectTo(embedded(), m_sandboxUrl);
        QCOMPARE(connection.state(), VendorConnection::State::LoadingCredential);
        QTRY_COMPARE(connection.state(), VendorConnection::State::Ready);
        QCOMPARE(connection.sphere()->endpoint().authorization, ApiEndpoint::bearer(kToken));

        writeCredential(keychain, Vendor::Sphere, EnvironmentKind::EmbeddedSandbox, { {}, u"other-token"_s });
        connection.connectTo(embedded(), m_sandboxUrl);
        QTRY_COMPARE(connection.state(), VendorConnection::State::Ready);
        QCOMPARE(connection.sphere()->endpoint().authorization, ApiEndpoint::bearer(u"other-token"_s));
        QCOMPARE(firstPage(connection).error().httpStatus, 401); // the sandbox knows only its own
    }
};

QTEST_GUILESS_MAIN(TestVendorConnection)
#include "tst_vendor_connection.moc"
