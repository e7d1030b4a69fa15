// The real OS keychain (gnome-keyring over the Secret Service in scripts/test's private D-Bus
// session): write credentials, drop every service object, read them back with a fresh store.
// Where no keychain answers, the test exits 77 so ctest reports it Skipped, never Passed.

#include "DraftStore.h"
#include "KeychainCredentialStore.h"
#include "WaitForAnswer.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kService = u"KYC Desk test "_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
// The keychain may take its time: it can unlock its collection first.
template<typename T, typename Call> T wait(Call &&call)
{
    return waitForAnswer<T>(std::forward<Call>(call), 20000);
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

    void binarySecretsRoundTrip()
    {
        // Every byte value, NULs included: the drafts key is raw random bytes, not text.
        QByteArray secret;
        for (int i = 0; i < 256; ++i)
            secret.append(char(i));
        {
            KeychainCredentialStore store(kService);
            const auto error = wait<std::optional<ApiError>>(
                [&](auto done) { store.writeSecret(u"binary-test"_s, secret, &store, done); });
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
        }
        KeychainCredentialStore fresh(kService);
        const auto read = wait<Result<std::optional<QByteArray>>>(
            [&](auto done) { fresh.readSecret(u"binary-test"_s, &fresh, done); });
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QVERIFY(read.value().has_value());
        QCOMPARE(*read.value(), secret);
        QVERIFY(!wait<std::optional<ApiError>>(
            [&](auto done) { fresh.removeSecret(u"binary-test"_s, &fresh, done); }));
        const auto gone = wait<Result<std::optional<QByteArray>>>(
            [&](auto done) { fresh.readSecret(u"binary-test"_s, &fresh, done); });
        QVERIFY(gone.ok());
        QVERIFY(!gone.value().has_value());
    }

    void draftKeySurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"workspace.sqlite"_s);
        const QByteArray payload = R"({"ssn":"123-45-6789"})";
        QByteArray keyBefore;
        {
            KeychainCredentialStore keychain(kService);
            DraftStore drafts(&keychain, path);
            const auto opened = wait<std::optional<ApiError>>([&](auto done) { drafts.open(&drafts, done); });
            QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
            QVERIFY(!drafts.save({ u"create-customer/k"_s, u"sphere-create"_s, u"Individual customer draft"_s,
                                   QDateTime::currentDateTimeUtc() },
                                 payload));
            const auto key = wait<Result<std::optional<QByteArray>>>(
                [&](auto done) { keychain.readSecret(u"drafts-key"_s, &keychain, done); });
            QVERIFY(key.ok() && key.value());
            QCOMPARE(key.value()->size(), 32);
            keyBefore = *key.value();
        }
        // Nothing of the first session is left but the file and the keychain entry.
        KeychainCredentialStore keychain(kService);
        DraftStore drafts(&keychain, path);
        const auto opened = wait<std::optional<ApiError>>([&](auto done) { drafts.open(&drafts, done); });
        QVERIFY2(!opened, opened ? qPrintable(opened->message) : "");
        const auto loaded = drafts.load(u"create-customer/k"_s);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().userMessage()));
        QCOMPARE(loaded.value(), payload);
        const auto key = wait<Result<std::optional<QByteArray>>>(
            [&](auto done) { keychain.readSecret(u"drafts-key"_s, &keychain, done); });
        QCOMPARE(*key.value(), keyBefore);
        QVERIFY(!wait<std::optional<ApiError>>(
            [&](auto done) { keychain.removeSecret(u"drafts-key"_s, &keychain, done); }));
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
