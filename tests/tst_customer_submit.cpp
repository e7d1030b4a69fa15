// Creating and updating Sphere customers end to end: SphereClient + CustomerSubmitter against the
// sandbox over real loopback HTTP, through a recording proxy so the test sees the bytes on the
// wire, and what the sandbox stored is read back from its store and compared with what was sent.
// Long because create and update each need their wire, store and error cases on one proxy set-up.

#include "ApiJob.h"
#include "CustomerSubmitJob.h"
#include "CustomerSubmitter.h"
#include "HttpTransport.h"
#include "RecordingProxy.h"
#include "SandboxFixture.h"
#include "SandboxStore.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"
#include "SphereRequestSamples.h"
#include "TestColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace SphereRequestSamples;

namespace {
const QString kToken = u"submit-test-token"_s;

QString uniqueTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

struct Outcome
{
    std::optional<Customer> customer;
    bool recovered = false;
    std::optional<ApiError> error;
    QList<FieldIssue> issues;
    bool done() const { return customer || error; }
};
} // namespace

class TestCustomerSubmit : public SandboxTestCase
{
    Q_OBJECT

private:
    std::unique_ptr<RecordingProxy> m_proxy;

    ApiEndpoint endpoint(const QUrl &base) const
    {
        ApiEndpoint e;
        e.vendor = u"Sphere"_s;
        e.baseUrl = base;
        e.authorization = ApiEndpoint::bearer(kToken);
        return e;
    }

    // Runs `start` and waits for the submitter to succeed or fail.
    template<typename Start> Outcome run(CustomerSubmitter &submitter, Start &&start)
    {
        Outcome out;
        QObject scope;
        connect(&submitter, &CustomerSubmitter::succeeded, &scope, [&out](const Customer &c, bool recovered) {
            out.customer = c;
            out.recovered = recovered;
        });
        connect(&submitter, &CustomerSubmitter::failed, &scope,
                [&out](const ApiError &e, const QList<FieldIssue> &issues) {
                    out.error = e;
                    out.issues = issues;
                });
        start();
        if (!QTest::qWaitFor([&] { return out.done(); }, 20000))
            out.error = ApiError::timeout(u"test"_s, 20000);
        return out;
    }

    template<typename T, typename Call> Result<T> wait(Call &&call)
    {
        std::optional<Result<T>> captured;
        call([&captured](const Result<T> &r) { captured = r; });
        if (!QTest::qWaitFor([&] { return captured.has_value(); }, 20000))
            return ApiError::timeout(u"test"_s, 20000);
        return *captured;
    }

    QList<Customer> customersWith(SphereClient &client, const CustomerMatch &match)
    {
        const Result<QList<Customer>> r
            = wait<QList<Customer>>([&](auto done) { client.findCustomers(match, this, done); });
        if (!r.ok())
            qWarning("lookup failed: %s", qPrintable(r.error().userMessage()));
        return r.ok() ? r.value() : QList<Customer>();
    }

    // Through the recording proxy, with a short transfer timeout.
    ApiEndpoint impatientEndpoint() const
    {
        ApiEndpoint e = endpoint(m_proxy->url());
        e.stallTimeout = std::chrono::milliseconds(1500);
        return e;
    }

    // The create reaches the sandbox, which creates the customer, but its answer never arrives.
    bool createsButTheAnswerIsLost(CustomerSubmitter &submitter, const CustomerRequest &request)
    {
        m_proxy->setSwallowResponses(true);
        const Outcome lost = run(submitter, [&] { submitter.submit(request); });
        return lost.error && lost.error->kind == ApiError::Kind::Timeout;
    }

    SandboxStore &store() { return m_sandbox->store(); }

    // Compares what the sandbox keeps for a customer (public object, private data, documents)
    // with the request that created it.
    void verifyStoredIndividual(const QString &id, const CustomerRequest &sent)
    {
        const QJsonObject customer = store().customer(id).value_or(QJsonObject());
        QCOMPARE(customer.value(u"type"_s).toString(), u"individual"_s);
        QCOMPARE(customer.value(u"email"_s).toString(), *sent.email);
        QCOMPARE(customer.value(u"firstName"_s).toString(), *sent.firstName);
        QCOMPARE(customer.value(u"lastName"_s).toString(), *sent.lastName);
        QCOMPARE(customer.value(u"phoneNumber"_s).toString(), *sent.phoneNumber);
        QCOMPARE(customer.value(u"lookupKey"_s),
                 sent.lookupKey ? QJsonValue(*sent.lookupKey) : QJsonValue(QJsonValue::Null));
        QCOMPARE(customer.value(u"website"_s).toString(), *sent.website);
        QCOMPARE(customer.value(u"meta"_s).toObject(), sent.meta);
        QCOMPARE(customer.value(u"address"_s).toObject(),
                 QJsonDocument::fromJson(SphereRequestCodec::encodeBody(sent))
                     .object()
                     .value(u"address"_s)
                     .toObject());
        const QJsonObject priv = store().privateData(id);
        QCOMPARE(priv.value(u"ssn"_s).toString(), *sent.ssn);
        QCOMPARE(priv.value(u"dob"_s).toObject(),
                 (QJsonObject { { u"day"_s, sent.dob->day },
                                { u"month"_s, sent.dob->month },
                                { u"year"_s, sent.dob->year } }));
        QCOMPARE(priv.value(u"highVolume"_s).toBool(), *sent.highVolume);
        QCOMPARE(store().document(id, u"customer"_s, u"identityDocumentFront"_s).value_or(QByteArray()),
                 sent.identityDocumentFront->content);
        QCOMPARE(store().document(id, u"customer"_s, u"identityDocumentBack"_s).value_or(QByteArray()),
                 sent.identityDocumentBack->content);
        QCOMPARE(store().document(id, u"customer"_s, u"proofOfAddressDocument"_s).value_or(QByteArray()),
                 sent.proofOfAddressDocument->content);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(startSharedSandbox(40, kToken));
        m_proxy = std::make_unique<RecordingProxy>(m_sandbox->baseUrl());
        QVERIFY(m_proxy->listen(QHostAddress::LocalHost, 0));
    }

    void init() { m_proxy->setSwallowResponses(false); }

    void createIndividualStoresWhatWasSent()
    {
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        CustomerSubmitter submitter(&client);
        QSignalSpy states(&submitter, &CustomerSubmitter::stateChanged);
        const CustomerRequest request = individual(uniqueTag());
        const qsizetype before = m_proxy->requests().size();
        const Outcome out = run(submitter, [&] { submitter.submit(request); });
        QVERIFY2(out.customer, out.error ? qPrintable(out.error->userMessage()) : "");
        QVERIFY(!out.recovered);
        QCOMPARE(submitter.state(), CustomerSubmitter::State::Succeeded);
        QVERIFY(submitter.idempotencyKey().isEmpty()); // the submission is over

        // Exactly one request, and its body is exactly the encoded request.
        QCOMPARE(m_proxy->requests().size(), before + 1);
        const RecordingProxy::Recorded &wire = m_proxy->requests().last();
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.target, QByteArray("/v1/customer"));
        QVERIFY(!wire.header("Idempotency-Key").isEmpty());
        QCOMPARE(wire.body, SphereRequestCodec::encodeBody(request));
        const Result<CustomerRequest> decoded = SphereRequestCodec::decodeBody(wire.body);
        QVERIFY(decoded.ok());
        QVERIFY(decoded.value() == request);

        verifyStoredIndividual(out.customer->id, request);
        QCOMPARE(out.customer->email, request.email);
        QVERIFY(states.size() >= 3); // encoding, sending, succeeded
    }

    void createBusinessWithUbosStoresWhatWasSent()
    {
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        CustomerSubmitter submitter(&client);
        QSignalSpy progress(&submitter, &CustomerSubmitter::uploadProgress);
        const CustomerRequest request = business(uniqueTag());
        const Outcome out = run(submitter, [&] { submitter.submit(request); });
        QVERIFY2(out.customer, out.error ? qPrintable(out.error->userMessage()) : "");
        const QByteArray body = SphereRequestCodec::encodeBody(request);
        QCOMPARE(m_proxy->requests().last().body, body);
        // Upload progress reached the whole body.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(body.size()));

        const QString id = out.customer->id;
        const QJsonObject customer = store().customer(id).value_or(QJsonObject());
        QCOMPARE(customer.value(u"type"_s).toString(), u"business"_s);
        QCOMPARE(customer.value(u"firstName"_s).toString(), *request.name); // the legal name
        QCOMPARE(customer.value(u"description"_s).toString(), *request.description);
        QCOMPARE(customer.value(u"thirdParty"_s).toBool(), *request.thirdParty);
        QCOMPARE(customer.value(u"thirdPartyMessage"_s).toString(), *request.thirdPartyMessage);
        QCOMPARE(customer.value(u"sourceOfFunds"_s).toString(), *request.sourceOfFundsDescription);
        QCOMPARE(customer.value(u"tos"_s).toString(), u"approved"_s);
        QCOMPARE(customer.value(u"isProhibitedBusinessType"_s).toBool(), false);

        const QJsonObject priv = store().privateData(id);
        QCOMPARE(priv.value(u"ein"_s).toString(), *request.ein);
        QCOMPARE(priv.value(u"businessType"_s).toString(), *request.businessType);
        QCOMPARE(priv.value(u"tosAccepted"_s).toBool(), true);
        QCOMPARE(priv.value(u"estimatedAnnualRevenueUsd"_s).toString(), *request.estimatedAnnualRevenueUsd);
        QCOMPARE(priv.value(u"expectedMonthlyPaymentsUsd"_s).toDouble(), *request.expectedMonthlyPaymentsUsd);
        QCOMPARE(priv.value(u"operatesInProhibitedCountries"_s).toBool(),
                 *request.operatesInProhibitedCountries);
        QCOMPARE(priv.value(u"highRiskActivities"_s).toArray(),
                 QJsonArray::fromStringList(*request.highRiskActivities));
        QCOMPARE(priv.value(u"transmitsCustomerFunds"_s).toBool(), *request.transmitsCustomerFunds);
        QCOMPARE(priv.value(u"transmitsCustomerFundsDescription"_s).toString(),
                 *request.transmitsCustomerFundsDescription);
        for (const char16_t *kind : { u"incorporationDocument", u"shareholderDocument", u"statementOfFunds",
                                      u"proofOfAddressDocument" }) {
            const std::optional<DocumentUpload> &doc = QStringView(kind) == u"incorporationDocument"
                ? request.incorporationDocument
                : QStringView(kind) == u"shareholderDocument" ? request.shareholderDocument
                : QStringView(kind) == u"statementOfFunds"    ? request.statementOfFunds
                                                              : request.proofOfAddressDocument;
            QCOMPARE(store().document(id, u"customer"_s, QString::fromUtf16(kind)).value_or(QByteArray()),
                     doc->content);
        }

        // Each UBO: public fields on the customer, private ones and documents under its id.
        const QJsonArray ubos = customer.value(u"ubos"_s).toArray();
        QCOMPARE(ubos.size(), 2);
        const QJsonObject privateUbos = priv.value(u"ubos"_s).toObject();
        for (qsizetype i = 0; i < ubos.size(); ++i) {
            const UboRequest &sent = request.ubos.at(i);
            const QJsonObject ubo = ubos.at(i).toObject();
            const QString uboId = ubo.value(u"id"_s).toString();
            QCOMPARE(ubo.value(u"firstName"_s).toString(), *sent.firstName);
            QCOMPARE(ubo.value(u"lastName"_s).toString(), *sent.lastName);
            QCOMPARE(ubo.value(u"email"_s).toString(), *sent.email);
            QCOMPARE(ubo.value(u"phoneNumber"_s).toString(), *sent.phoneNumber);
            QCOMPARE(ubo.value(u"address"_s).toObject().value(u"country"_s).toString(),
                     *sent.address->country);
            QCOMPARE(ubo.value(u"requirements"_s).toArray(), QJsonArray()); // nothing missing
            const QJsonObject uboPrivate = privateUbos.value(uboId).toObject();
            QCOMPARE(uboPrivate.value(u"ssn"_s).toString(), *sent.ssn);
            QCOMPARE(uboPrivate.value(u"dob"_s).toObject().value(u"year"_s).toInt(), sent.dob->year);
            QCOMPARE(store().document(id, uboId, u"identityDocumentFront"_s).value_or(QByteArray()),
                     sent.identityDocumentFront->content);
            QCOMPARE(store().document(id, uboId, u"identityDocumentBack"_s).value_or(QByteArray()),
                     sent.identityDocumentBack->content);
        }
        // Two different owners, two different documents: nothing was mixed up.
        QVERIFY(request.ubos.at(0).identityDocumentFront->content
                != request.ubos.at(1).identityDocumentFront->content);
    }

    void updateSendsOnlyChangedFields()
    {
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        CustomerSubmitter submitter(&client);
        const CustomerRequest request = individual(uniqueTag());
        const Outcome created = run(submitter, [&] { submitter.submit(request); });
        QVERIFY(created.customer);
        const QString id = created.customer->id;
        const Result<Customer> retrieved
            = wait<Customer>([&](auto done) { client.getCustomer(id, this, done); });
        QVERIFY(retrieved.ok());

        CustomerRequest edited = SphereRequestCodec::fromCustomer(retrieved.value());
        edited.phoneNumber = u"+14155550100"_s;
        edited.address->city = u"Oakland"_s;
        const qsizetype before = m_proxy->requests().size();
        QSignalSpy updated(&submitter, &CustomerSubmitter::updated);
        const Outcome out = run(submitter, [&] { submitter.submitUpdate(id, retrieved.value(), edited); });
        QVERIFY2(out.customer, out.error ? qPrintable(out.error->userMessage()) : "");
        QCOMPARE(updated.size(), 1);

        QCOMPARE(m_proxy->requests().size(), before + 1);
        const RecordingProxy::Recorded &wire = m_proxy->requests().last();
        QCOMPARE(wire.method, QByteArray("POST"));
        QCOMPARE(wire.target, QByteArray("/v1/customer/") + id.toUtf8());
        QCOMPARE(wire.body,
                 QByteArray("{\"address\":{\"city\":\"Oakland\"},\"phoneNumber\":\"+14155550100\"}"));

        // The vendor changed those two and kept the rest, including the private data.
        const QJsonObject stored = store().customer(id).value_or(QJsonObject());
        QCOMPARE(stored.value(u"phoneNumber"_s).toString(), u"+14155550100"_s);
        QCOMPARE(stored.value(u"address"_s).toObject().value(u"city"_s).toString(), u"Oakland"_s);
        QCOMPARE(stored.value(u"email"_s).toString(), *request.email);
        QCOMPARE(store().privateData(id).value(u"ssn"_s).toString(), *request.ssn);
        QCOMPARE(out.customer->phoneNumber, std::optional<QString>(u"+14155550100"_s));

        // Nothing changed: refused locally, nothing sent.
        const Result<Customer> empty
            = wait<Customer>([&](auto done) { client.updateCustomer(id, CustomerRequest(), this, done); });
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().kind, ApiError::Kind::Configuration);
        QCOMPARE(empty.error().vendorCode, u"nothing-to-update"_s);
        QCOMPARE(m_proxy->requests().size(), before + 1);
    }

    void updateOfApprovedCustomerIsRefused()
    {
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        CustomerQuery query;
        query.kycStatus = u"approved"_s;
        query.pageSize = 1;
        const Result<CustomerPage> page
            = wait<CustomerPage>([&](auto done) { client.listCustomersPage(query, 1, this, done); });
        QVERIFY(page.ok());
        QVERIFY(!page.value().customers.isEmpty());
        const Customer approved = page.value().customers.first();
        QCOMPARE(approved.kyc.value, KycStatus::Approved);

        CustomerSubmitter submitter(&client);
        CustomerRequest edited = SphereRequestCodec::fromCustomer(approved);
        edited.website = u"https://changed.example"_s;
        const qsizetype before = m_proxy->requests().size();
        const Outcome out = run(submitter, [&] { submitter.submitUpdate(approved.id, approved, edited); });
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, ApiError::Kind::Configuration);
        QCOMPARE(out.error->vendorCode, u"customer-already-kycd"_s);
        QVERIFY2(out.error->message.contains(u"approved"_s), qPrintable(out.error->message));
        // What the analyst reads is the rule itself, not "Sphere is not configured".
        QCOMPARE(out.error->userMessage(), out.error->message);
        QVERIFY(!submitter.canRetry());
        QCOMPARE(m_proxy->requests().size(), before); // nothing left this computer

        // The vendor refuses it too, when asked directly.
        ApiRequest raw;
        raw.verb = "POST";
        raw.path = u"/v1/customer/"_s + approved.id;
        raw.body = "{\"website\":\"https://changed.example\"}";
        ApiJob *job = m_transport->send(endpoint(m_sandbox->baseUrl()), raw);
        std::optional<Result<Customer>> answer;
        connect(job, &ApiJob::finished, this, [job, &answer] {
            answer = job->result().ok() ? SphereCodec::decodeCustomerResponse(
                         job->result().value().httpStatus, job->result().value().body)
                                        : Result<Customer>(job->result().error());
        });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ApiError::Kind::HttpStatus);
        QCOMPARE(answer->error().httpStatus, 400);
        QCOMPARE(answer->error().vendorCode, u"customer-already-kycd"_s);
        QVERIFY(!answer->error().requestId.isEmpty());
        QCOMPARE(store().customer(approved.id)->value(u"website"_s),
                 QJsonValue(approved.website ? QJsonValue(*approved.website) : QJsonValue(QJsonValue::Null)));
    }

    void vendorRefusalIsMappedToTheField_data()
    {
        addColumns<bool, QString>("isBusiness", "field");
        QTest::newRow("individual ssn") << false << u"ssn"_s;
        QTest::newRow("second UBO's ssn") << true << u"ubos[1].ssn"_s;
    }

    void vendorRefusalIsMappedToTheField()
    {
        QFETCH(bool, isBusiness);
        QFETCH(QString, field);
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        CustomerSubmitter submitter(&client);
        // The submitter sends what it is given (the form validates first); here a value the
        // vendor refuses reaches it on purpose.
        CustomerRequest request = isBusiness ? business(uniqueTag()) : individual(uniqueTag());
        if (isBusiness)
            request.ubos[1].ssn = u"12-34"_s;
        else
            request.ssn = u"12-34"_s;
        const Outcome out = run(submitter, [&] { submitter.submit(request); });
        QVERIFY(out.error);
        QCOMPARE(out.error->kind, ApiError::Kind::HttpStatus);
        QCOMPARE(out.error->httpStatus, 400);
        QCOMPARE(out.issues.size(), 1);
        QCOMPARE(out.issues.first().field, field);
        QVERIFY2(out.issues.first().message.contains(u"9 digits"_s), qPrintable(out.issues.first().message));
        // The draft is kept for the analyst to correct.
        QVERIFY(submitter.pendingRequest() == request);
        QVERIFY(submitter.canRetry());
        QCOMPARE(submitter.state(), CustomerSubmitter::State::Failed);

        // Corrected and sent again: a new body gets a new key, and the customer is created once.
        const QByteArray firstKey = submitter.idempotencyKey();
        CustomerRequest fixed = request;
        if (isBusiness)
            fixed.ubos[1].ssn = u"123-45-6789"_s;
        else
            fixed.ssn = u"123-45-6789"_s;
        const Outcome second = run(submitter, [&] { submitter.submit(fixed); });
        QVERIFY2(second.customer, second.error ? qPrintable(second.error->userMessage()) : "");
        QVERIFY(m_proxy->requests().last().header("Idempotency-Key") != firstKey);
    }

    void retryAfterTimeoutFindsTheCreatedCustomer_data()
    {
        QTest::addColumn<bool>("withLookupKey");
        QTest::newRow("by lookupKey") << true;
        QTest::newRow("by email and type") << false;
    }

    void retryAfterTimeoutFindsTheCreatedCustomer()
    {
        QFETCH(bool, withLookupKey);
        ApiEndpoint e = endpoint(m_proxy->url());
        e.stallTimeout = std::chrono::milliseconds(1500);
        SphereClient client(m_transport, e);
        CustomerSubmitter submitter(&client);
        CustomerRequest request = individual(uniqueTag());
        if (!withLookupKey)
            request.lookupKey.reset();

        // The create reaches the sandbox, which creates the customer, but the answer never comes.
        m_proxy->setSwallowResponses(true);
        const int postsBefore = m_proxy->count("POST");
        const Outcome first = run(submitter, [&] { submitter.submit(request); });
        QVERIFY(first.error);
        QCOMPARE(first.error->kind, ApiError::Kind::Timeout);
        QVERIFY(first.issues.isEmpty());
        QCOMPARE(m_proxy->count("POST"), postsBefore + 1);
        const QByteArray key = submitter.idempotencyKey();
        QVERIFY(!key.isEmpty());
        QVERIFY(submitter.canRetry());
        m_proxy->setSwallowResponses(false);
        CustomerMatch match;
        match.email = request.email;
        QCOMPARE(customersWith(client, match).size(), 1); // it does exist already

        // Retry: the submitter looks first, finds it, and does not post again.
        const qsizetype requestsBefore = m_proxy->requests().size();
        QSignalSpy created(&submitter, &CustomerSubmitter::created);
        const Outcome retried = run(submitter, [&] { submitter.retry(); });
        QVERIFY2(retried.customer, retried.error ? qPrintable(retried.error->userMessage()) : "");
        QVERIFY(retried.recovered);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().at(1).toBool(), true);
        QCOMPARE(m_proxy->count("POST"), postsBefore + 1);
        QVERIFY(m_proxy->requests().size() > requestsBefore);
        for (qsizetype i = requestsBefore; i < m_proxy->requests().size(); ++i) {
            QCOMPARE(m_proxy->requests().at(i).method, QByteArray("GET"));
            QVERIFY(m_proxy->requests().at(i).target.startsWith("/v1/customer?"));
        }
        QCOMPARE(retried.customer->email, request.email);

        // Exactly one customer with that lookup key (or email) exists.
        if (withLookupKey) {
            CustomerMatch byKey;
            byKey.lookupKey = request.lookupKey;
            byKey.email = request.email;
            QCOMPARE(customersWith(client, byKey).size(), 1);
            QCOMPARE(retried.customer->lookupKey, request.lookupKey);
        }
        QCOMPARE(customersWith(client, match).size(), 1);
        verifyStoredIndividual(retried.customer->id, request);
    }

    void editsAfterATimeoutReachTheCustomerTheAttemptCreated()
    {
        // The create times out but did create the customer; the analyst, form still open, fixes the
        // phone number and website and saves again. No second customer, and the fixes arrive: as an
        // update of just those two fields.
        SphereClient client(m_transport, impatientEndpoint());
        CustomerSubmitter submitter(&client);
        const CustomerRequest request = individual(uniqueTag());
        QVERIFY(createsButTheAnswerIsLost(submitter, request));
        m_proxy->setSwallowResponses(false);

        CustomerRequest edited = request;
        edited.phoneNumber = u"+14155550199"_s;
        edited.website = u"https://roe.example.org"_s;
        const int postsBefore = m_proxy->count("POST");
        const qsizetype requestsBefore = m_proxy->requests().size();
        QSignalSpy created(&submitter, &CustomerSubmitter::created);
        QSignalSpy updated(&submitter, &CustomerSubmitter::updated);
        const Outcome saved = run(submitter, [&] { submitter.submit(edited); });
        QVERIFY2(saved.customer, saved.error ? qPrintable(saved.error->userMessage()) : "");
        QVERIFY(saved.recovered);
        QCOMPARE(created.size(), 1); // the form finishes a create, whatever it took
        QCOMPARE(updated.size(), 0);
        QCOMPARE(m_proxy->count("POST"), postsBefore + 1); // one POST, and it is the update
        QByteArray updateBody;
        for (qsizetype i = requestsBefore; i < m_proxy->requests().size(); ++i) {
            const RecordingProxy::Recorded &r = m_proxy->requests().at(i);
            if (r.method == "POST") {
                QCOMPARE(r.target, "/v1/customer/" + saved.customer->id.toUtf8());
                updateBody = r.body;
            }
        }
        const QJsonObject sent = QJsonDocument::fromJson(updateBody).object();
        QStringList keys = sent.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList { u"phoneNumber"_s, u"website"_s }));
        CustomerMatch match;
        match.email = request.email;
        const QList<Customer> found = customersWith(client, match);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().phoneNumber, edited.phoneNumber);
        QCOMPARE(store().customer(found.first().id)->value(u"website"_s).toString(), *edited.website);

        // Saving once more after that starts a new customer again (the submission is over).
        QVERIFY(!submitter.canRetry());
    }

    void aDraftSavedDuringTheRecoveredUpdateStillFindsTheCustomer()
    {
        // The create times out; the edited save finds the customer, but its update times out too.
        // The form's draft then holds the create's key, and a form resumed from it finds the same
        // customer again and applies the edits: never a second customer.
        SphereClient client(m_transport, impatientEndpoint());
        CustomerSubmitter submitter(&client);
        const CustomerRequest request = individual(uniqueTag());
        QVERIFY(createsButTheAnswerIsLost(submitter, request));
        const QByteArray key = submitter.idempotencyKey();
        QVERIFY(!key.isEmpty());
        m_proxy->setSwallowResponses(false);
        m_proxy->setSwallowMethod("POST"); // the lookup is answered, the update is not
        CustomerRequest edited = request;
        edited.phoneNumber = u"+14155550177"_s;
        const Outcome stalled = run(submitter, [&] { submitter.submit(edited); });
        m_proxy->setSwallowMethod({});
        QVERIFY(stalled.error && stalled.error->kind == ApiError::Kind::Timeout);
        QCOMPARE(submitter.idempotencyKey(), key); // what a draft saved now carries

        CustomerSubmitter resumed(&client);
        resumed.setIdempotencyKey(key);
        const Outcome saved = run(resumed, [&] { resumed.submit(edited); });
        QVERIFY2(saved.customer, saved.error ? qPrintable(saved.error->userMessage()) : "");
        QVERIFY(saved.recovered);
        CustomerMatch match;
        match.email = request.email;
        const QList<Customer> found = customersWith(client, match);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().phoneNumber, edited.phoneNumber);
    }

    void retryAfterAFailedLookupSendsTheEditedForm()
    {
        // A lookup that fails keeps the unanswered attempt's request as its identity; retry() must
        // still send what the analyst last saved.
        SphereClient client(m_transport, impatientEndpoint());
        CustomerSubmitter submitter(&client);
        const CustomerRequest request = individual(uniqueTag());
        QVERIFY(createsButTheAnswerIsLost(submitter, request));
        CustomerRequest edited = request;
        edited.website = u"https://edited.example.com"_s;
        const Outcome lookupFailed = run(submitter, [&] { submitter.submit(edited); }); // lookup swallowed
        QVERIFY(lookupFailed.error && lookupFailed.error->kind == ApiError::Kind::Timeout);
        m_proxy->setSwallowResponses(false);
        const Outcome retried = run(submitter, [&] { submitter.retry(); });
        QVERIFY2(retried.customer, retried.error ? qPrintable(retried.error->userMessage()) : "");
        QCOMPARE(store().customer(retried.customer->id)->value(u"website"_s).toString(), *edited.website);
    }

    void retryAfterConnectionRefusedRepostsWithTheSameKey()
    {
        // A port nobody listens on.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();

        SphereClient client(m_transport, endpoint(dead));
        CustomerSubmitter submitter(&client);
        const CustomerRequest request = business(uniqueTag());
        const Outcome first = run(submitter, [&] { submitter.submit(request); });
        QVERIFY(first.error);
        QCOMPARE(first.error->kind, ApiError::Kind::Network);
        const QByteArray key = submitter.idempotencyKey();
        QVERIFY(!key.isEmpty());

        // The network is back: the lookup finds nothing, so the same create goes again, same key.
        client.setEndpoint(endpoint(m_proxy->url()));
        const qsizetype before = m_proxy->requests().size();
        const Outcome retried = run(submitter, [&] { submitter.retry(); });
        QVERIFY2(retried.customer, retried.error ? qPrintable(retried.error->userMessage()) : "");
        QVERIFY(!retried.recovered);
        const QList<RecordingProxy::Recorded> sent = m_proxy->requests().mid(before);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).method, QByteArray("GET")); // looked first
        QCOMPARE(sent.at(1).method, QByteArray("POST"));
        QCOMPARE(sent.at(1).header("Idempotency-Key"), key);
        QCOMPARE(sent.at(1).body, SphereRequestCodec::encodeBody(request));
        CustomerMatch match;
        match.lookupKey = request.lookupKey;
        match.email = request.email;
        QCOMPARE(customersWith(client, match).size(), 1);
    }

    void restoredKeyFromADraftLooksBeforePosting()
    {
        // A crash after the create was sent: the draft kept the key; the customer exists.
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        const CustomerRequest request = individual(uniqueTag());
        const QByteArray key = CustomerSubmitter::newIdempotencyKey();
        const Result<Customer> createdBefore
            = wait<Customer>([&](auto done) { client.createCustomer(request, key, this, done); });
        QVERIFY(createdBefore.ok());

        CustomerSubmitter submitter(&client);
        submitter.setIdempotencyKey(key);
        const int postsBefore = m_proxy->count("POST");
        const Outcome out = run(submitter, [&] { submitter.submitCreate(request); });
        QVERIFY2(out.customer, out.error ? qPrintable(out.error->userMessage()) : "");
        QVERIFY(out.recovered);
        QCOMPARE(out.customer->id, createdBefore.value().id);
        QCOMPARE(m_proxy->count("POST"), postsBefore);
    }

    void aRestoredDraftFindsItsCustomerByTimeAndSendsOnlyTheEdits()
    {
        // No lookup key; the answer is lost; the app closes. The draft keeps the key, the attempt's
        // time and the request it sent. Restored, with the first name corrected: the customer is found
        // by email and type within that time (the name no longer matches), and only the first name
        // goes out, as an update.
        SphereClient client(m_transport, impatientEndpoint());
        CustomerSubmitter submitter(&client);
        CustomerRequest request = individual(uniqueTag());
        request.lookupKey.reset();
        QVERIFY(createsButTheAnswerIsLost(submitter, request));
        m_proxy->setSwallowResponses(false);
        QVERIFY(submitter.firstAttempt().isValid());
        QCOMPARE(submitter.sentRequest(), request);

        CustomerSubmitter resumed(&client);
        resumed.restorePending(submitter.idempotencyKey(), submitter.firstAttempt(), submitter.sentRequest());
        CustomerRequest edited = request;
        edited.firstName = u"Janet"_s;
        const qsizetype requestsBefore = m_proxy->requests().size();
        const Outcome saved = run(resumed, [&] { resumed.submit(edited); });
        QVERIFY2(saved.customer, saved.error ? qPrintable(saved.error->userMessage()) : "");
        QVERIFY(saved.recovered);
        QByteArray updateBody;
        int posts = 0;
        for (qsizetype i = requestsBefore; i < m_proxy->requests().size(); ++i) {
            if (m_proxy->requests().at(i).method == "POST") {
                ++posts;
                updateBody = m_proxy->requests().at(i).body;
            }
        }
        QCOMPARE(posts, 1);
        QCOMPARE(QJsonDocument::fromJson(updateBody).object().keys(), QStringList { u"firstName"_s });
        CustomerMatch match;
        match.email = request.email;
        const QList<Customer> found = customersWith(client, match);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().firstName, u"Janet"_s);
    }

    void createJobReportsProgressAndCanBeAborted()
    {
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        CustomerRequest request = business(uniqueTag());
        request.incorporationDocument = pdf("large", 3 * 1024 * 1024);
        std::optional<Result<Customer>> result;
        CustomerSubmitJob *job = client.createCustomer(request, CustomerSubmitter::newIdempotencyKey(), this,
                                                       [&result](const Result<Customer> &r) { result = r; });
        QVERIFY(job);
        QSignalSpy stages(job, &CustomerSubmitJob::stageChanged);
        job->abort(); // before encoding even started
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, ApiError::Kind::Cancelled);

        // And the same job, not aborted, uploads the whole (large) body with progress.
        result.reset();
        job = client.createCustomer(request, CustomerSubmitter::newIdempotencyKey(), this,
                                    [&result](const Result<Customer> &r) { result = r; });
        QSignalSpy progress(job, &CustomerSubmitJob::uploadProgress);
        QPointer<CustomerSubmitJob> guard(job);
        QCOMPARE(job->stage(), CustomerSubmitJob::Stage::Pending);
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 20000));
        QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().userMessage()));
        QVERIFY(progress.size() >= 1);
        QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
        QVERIFY(progress.last().at(0).toLongLong() > 4 * 1024 * 1024); // base64 of 3 MiB + the rest
        QTRY_VERIFY(!guard); // deleted itself
        QCOMPARE(store()
                     .document(result->value().id, u"customer"_s, u"incorporationDocument"_s)
                     .value_or(QByteArray()),
                 request.incorporationDocument->content);
    }

    void aJobAbortedWhileItsBodyIsEncodedHearsOnlyTheCancel()
    {
        // Aborted (and so gone) while the pool still encodes its large body: the encoding's end finds
        // nothing to deliver to, and nothing is sent.
        SphereClient client(m_transport, endpoint(m_proxy->url()));
        const QString tag = uniqueTag();
        CustomerRequest request = business(tag);
        request.incorporationDocument = pdf("large", 8 * 1024 * 1024);
        QList<Result<Customer>> answers;
        CustomerSubmitJob *job
            = client.createCustomer(request, CustomerSubmitter::newIdempotencyKey(), this,
                                    [&answers](const Result<Customer> &r) { answers << r; });
        QVERIFY(job);
        const QPointer<CustomerSubmitJob> guard(job);
        connect(job, &CustomerSubmitJob::stageChanged, this, [job](CustomerSubmitJob::Stage stage) {
            if (stage == CustomerSubmitJob::Stage::Encoding)
                QTimer::singleShot(0, job, &CustomerSubmitJob::abort);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!guard, 10000);
        QThreadPool::globalInstance()->waitForDone();
        QTest::qWait(50); // whatever the encoding's end might still post
        QCOMPARE(answers.size(), 1);
        QVERIFY(!answers.first().ok());
        QCOMPARE(answers.first().error().kind, ApiError::Kind::Cancelled);
        CustomerMatch match;
        match.email = request.email;
        QVERIFY(customersWith(client, match).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerSubmit)
#include "tst_customer_submit.moc"
