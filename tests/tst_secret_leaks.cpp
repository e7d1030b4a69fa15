// After a scripted session that uses every vendor (Sphere list + detail, a Sardine risk check with
// a full SSN and a bank account number, the identity entity, a Yativo onboarding), nothing the app
// wrote — settings file, workspace database, log file, anything in its data folder — contains a
// secret, the SSN or the account number, and the debug log holds no name, email address, phone
// number or postal address either. Debug logging of every request is switched on for the session,
// so the redaction is what keeps them out.

#include "ConnectionSettings.h"
#include "CustomerDetailWidget.h"
#include "HttpTransport.h"
#include "KeychainCredentialStore.h"
#include "MainWindow.h"
#include "MainWindowSteps.h"
#include "MemoryCredentialStore.h"
#include "RiskHistoryStore.h"
#include "SandboxFixture.h"
#include "SandboxServer.h"
#include "SardineClient.h"
#include "SphereClient.h"
#include "YativoClient.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSecret
    = u"LEAKCHECK-SECRET-9f8e7d6c"_s; // the sandbox token: Sphere, Sardine and Yativo secret
const QString kSsn = u"123-45-6789"_s;
const QString kAccountNumber = u"000987654321"_s;
// Who the customer is: none of it may reach the debug log (it may be shown and stored, not logged).
const QString kFirstName = u"Annelise"_s;
const QString kLastName = u"Leakqvist"_s;
const QString kEmail = u"annelise.leakqvist@example.com"_s;
const QString kPhone = u"+15550100177"_s;
const QString kStreet = u"77 Leakcheck Road"_s;
const QString kCity = u"Leakville"_s;
QFile *logFile = nullptr;

void writeToLog(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (logFile)
        logFile->write(QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8()
                       + '\n');
}
} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

public:
    explicit TestSecretLeaks(QString root) : m_root(std::move(root)) { }

private:
    QString m_root;

private Q_SLOTS:
    void scriptedSessionLeavesNoSecretOrPiiOnDisk()
    {
        // Inside the test, so it takes over from QtTest's own handler; put back at the end.
        const QtMessageHandler previous = qInstallMessageHandler(writeToLog);
        auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        QTemporaryDir vendorDir; // the vendors' own storage: outside what the app owns
        SandboxConfig config;
        config.databasePath = vendorDir.filePath(u"vendor.sqlite"_s);
        config.seedCustomers = 30;
        config.token = kSecret;
        SandboxServer sandbox(config);
        QVERIFY(sandbox.listen(QHostAddress::LocalHost, 0) != 0);

        // Settings as the settings dialog leaves them, credentials in the credential store.
        QSettings settings;
        for (Vendor v : VendorEnvironment::kVendors) {
            VendorConnectionSettings s;
            s.environment = EnvironmentKind::Custom;
            s.customUrl = sandbox.baseUrl();
            s.save(settings, v);
        }
        settings.sync();
        MemoryCredentialStore fallback;
        KeychainCredentialStore keychain(u"KYC Desk leak test"_s);
        std::optional<ApiError> keychainError;
        bool written = false;
        keychain.write(Vendor::Sphere, EnvironmentKind::Custom, { {}, kSecret }, this,
                       [&](const std::optional<ApiError> &e) {
                           keychainError = e;
                           written = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(written, 20000);
        CredentialStore *store = keychainError ? static_cast<CredentialStore *>(&fallback) : &keychain;
        if (keychainError)
            qInfo("no keychain here (%s): the session-only store stands in",
                  qPrintable(keychainError->message));
        for (Vendor v : { Vendor::Sardine, Vendor::Yativo }) {
            bool done = false;
            store->write(v, EnvironmentKind::Custom, { u"sandbox"_s, kSecret }, this,
                         [&](const std::optional<ApiError> &e) {
                             QVERIFY(!e);
                             done = true;
                         });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }

        HttpTransport transport;
        SphereClient sphere(&transport,
                            sphereEndpointAt(sandbox.baseUrl(), kSecret, std::chrono::seconds(20)));
        SardineClient sardine(&transport,
                              sardineEndpointAt(sandbox.baseUrl(), kSecret, std::chrono::seconds(20)));
        RiskHistoryStore history(RiskHistoryStore::defaultPath());
        QVERIFY(history.isOpen());
        {
            MainWindow window(&sphere, EnvironmentDescription { u"Leak test"_s, {}, false }, nullptr,
                              &sardine, &history);
            QVERIFY(selectFirstCustomer(window));
            CustomerDetailWidget *detail = window.detailWidget();

            SardineCustomerRequest request;
            request.flow = u"leak-test"_s;
            request.sessionKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
            request.customer.id = detail->customer()->id;
            request.customer.taxId = kSsn;
            request.customer.firstName = kFirstName;
            request.customer.lastName = kLastName;
            request.customer.emailAddress = kEmail;
            request.customer.phone = kPhone;
            SardineAddress address;
            address.street1 = kStreet;
            address.city = kCity;
            address.countryCode = u"US"_s;
            request.customer.address = address;
            request.customer.personalInfo = QList<SardinePersonalInfo> { SardinePersonalInfo {
                enumFromString(EnumNames<PersonalInfoSource, 1> { { { PersonalInfoSource::IdVerification,
                                                                      u"id_verification" } } },
                               u"id_verification"_s),
                kFirstName,
                {},
                kLastName,
                {},
                u"1980-02-02"_s } };
            SardineTransaction t;
            t.amount = 120;
            t.currencyCode = u"USD"_s;
            SardineBankAccount bank;
            bank.accountNumber = kAccountNumber;
            bank.routingNumber = u"011000015"_s;
            t.paymentMethod = SardinePaymentMethod { u"bank"_s, bank };
            request.customer.transaction = t;
            QSignalSpy finished(detail, &CustomerDetailWidget::riskCheckFinished);
            detail->runRiskCheck(request);
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toBool(), true);
            QTest::qWait(300); // the identity entity follows the check
        }
        YativoClient yativo(&transport, sandbox.baseUrl(), u"sandbox"_s, kSecret);
        std::optional<Result<YativoCustomer>> created;
        yativo.createCustomer(
            { kFirstName + u' ' + kLastName, kEmail, kPhone, u"USA"_s, u"individual"_s, false }, this,
            [&](const Result<YativoCustomer> &r) { created = r; });
        QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 10000);
        QVERIFY(created->ok());
        settings.sync();
        logFile->flush();

        // Everything the app owns: config, data (workspace, log) and cache folders.
        QStringList scanned;
        const QList<QByteArray> needles { kSecret.toUtf8(), kSsn.toUtf8(), QByteArray("123456789"),
                                          kAccountNumber.toUtf8() };
        QDirIterator it(m_root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            for (const QByteArray &needle : needles) {
                QVERIFY2(!content.contains(needle),
                         qPrintable(u"%1 found in %2"_s.arg(QString::fromUtf8(needle), path)));
                // SQLite and some tools store text as UTF-16 too.
                const QByteArray utf16(reinterpret_cast<const char *>(QString::fromUtf8(needle).utf16()),
                                       needle.size() * 2);
                QVERIFY2(!content.contains(utf16), qPrintable(path));
            }
            scanned << QFileInfo(path).fileName();
        }
        QVERIFY2(scanned.contains(u"workspace.sqlite"_s), qPrintable(scanned.join(u", "_s)));
        QVERIFY2(scanned.contains(u"kycdesk.log"_s), qPrintable(scanned.join(u", "_s)));
        QVERIFY(std::any_of(scanned.begin(), scanned.end(), [](const QString &n) {
            return n.endsWith(u".conf"_s) || n.endsWith(u".ini"_s);
        }));
        // The log did record the session (so redaction, not silence, kept the secrets out).
        QFile log(logFile->fileName());
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logText = log.readAll();
        QVERIFY(logText.contains("POST"));
        QVERIFY(logText.contains("[redacted]"));
        // Debug logging of every request and answer was on: no name, email, phone, address or SSN.
        for (const QString &pii : { kFirstName, kLastName, kEmail, kPhone, kStreet, kCity, kSsn })
            QVERIFY2(!logText.contains(pii.toUtf8()), qPrintable(pii + u" is in the debug log"_s));
        // …and the log did carry those requests (so this is redaction at work, not silence).
        QVERIFY(logText.contains("/v1/customers"));
        QVERIFY(logText.contains("/customer"));
        QCOMPARE(history.entries(u"nobody"_s).size(), 0);
    }
};

int main(int argc, char *argv[])
{
    // A private home for the app: every standard location points inside it.
    QTemporaryDir root;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(root.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(root.filePath(u"data"_s)));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(root.filePath(u"cache"_s)));
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qunsetenv("QT_LOGGING_RULES"); // this test turns every kycdesk category on itself
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"KYC Desk"_s);
    QApplication::setApplicationName(u"kycdesk"_s);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QFile log(dataDir + u"/kycdesk.log"_s);
    if (!log.open(QIODevice::WriteOnly))
        return 1;
    logFile = &log;
    QLoggingCategory::setFilterRules(u"kycdesk.*=true"_s);
    TestSecretLeaks test(root.path());
    const int rc = QTest::qExec(&test, argc, argv);
    logFile = nullptr;
    return rc;
}

#include "tst_secret_leaks.moc"
