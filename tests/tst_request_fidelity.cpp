// Requests are sent exactly as the caller gave them. Each documented example request body
// (tests/data/vendor-examples, copied from the vendor documents) goes through the clients and
// through the real kycdesk-cli --from-json to the real sandbox, behind a loopback proxy that
// records the bytes; the recorded body must be the example again, key by key and type by type,
// at every depth. Plus: a partial address update keeps the other lines on the sandbox; the
// Sphere → Sardine mapping and the CSV import pad nothing; a request file with an unknown key, a
// wrong type or a null is refused with one line naming its JSON path and nothing is sent.

#include "CliRunner.h"
#include "CustomerRequestValidator.h"
#include "HttpTransport.h"
#include "JsonWireDiff.h"
#include "RecordingProxy.h"
#include "SandboxFixture.h"
#include "SardineClient.h"
#include "SardineMapping.h"
#include "SardineRequestCodec.h"
#include "SphereClient.h"
#include "SphereRequestCodec.h"
#include "TestColumns.h"
#include "TestData.h"
#include "YativoClient.h"
#include "YativoCodec.h"
#include "YativoRequestValidator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kToken = u"request-fidelity-token"_s;

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename T> QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().userMessage().toUtf8();
}

} // namespace

class TestRequestFidelity : public SandboxTestCase
{
    Q_OBJECT

private:
    std::unique_ptr<RecordingProxy> m_proxy;

    ApiEndpoint sphereEndpoint() const
    {
        return sphereEndpointAt(m_proxy->url(), kToken, std::chrono::seconds(15));
    }
    ApiEndpoint sardineEndpoint() const
    {
        return sardineEndpointAt(m_proxy->url(), kToken, std::chrono::seconds(15));
    }

    // The body of the last request whose target starts with `target` (and has that method).
    QJsonObject lastBody(const QByteArray &method, const QByteArray &target) const
    {
        const auto &requests = m_proxy->requests();
        for (auto it = requests.crbegin(); it != requests.crend(); ++it)
            if (it->method == method && it->target.startsWith(target))
                return object(it->body);
        return {};
    }
    qsizetype recorded() const { return m_proxy->requests().size(); }

    Customer createThroughClient(const CustomerRequest &request)
    {
        SphereClient sphere(m_transport, sphereEndpoint());
        std::optional<Result<Customer>> result;
        sphere.createCustomer(request, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(), this,
                              [&result](const Result<Customer> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000) || !result->ok())
            qFatal("create failed: %s", result ? qPrintable(result->error().userMessage()) : "timeout");
        return result->value();
    }

    Customer fetch(const QString &id)
    {
        SphereClient sphere(m_transport, sphereEndpoint());
        std::optional<Result<Customer>> result;
        sphere.getCustomer(id, this, [&result](const Result<Customer> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000) || !result->ok())
            qFatal("get failed");
        return result->value();
    }

    // kycdesk-cli as a script runs it, against the proxy. The test's event loop keeps running
    // meanwhile, so the in-process proxy and sandbox can answer.
    CliRun cli(QStringList args, const QByteArray &fileContent = {})
    {
        const QString file
            = m_dir.filePath(u"request-%1.json"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        if (!fileContent.isNull()) {
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file));
            f.write(fileContent);
            args << u"--from-json"_s << file;
        }
        args << u"--base-url"_s << m_proxy->url().toString();
        return runCli(QStringLiteral(KYCDESK_CLI_BINARY), args, isolatedCliEnvironment(m_dir.path(), kToken));
    }

    // The customer created from sphere-create-individual.json, after {"address":{"city":"Oakland"}}.
    void verifyOnlyTheCityMoved(const QString &id)
    {
        const Customer after = fetch(id);
        QVERIFY(after.address);
        QCOMPARE(after.address->city, std::optional<QString>(u"Oakland"_s));
        QCOMPARE(after.address->line1, std::optional<QString>(u"123 Main St"_s));
        QCOMPARE(after.address->postalCode, std::optional<QString>(u"94107"_s));
        QCOMPARE(after.address->state, std::optional<QString>(u"CA"_s));
        QCOMPARE(after.address->country, std::optional<QString>(u"USA"_s));
    }

    static void verifySame(const QJsonObject &given, const QJsonObject &sent)
    {
        QVERIFY2(!sent.isEmpty(), "nothing was recorded");
        const QStringList diff = JsonWireDiff::differences(given, sent);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u"; "_s)));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A fresh sandbox for each test (the examples reuse one email, which Yativo takes only once).
    void init()
    {
        m_sandbox = startSandbox(
            m_dir.filePath(u"sandbox-%1.sqlite"_s.arg(QUuid::createUuid().toString(QUuid::Id128))), 0,
            kToken);
        QVERIFY(m_sandbox);
        m_proxy = std::make_unique<RecordingProxy>(m_sandbox->baseUrl());
        QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_proxy.reset();
        m_sandbox.reset();
    }

    // --- Through the clients -------------------------------------------------------------------

    void sphereCreateExampleThroughClient_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("individual") << u"sphere-create-individual.json"_s;
        QTest::newRow("business") << u"sphere-create-business.json"_s;
    }

    void sphereCreateExampleThroughClient()
    {
        QFETCH(QString, file);
        const QByteArray body = example(file);
        const Result<CustomerRequest> request = SphereRequestCodec::decodeBody(body);
        QVERIFY2(request.ok(), why(request).constData());
        QVERIFY(CustomerRequestValidator::validate(request.value(), CustomerRequestValidator::Mode::Create)
                    .isEmpty());
        createThroughClient(request.value());
        verifySame(object(body), lastBody("POST", "/v1/customer"));
    }

    void sphereUpdateExampleThroughClient()
    {
        const Customer customer = createThroughClient(
            SphereRequestCodec::decodeBody(example(u"sphere-create-individual.json"_s)).value());
        const QByteArray body = example(u"sphere-update.json"_s);
        const Result<CustomerRequest> changes = SphereRequestCodec::decodeBody(body);
        QVERIFY(changes.ok());
        SphereClient sphere(m_transport, sphereEndpoint());
        std::optional<Result<Customer>> result;
        sphere.updateCustomer(customer.id, changes.value(), this,
                              [&result](const Result<Customer> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), why(*result).constData());
        verifySame(object(body), lastBody("POST", "/v1/customer/" + customer.id.toUtf8()));
        QCOMPARE(result->value().website, std::optional<QString>(u"https://www.example.com"_s));
    }

    void partialAddressUpdateKeepsTheOtherLines()
    {
        const Customer customer = createThroughClient(
            SphereRequestCodec::decodeBody(example(u"sphere-create-individual.json"_s)).value());
        const QByteArray body = R"({"address":{"city":"Oakland"}})";
        SphereClient sphere(m_transport, sphereEndpoint());
        std::optional<Result<Customer>> result;
        sphere.updateCustomer(customer.id, SphereRequestCodec::decodeBody(body).value(), this,
                              [&result](const Result<Customer> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), why(*result).constData());
        verifySame(object(body), lastBody("POST", "/v1/customer/" + customer.id.toUtf8()));

        verifyOnlyTheCityMoved(customer.id);
    }

    void sardineExampleThroughClient()
    {
        const QByteArray body = example(u"sardine-post-customers.json"_s);
        const Result<SardineCustomerRequest> request = SardineRequestCodec::decodeBody(body);
        QVERIFY2(request.ok(), why(request).constData());
        SardineClient sardine(m_transport, sardineEndpoint());
        std::optional<Result<RiskResult>> result;
        sardine.checkCustomer(request.value(), this, [&result](const Result<RiskResult> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), why(*result).constData());
        const QJsonObject sent = lastBody("POST", "/v1/customers");
        verifySame(object(body), sent);
        // Where the document puts them: the transaction inside the customer, createdAtMills as spelt.
        QVERIFY(sent.value(u"customer"_s).toObject().contains(u"transaction"_s));
        QVERIFY(!sent.contains(u"transaction"_s));
        QVERIFY(sent.value(u"customer"_s).toObject().contains(u"createdAtMills"_s));
    }

    void yativoExampleThroughClient()
    {
        const QByteArray body = example(u"yativo-add-customer.json"_s);
        const Result<YativoCustomerRequest> request = YativoCodec::decodeRequestBody(body);
        QVERIFY2(request.ok(), why(request).constData());
        QVERIFY(YativoRequestValidator::validate(request.value()).isEmpty());
        YativoClient yativo(m_transport, m_proxy->url(), u"sandbox"_s, kToken);
        std::optional<Result<YativoCustomer>> result;
        yativo.createCustomer(request.value(), this,
                              [&result](const Result<YativoCustomer> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), why(*result).constData());
        verifySame(object(body), lastBody("POST", "/customer"));
    }

    void yativoSendsOnlyWhatIsSet()
    {
        // The vendor's defaults (type individual, KYC mail sent) are its own; the client adds neither.
        YativoCustomerRequest request;
        request.customerName = u"Ada Example"_s;
        request.customerEmail = u"ada@example.com"_s;
        request.customerPhone = u"+14155550123"_s;
        request.customerCountry = u"USA"_s;
        QCOMPARE(YativoCodec::encode(request).keys(),
                 (QStringList { u"customer_country"_s, u"customer_email"_s, u"customer_name"_s,
                                u"customer_phone"_s }));
    }

    void sardineFromSphereSendsOnlyWhatTheCustomerHas()
    {
        // A customer with no line2, no phone and no lookup key: none of them may appear, not as
        // null and not as "".
        CustomerRequest create
            = SphereRequestCodec::decodeBody(example(u"sphere-create-individual.json"_s)).value();
        create.phoneNumber.reset();
        const Customer customer = fetch(createThroughClient(create).id);
        const SardineCustomerRequest request = SardineMapping::fromSphere(customer);
        SardineClient sardine(m_transport, sardineEndpoint());
        std::optional<Result<RiskResult>> result;
        sardine.checkCustomer(request, this, [&result](const Result<RiskResult> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), why(*result).constData());
        const QJsonObject sent = lastBody("POST", "/v1/customers");
        const QStringList padded = JsonWireDiff::padding(sent);
        QVERIFY2(padded.isEmpty(), qPrintable(padded.join(u"; "_s)));
        const QJsonObject c = sent.value(u"customer"_s).toObject();
        QCOMPARE(c.value(u"address"_s).toObject(),
                 (QJsonObject { { u"street1"_s, u"123 Main St"_s },
                                { u"city"_s, u"San Francisco"_s },
                                { u"regionCode"_s, u"CA"_s },
                                { u"postalCode"_s, u"94107"_s },
                                { u"countryCode"_s, u"US"_s } }));
        QVERIFY(!c.contains(u"phone"_s));
        QVERIFY(!c.contains(u"transaction"_s) && !sent.contains(u"transaction"_s));
        QVERIFY(!sent.value(u"sessionKey"_s).toString().isEmpty());
    }

    // --- Through kycdesk-cli --from-json ---------------------------------------------------------

    void cliSendsEachExampleAsGiven_data()
    {
        addColumns<QStringList, QString, QByteArray, QByteArray>("command", "file", "method", "target");
        const QStringList sphereCreate { u"sphere"_s, u"customers"_s, u"create"_s };
        QTest::newRow("sphere individual") << sphereCreate << u"sphere-create-individual.json"_s
                                           << QByteArray("POST") << QByteArray("/v1/customer");
        QTest::newRow("sphere business") << sphereCreate << u"sphere-create-business.json"_s
                                         << QByteArray("POST") << QByteArray("/v1/customer");
        QTest::newRow("sardine") << QStringList { u"sardine"_s, u"risk"_s }
                                 << u"sardine-post-customers.json"_s << QByteArray("POST")
                                 << QByteArray("/v1/customers");
        QTest::newRow("yativo") << QStringList { u"yativo"_s, u"customers"_s, u"create"_s }
                                << u"yativo-add-customer.json"_s << QByteArray("POST")
                                << QByteArray("/customer");
    }

    void cliSendsEachExampleAsGiven()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, file);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        const QByteArray body = example(file);
        const CliRun run = cli(command, body);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifySame(object(body), lastBody(method, target));
    }

    void cliUpdateExampleAndPartialAddress()
    {
        const Customer customer = createThroughClient(
            SphereRequestCodec::decodeBody(example(u"sphere-create-individual.json"_s)).value());
        const QStringList update { u"sphere"_s, u"customers"_s, u"update"_s, customer.id };
        const QByteArray target = "/v1/customer/" + customer.id.toUtf8();

        const QByteArray documented = example(u"sphere-update.json"_s);
        CliRun run = cli(update, documented);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifySame(object(documented), lastBody("POST", target));

        const QByteArray partial = R"({"address":{"city":"Oakland"}})";
        run = cli(update, partial);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        verifySame(object(partial), lastBody("POST", target));
        verifyOnlyTheCityMoved(customer.id);
    }

    void cliImportPadsNothing()
    {
        const QByteArray csv
            = "type,firstName,lastName,email,address.line1,address.city,address.postalCode,"
              "address.state,address.country,dob\n"
              "individual,Ada,Example,ada.import@example.com,1 Elm St,Springfield,62701,IL,USA,"
              "1985-04-12\n";
        const QString file = m_dir.filePath(u"book.csv"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(csv);
        f.close();
        const CliRun run = cli({ u"sphere"_s, u"customers"_s, u"import"_s, u"--csv"_s, file });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject sent = lastBody("POST", "/v1/customer");
        QCOMPARE(sent.value(u"address"_s).toObject(),
                 (QJsonObject { { u"line1"_s, u"1 Elm St"_s },
                                { u"city"_s, u"Springfield"_s },
                                { u"postalCode"_s, u"62701"_s },
                                { u"state"_s, u"IL"_s },
                                { u"country"_s, u"USA"_s } }));
        const QStringList padded = JsonWireDiff::padding(sent);
        QVERIFY2(padded.isEmpty(), qPrintable(padded.join(u"; "_s)));
    }

    void cliRefusesBadFilesAndSendsNothing_data()
    {
        addColumns<QStringList, QByteArray, QString>("command", "body", "path");
        const QStringList sardine { u"sardine"_s, u"risk"_s };
        const QStringList yativo { u"yativo"_s, u"customers"_s, u"create"_s };
        const QByteArray sardineStart
            = R"({"sessionKey":"555fdc5c-8694-4345-b724-14454f320484","customer":{"id":"c1",)";
        QTest::newRow("sardine emailAdress")
            << sardine << (sardineStart + R"("emailAdress":"a@b.example"}})") << u"customer.emailAdress"_s;
        QTest::newRow("sardine phoneNumber")
            << sardine << (sardineStart + R"("phoneNumber":"+17342321234"}})") << u"customer.phoneNumber"_s;
        QTest::newRow("sardine nested unknown")
            << sardine << (sardineStart + R"("address":{"street":"1 Main St"}}})")
            << u"customer.address.street"_s;
        QTest::newRow("sardine wrong type")
            << sardine << (sardineStart + R"("isEmailVerified":"true"}})") << u"customer.isEmailVerified"_s;
        QTest::newRow("sardine transaction at the top")
            << sardine
            << QByteArray(R"({"sessionKey":"s","customer":{"id":"c1"},"transaction":{"amount":1}})")
            << u"transaction"_s;
        QTest::newRow("sardine createdAtMills in a transaction")
            << sardine << (sardineStart + R"("transaction":{"createdAtMills":1}}})")
            << u"customer.transaction.createdAtMills"_s;
        QTest::newRow("sardine unknown action type")
            << sardine << (sardineStart + R"("transaction":{"actionType":"bye"}}})")
            << u"customer.transaction.actionType"_s;
        QTest::newRow("yativo misspelt key")
            << yativo
            << QByteArray(
                   R"({"customer_name":"A B","customer_emial":"a@b.example","customer_phone":"+14155550123","customer_country":"USA"})")
            << u"customer_emial"_s;
        QTest::newRow("yativo boolean as string")
            << yativo
            << QByteArray(
                   R"({"customer_name":"A B","customer_email":"a@b.example","customer_phone":"+14155550123","customer_country":"USA","send_kyc_mail":"false"})")
            << u"send_kyc_mail"_s;
        QTest::newRow("yativo unknown customer type")
            << yativo
            << QByteArray(
                   R"({"customer_name":"A B","customer_email":"a@b.example","customer_phone":"+14155550123","customer_country":"USA","customer_type":"company"})")
            << u"customer_type"_s;
        QTest::newRow("sphere update null")
            << QStringList { u"sphere"_s, u"customers"_s, u"update"_s,
                             u"customer_00000000000000000000000000000000"_s }
            << QByteArray(R"({"address":{"line2":null}})") << u"request.address.line2"_s;
    }

    void cliRefusesBadFilesAndSendsNothing()
    {
        QFETCH(QStringList, command);
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        const qsizetype before = recorded();
        const CliRun run = cli(command, body);
        QVERIFY(run.exitCode != 0);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(path.toUtf8()), run.err.constData());
        QCOMPARE(recorded(), before); // not even a login
    }
};

QTEST_GUILESS_MAIN(TestRequestFidelity)
#include "tst_request_fidelity.moc"
