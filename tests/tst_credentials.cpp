// Credential handling without a keychain: validation, the session-only store, environments,
// base URL checks, and redaction of secrets in logs.

#include "ConnectionSettings.h"
#include "MemoryCredentialStore.h"
#include "Redactor.h"
#include "TestColumns.h"
#include "VendorEnvironment.h"
#include "WaitForAnswer.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyOrWhitespaceSecretsAreRefused_data()
    {
        addColumns<int, QString, QString, bool>("vendor", "id", "secret", "accepted");
        QTest::newRow("sphere token") << int(Vendor::Sphere) << QString() << u"tok_123"_s << true;
        QTest::newRow("sphere empty") << int(Vendor::Sphere) << QString() << QString() << false;
        QTest::newRow("sphere blanks") << int(Vendor::Sphere) << QString() << u"   "_s << false;
        QTest::newRow("sphere padded") << int(Vendor::Sphere) << QString() << u" tok "_s << false;
        QTest::newRow("sardine both") << int(Vendor::Sardine) << u"client"_s << u"secret"_s << true;
        QTest::newRow("sardine no id") << int(Vendor::Sardine) << u" "_s << u"secret"_s << false;
        QTest::newRow("yativo newline") << int(Vendor::Yativo) << u"acct"_s << u"a\nb"_s << false;
    }

    void emptyOrWhitespaceSecretsAreRefused()
    {
        QFETCH(int, vendor);
        QFETCH(QString, id);
        QFETCH(QString, secret);
        QFETCH(bool, accepted);
        MemoryCredentialStore store;
        const VendorCredential credential { id, secret };
        QCOMPARE(!CredentialStore::validate(Vendor(vendor), credential).has_value(), accepted);
        const auto error = waitForAnswer<std::optional<ApiError>>([&](auto done) {
            store.write(Vendor(vendor), EnvironmentKind::Production, credential, this, done);
        });
        QCOMPARE(!error.has_value(), accepted);
        const auto read = waitForAnswer<Result<std::optional<VendorCredential>>>(
            [&](auto done) { store.read(Vendor(vendor), EnvironmentKind::Production, this, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.value().has_value(), accepted);
    }

    void refusedWriteKeepsThePreviousCredential()
    {
        MemoryCredentialStore store;
        waitForAnswer<std::optional<ApiError>>([&](auto done) {
            store.write(Vendor::Sphere, EnvironmentKind::Production, { {}, u"first"_s }, this, done);
        });
        const auto error = waitForAnswer<std::optional<ApiError>>([&](auto done) {
            store.write(Vendor::Sphere, EnvironmentKind::Production, { {}, u"  "_s }, this, done);
        });
        QVERIFY(error.has_value());
        const auto read = waitForAnswer<Result<std::optional<VendorCredential>>>(
            [&](auto done) { store.read(Vendor::Sphere, EnvironmentKind::Production, this, done); });
        QCOMPARE(read.value()->secret, u"first"_s);
    }

    void entriesArePerVendorAndEnvironment()
    {
        MemoryCredentialStore store;
        waitForAnswer<std::optional<ApiError>>([&](auto done) {
            store.write(Vendor::Sphere, EnvironmentKind::VendorSandbox, { {}, u"sandbox-token"_s }, this,
                        done);
        });
        const auto production = waitForAnswer<Result<std::optional<VendorCredential>>>(
            [&](auto done) { store.read(Vendor::Sphere, EnvironmentKind::Production, this, done); });
        QVERIFY(production.ok());
        QVERIFY(!production.value().has_value());
        QCOMPARE(CredentialStore::entryKey(Vendor::Sardine, EnvironmentKind::VendorSandbox),
                 u"sardine/sandbox"_s);
    }

    void twoPartCredentialSerialization()
    {
        const VendorCredential c { u"client-id"_s, u"s3cr:et"_s };
        const VendorCredential back = VendorCredential::deserialize(c.serialize());
        QCOMPARE(back.id, c.id);
        QCOMPARE(back.secret, c.secret);
    }

    void baseUrlChecks_data()
    {
        addColumns<QString, bool>("url", "allowed");
        QTest::newRow("plain http remote") << u"http://example.com"_s << false;
        QTest::newRow("loopback v4") << u"http://127.0.0.1:8080"_s << true;
        QTest::newRow("loopback v6") << u"http://[::1]:8080"_s << true;
        QTest::newRow("localhost") << u"http://localhost:4000/api"_s << true;
        QTest::newRow("https remote") << u"https://api.sandbox.sardine.ai"_s << true;
        QTest::newRow("private range") << u"http://192.168.1.10"_s << false;
        QTest::newRow("garbage") << u"not a url"_s << false;
        QTest::newRow("empty") << u"  "_s << false;
        QTest::newRow("ftp") << u"ftp://api.spherepay.co"_s << false;
    }

    void baseUrlChecks()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = VendorEnvironment::baseUrlProblem(url);
        QVERIFY2(problem.isEmpty() == allowed, qPrintable(problem));
    }

    void knownHostsComeFromTheVendorDocs()
    {
        QCOMPARE(VendorEnvironment::knownBaseUrl(Vendor::Sphere, EnvironmentKind::Production),
                 QUrl(u"https://api.spherepay.co"_s));
        QCOMPARE(VendorEnvironment::knownBaseUrl(Vendor::Sardine, EnvironmentKind::VendorSandbox),
                 QUrl(u"https://api.sandbox.sardine.ai"_s));
        QVERIFY(VendorEnvironment::knownBaseUrl(Vendor::Yativo, EnvironmentKind::VendorSandbox).isEmpty());
    }

    void settingsKeepNoSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            QSettings settings(path, QSettings::IniFormat);
            VendorConnectionSettings s;
            s.environment = EnvironmentKind::Custom;
            s.customUrl = QUrl(u"https://sphere.internal.example"_s);
            s.save(settings, Vendor::Sphere);
        }
        QSettings settings(path, QSettings::IniFormat);
        const auto loaded = VendorConnectionSettings::load(settings, Vendor::Sphere);
        QCOMPARE(loaded.environment, EnvironmentKind::Custom);
        QCOMPARE(loaded.effectiveBaseUrl(Vendor::Sphere), QUrl(u"https://sphere.internal.example"_s));
        QCOMPARE(VendorConnectionSettings::load(settings, Vendor::Sardine).environment,
                 EnvironmentKind::EmbeddedSandbox);
    }

    void redactorMasksSecretsAndPii()
    {
        const QByteArray body = R"({"type":"individual","firstName":"Ann","ssn":"123-45-6789",
            "identityDocumentFront":"JVBERi0xLjQK","ubos":[{"ssn":"987-65-4321"}],
            "paymentMethod":{"bank":{"accountNumber":"000123456789","routingNumber":"011000015"}},
            "customer":{"taxId":"12-3456789","emailAddress":"ann.q@example.com","phone":"+15550100999",
                        "address":{"street1":"77 Quill Road","city":"Quillton"}},"client_secret":"abc",
            "customer_name":"Ann Quill","customer_email":"aq@example.org","phoneNumber":"+15550100888",
            "lastName":"Quill","kyc":"approved"})";
        const QByteArray redacted = Redactor::redactBody(body);
        for (const char *secret :
             { "123-45-6789", "987-65-4321", "JVBERi0xLjQK", "000123456789", "011000015", "12-3456789",
               "\"abc\"", "Ann", "Quill", "ann.q@example.com", "aq@example.org", "+15550100999",
               "+15550100888", "77 Quill Road", "Quillton" }) {
            QVERIFY2(!redacted.contains(secret), secret);
        }
        // What is not about the person stays, so the log still says what happened.
        QVERIFY(redacted.contains("\"type\":\"individual\""));
        QVERIFY(redacted.contains("\"kyc\":\"approved\""));
        // A vendor's error message quoting what it was sent.
        const QString message = Redactor::redactText(
            u"HTTP 422: ann.q@example.com is taken; phone +1 (555) 010-0999 and SSN 123-45-6789 invalid (2024-08-22, 3 fields)"_s);
        for (const QString &pii : { u"ann.q@example.com"_s, u"555"_s, u"6789"_s })
            QVERIFY2(!message.contains(pii), qPrintable(message));
        QVERIFY2(message.contains(u"HTTP 422"_s) && message.contains(u"3 fields"_s), qPrintable(message));
        QCOMPARE(Redactor::redactHeader("Authorization", "Bearer tok_live_123"),
                 QByteArray("Bearer [redacted]"));
        QCOMPARE(Redactor::maskTail(u"000123456789"_s), u"•••• 6789"_s);
        QVERIFY(
            !Redactor::redactUrl(QUrl(u"https://x.example/v1?email=a@b.c&page=2"_s)).contains(u"a@b.c"_s));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
