// The real OS keychain (gnome-keyring over the Secret Service in scripts/test's private D-Bus
// session): write credentials, drop every service object, read them back with a fresh store.
// Where no keychain answers, the test exits 77 so ctest reports it Skipped, never Passed.

#include "KeychainCredentialStore.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kService = u"KYC Desk test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

template<typename T, typename Call> T wait(Call &&call)
{
    std::optional<T> captured;
    call([&captured](const T &r) { captured = r; });
    if (!QTest::qWaitFor([&] { return captured.has_value(); }, 20000))
        qFatal("the keychain did not answer");
    return *captured;
}
} // namespace

class TestKeychainIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesSurviveARestartOfTheServices()
    {
        const VendorCredential sardine { u"client-7f3a"_s, u"sardine-secret-Q9"_s };
        {
            KeychainCredentialStore store(kService);
            const auto error = wait<std::optional<ApiError>>([&](auto done) {
                store.write(Vendor::Sardine, EnvironmentKind::VendorSandbox, sardine, &store, done);
            });
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            const auto sphereError = wait<std::optional<ApiError>>([&](auto done) {
                store.write(Vendor::Sphere, EnvironmentKind::Production, { {}, u"sphere-token-XY"_s }, &store,
                            done);
            });
            QVERIFY(!sphereError);
        }
        KeychainCredentialStore fresh(kService);
        const auto read = wait<Result<std::optional<VendorCredential>>>(
            [&](auto done) { fresh.read(Vendor::Sardine, EnvironmentKind::VendorSandbox, &fresh, done); });
        QVERIFY(read.ok());
        QVERIFY(read.value().has_value());
        QCOMPARE(read.value()->id, sardine.id);
        QCOMPARE(read.value()->secret, sardine.secret);
        const auto other = wait<Result<std::optional<VendorCredential>>>(
            [&](auto done) { fresh.read(Vendor::Sardine, EnvironmentKind::Production, &fresh, done); });
        QVERIFY(other.ok());
        QVERIFY(!other.value().has_value());
    }

    void emptySecretIsRefusedAndTheOldOneStays()
    {
        KeychainCredentialStore store(kService);
        const auto error = wait<std::optional<ApiError>>([&](auto done) {
            store.write(Vendor::Sphere, EnvironmentKind::Production, { {}, u"   "_s }, &store, done);
        });
        QVERIFY(error.has_value());
        const auto read = wait<Result<std::optional<VendorCredential>>>(
            [&](auto done) { store.read(Vendor::Sphere, EnvironmentKind::Production, &store, done); });
        QCOMPARE(read.value()->secret, u"sphere-token-XY"_s);
    }

    void clearRemovesTheEntry()
    {
        KeychainCredentialStore store(kService);
        for (Vendor v : { Vendor::Sphere, Vendor::Sardine }) {
            for (EnvironmentKind e : { EnvironmentKind::Production, EnvironmentKind::VendorSandbox }) {
                const auto error
                    = wait<std::optional<ApiError>>([&](auto done) { store.remove(v, e, &store, done); });
                QVERIFY(!error);
            }
        }
        const auto read = wait<Result<std::optional<VendorCredential>>>(
            [&](auto done) { store.read(Vendor::Sphere, EnvironmentKind::Production, &store, done); });
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Probe first: with no Secret Service (no D-Bus session, no keyring) this is a skip.
    KeychainCredentialStore probe(kService);
    const auto read = wait<Result<std::optional<VendorCredential>>>(
        [&](auto done) { probe.read(Vendor::Yativo, EnvironmentKind::Custom, &probe, done); });
    if (!read.ok()) {
        std::fprintf(stdout, "SKIP: no OS keychain reachable (%s)\n", qPrintable(read.error().message));
        return 77;
    }
    TestKeychainIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_integration.moc"
