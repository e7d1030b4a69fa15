// The vendors & credentials dialog as an analyst uses it: pick an environment, type a URL and a
// secret, test the connection against a real loopback server, save. Secrets end up in the
// credential store only — never in the settings file.

#include "CannedHttpServer.h"
#include "ConnectionTester.h"
#include "HttpTransport.h"
#include "MemoryCredentialStore.h"
#include "ReviewReasons.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Fixture
    {
        explicit Fixture(const QString &settingsPath)
            : settings(settingsPath, QSettings::IniFormat)
            , transport()
            , tester(&transport)
            , dialog(&settings, &keychain, &session, &tester)
        { }
        QSettings settings;
        MemoryCredentialStore keychain;
        MemoryCredentialStore session;
        HttpTransport transport;
        ConnectionTester tester;
        SettingsDialog dialog;

        template<typename T> T *find(const QString &name)
        {
            T *w = dialog.findChild<T *>(name);
            if (!w)
                qFatal("no widget %s", qPrintable(name));
            return w;
        }
        void choose(const QString &vendor, EnvironmentKind kind)
        {
            auto *combo = find<QComboBox>(vendor + u"EnvironmentComboBox"_s);
            combo->setCurrentIndex(combo->findData(int(kind)));
        }
        void type(const QString &name, const QString &text)
        {
            auto *edit = find<QLineEdit>(name);
            edit->clear();
            QTest::keyClicks(edit, text);
        }
    };

private Q_SLOTS:
    // "unchanged" only when a secret is stored for the environment chosen (this session's or the
    // keychain's); "not set" when none is.
    void secretPlaceholderSaysWhetherOneIsStored()
    {
        Fixture f(m_dir.filePath(u"placeholder.ini"_s));
        f.dialog.show();
        auto *sphereSecret = f.find<QLineEdit>(u"sphereSecretLineEdit"_s);
        auto *sardineSecret = f.find<QLineEdit>(u"sardineSecretLineEdit"_s);
        QCOMPARE(sphereSecret->placeholderText(), u"not needed for the embedded sandbox"_s);
        f.choose(u"sphere"_s, EnvironmentKind::Production);
        QTRY_COMPARE(sphereSecret->placeholderText(), u"not set"_s);
        const auto written = [](const std::optional<ApiError> &error) { QVERIFY(!error); };
        f.keychain.write(Vendor::Sphere, EnvironmentKind::Production, { {}, u"tok_live"_s }, &f.dialog,
                         written);
        f.session.write(Vendor::Sardine, EnvironmentKind::Production, { u"id"_s, u"secret"_s }, &f.dialog,
                        written);
        QTest::qWait(50);
        f.choose(u"sphere"_s, EnvironmentKind::VendorSandbox);
        QTRY_COMPARE(sphereSecret->placeholderText(), u"not set"_s);
        f.choose(u"sphere"_s, EnvironmentKind::Production);
        QTRY_COMPARE(sphereSecret->placeholderText(), u"unchanged"_s);
        f.choose(u"sardine"_s, EnvironmentKind::Production); // kept for this session only
        QTRY_COMPARE(sardineSecret->placeholderText(), u"unchanged"_s);
    }

    void plainHttpToARemoteHostIsRefusedBeforeSaving()
    {
        Fixture f(m_dir.filePath(u"a.ini"_s));
        f.dialog.show();
        f.choose(u"sphere"_s, EnvironmentKind::Custom);
        f.type(u"sphereBaseUrlLineEdit"_s, u"http://example.com"_s);
        QSignalSpy saved(&f.dialog, &SettingsDialog::saved);
        f.dialog.save();
        QCOMPARE(saved.size(), 0);
        QVERIFY(f.dialog.isVisible());
        QVERIFY(f.dialog.resultText(Vendor::Sphere).contains(u"https"_s));
        f.settings.sync();
        QVERIFY(!f.settings.contains(u"sphere/environment"_s));
    }

    void loopbackHttpIsAllowedAndTheConnectionIsTested()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(
            200,
            QByteArray(
                R"({"ok":true,"data":{"customers":[],"pagination":{"page":1,"limit":1,"total":0,"totalPages":0,"hasNext":false,"hasPrevious":false}}})"));
        Fixture f(m_dir.filePath(u"b.ini"_s));
        f.dialog.show();
        f.choose(u"sphere"_s, EnvironmentKind::Custom);
        f.type(u"sphereBaseUrlLineEdit"_s, server.url().toString());
        f.type(u"sphereSecretLineEdit"_s, u"tok_good"_s);
        QSignalSpy tested(&f.dialog, &SettingsDialog::connectionTested);
        QTest::mouseClick(f.find<QPushButton>(u"sphereTestConnectionButton"_s), Qt::LeftButton);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(1).toBool(), true);
        QVERIFY(f.dialog.resultText(Vendor::Sphere).contains(u"credentials work"_s));
        if (const QString shots = qEnvironmentVariable("KYCDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            f.dialog.grab().save(shots + u"/settings-dialog.png"_s); // for the README
        QVERIFY(server.lastRequest().contains("Authorization: Bearer tok_good"));

        server.respond(
            401,
            QByteArray(
                R"({"ok":false,"statusCode":401,"error":"unauthorized","message":"Invalid API key","data":null})"));
        tested.clear();
        f.dialog.testConnection(Vendor::Sphere);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.first().at(1).toBool(), false);
        QVERIFY2(f.dialog.resultText(Vendor::Sphere).contains(u"401"_s),
                 qPrintable(f.dialog.resultText(Vendor::Sphere)));

        server.close();
        tested.clear();
        f.dialog.testConnection(Vendor::Sphere);
        QVERIFY(tested.wait(20000));
        QVERIFY2(f.dialog.resultText(Vendor::Sphere).contains(u"could not be reached"_s),
                 qPrintable(f.dialog.resultText(Vendor::Sphere)));
    }

    void sardineUsesBasicAuth()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(200, QByteArray("[]"));
        Fixture f(m_dir.filePath(u"c.ini"_s));
        f.choose(u"sardine"_s, EnvironmentKind::Custom);
        f.type(u"sardineBaseUrlLineEdit"_s, server.url().toString());
        f.type(u"sardineIdLineEdit"_s, u"client-1"_s);
        f.type(u"sardineSecretLineEdit"_s, u"s3cret"_s);
        QSignalSpy tested(&f.dialog, &SettingsDialog::connectionTested);
        f.dialog.testConnection(Vendor::Sardine);
        QVERIFY(tested.wait(10000));
        QVERIFY(tested.first().at(1).toBool());
        QVERIFY(server.lastRequest().contains(
            QByteArray(QByteArray("Authorization: Basic ") + QByteArray("client-1:s3cret").toBase64())));
        QVERIFY(server.lastRequest().startsWith("GET /v1/customers?customer_id="));
    }

    void whitespaceSecretIsRefusedAndNothingIsStored()
    {
        Fixture f(m_dir.filePath(u"d.ini"_s));
        f.choose(u"sphere"_s, EnvironmentKind::Production);
        f.type(u"sphereSecretLineEdit"_s, u"   "_s);
        QSignalSpy saved(&f.dialog, &SettingsDialog::saved);
        f.dialog.save();
        QCOMPARE(saved.size(), 0);
        QVERIFY(f.dialog.resultText(Vendor::Sphere).contains(u"empty"_s));
        std::optional<Result<std::optional<VendorCredential>>> read;
        f.keychain.read(Vendor::Sphere, EnvironmentKind::Production, this, [&](const auto &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->value().has_value());
    }

    void secretsGoToTheStoreAndNeverToTheSettingsFile()
    {
        const QString path = m_dir.filePath(u"e.ini"_s);
        {
            Fixture f(path);
            f.dialog.show();
            f.choose(u"sphere"_s, EnvironmentKind::Production);
            f.type(u"sphereSecretLineEdit"_s, u"sk_live_SECRET_123"_s);
            f.choose(u"sardine"_s, EnvironmentKind::VendorSandbox);
            f.type(u"sardineIdLineEdit"_s, u"client-abc"_s);
            f.type(u"sardineSecretLineEdit"_s, u"sardine_SECRET_456"_s);
            QSignalSpy saved(&f.dialog, &SettingsDialog::saved);
            QTest::mouseClick(f.dialog.findChild<QDialogButtonBox *>(u"settingsButtonBox"_s)
                                  ->button(QDialogButtonBox::Save),
                              Qt::LeftButton);
            QVERIFY(saved.wait(5000));
            QVERIFY(!f.dialog.isVisible());
            std::optional<Result<std::optional<VendorCredential>>> read;
            f.keychain.read(Vendor::Sardine, EnvironmentKind::VendorSandbox, this,
                            [&](const auto &r) { read = r; });
            QTRY_VERIFY(read.has_value());
            QCOMPARE(read->value()->id, u"client-abc"_s);
            QCOMPARE(read->value()->secret, u"sardine_SECRET_456"_s);
            QCOMPARE(VendorConnectionSettings::load(f.settings, Vendor::Sphere).environment,
                     EnvironmentKind::Production);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("production"));
        QVERIFY(!text.contains("SECRET"));
        QVERIFY(!text.contains("client-abc"));
    }

    void reviewReasonsAreEditedOneALine()
    {
        Fixture f(m_dir.filePath(u"reasons.ini"_s));
        f.dialog.show();
        auto *approve = f.find<QPlainTextEdit>(u"approveReasonsPlainTextEdit"_s);
        QCOMPARE(approve->toPlainText().split(u'\n'), ReviewReasons::defaults(CaseDecisionKind::Approve));
        approve->clear();
        approve->setFocus();
        QTest::keyClicks(approve, u"Source of funds verified"_s);
        QTest::keyClick(approve, Qt::Key_Return);
        QTest::keyClick(approve, Qt::Key_Return); // an empty line is no reason
        QTest::keyClicks(approve, u"  Call-back confirmed  "_s);
        f.find<QPlainTextEdit>(u"rejectReasonsPlainTextEdit"_s)->clear();
        QSignalSpy saved(&f.dialog, &SettingsDialog::saved);
        f.dialog.save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(ReviewReasons::load(f.settings, CaseDecisionKind::Approve),
                 (QStringList { u"Source of funds verified"_s, u"Call-back confirmed"_s }));
        // An emptied list falls back to the defaults rather than offering nothing.
        QCOMPARE(ReviewReasons::load(f.settings, CaseDecisionKind::Reject),
                 ReviewReasons::defaults(CaseDecisionKind::Reject));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settings_dialog.moc"
