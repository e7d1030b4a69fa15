// The sandbox as clients see it: a SandboxServer on 127.0.0.1, real HTTP through
// QNetworkAccessManager, a fresh SQLite file per test.
// Long because it is the sandbox's contract, one case per documented route and rule.
#include "EmbeddedSandbox.h"
#include "JsonDeepCompare.h"
#include "SandboxServer.h"
#include "SandboxStore.h"
#include "TestColumns.h"
#include "TestData.h"

#include <memory>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kToken = u"kycdesk-sandbox-token"_s;
const QString kDisclaimer
    = u"By submitting this request, I hereby declare that the created customer has read and "
      "accepted Sphere Terms of Service."_s;
const QStringList kCustomerKeys {
    u"id"_s,
    u"meta"_s,
    u"description"_s,
    u"sourceOfFunds"_s,
    u"thirdParty"_s,
    u"thirdPartyMessage"_s,
    u"lookupKey"_s,
    u"type"_s,
    u"kyc"_s,
    u"tos"_s,
    u"msa"_s,
    u"euAccountTos"_s,
    u"operatingResidency"_s,
    u"isProhibitedBusinessType"_s,
    u"website"_s,
    u"additionalReviewRequiredReason"_s,
    u"requirements"_s,
    u"address"_s,
    u"ubos"_s,
    u"email"_s,
    u"firstName"_s,
    u"lastName"_s,
    u"phoneNumber"_s,
    u"mock"_s,
    u"wallets"_s,
    u"bankAccounts"_s,
    u"achPullUserIntentId"_s,
    u"verificationLevels"_s,
    u"created"_s,
    u"updated"_s,
};

struct Reply
{
    int status = 0;
    QByteArray contentType;
    QByteArray raw;
    QJsonObject body;
    QJsonObject data() const { return body.value(u"data"_s).toObject(); }
    QJsonObject customer() const { return data().value(u"customer"_s).toObject(); }
    QString message() const { return body.value(u"message"_s).toString(); }
};

QJsonObject individualBody()
{
    return QJsonDocument::fromJson(R"({
        "type": "individual", "firstName": "John", "lastName": "Doe", "email": "johndoe123@example.com",
        "phoneNumber": "+12345678900",
        "address": {"line1": "123 Main St", "city": "San Francisco", "postalCode": "94107", "state": "CA",
                    "country": "USA"},
        "dob": {"month": 3, "day": 23, "year": 1990}
    })")
        .object();
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_nam;
    QUrl m_base;
    int m_dbCounter = 0;

    QString freshDatabase() { return m_dir.filePath(u"db%1.sqlite"_s.arg(++m_dbCounter)); }

    void start(const QString &database, int seed = 300)
    {
        m_server.reset();
        SandboxConfig config;
        config.databasePath = database;
        config.seedCustomers = seed;
        m_server = std::make_unique<SandboxServer>(config);
        const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port != 0, qPrintable(m_server->errorString()));
        m_base = m_server->baseUrl();
        QCOMPARE(m_base.toString(), u"http://127.0.0.1:%1"_s.arg(port));
    }

    Reply send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QString &token = kToken, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QUrl url = m_base;
        const qsizetype q = path.indexOf(u'?');
        url.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            url.setQuery(path.mid(q + 1));
        QNetworkRequest request(url);
        if (!token.isNull())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        out.raw = reply->readAll();
        out.body = QJsonDocument::fromJson(out.raw).object();
        reply->deleteLater();
        return out;
    }
    Reply get(const QString &path, const QString &token = kToken) { return send("GET", path, {}, token); }
    Reply post(const QString &path, const QJsonObject &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), kToken, headers);
    }

    static void verifyEnvelope(const Reply &r, int status)
    {
        QCOMPARE(r.status, status);
        QVERIFY2(r.contentType.startsWith("application/json"), r.contentType.constData());
        const QJsonObject &b = r.body;
        QCOMPARE(b.value(u"ok"_s).toBool(), status == 200);
        QVERIFY(b.value(u"ok"_s).isBool());
        QCOMPARE(b.value(u"object"_s).toString(), u"object"_s);
        QCOMPARE(b.value(u"statusCode"_s).toInt(), status);
        QVERIFY(b.value(u"message"_s).isString());
        QVERIFY(b.contains(u"data"_s));
        if (status == 200) {
            QVERIFY(b.value(u"error"_s).isNull());
        } else {
            QVERIFY(b.value(u"error"_s).isString());
            QVERIFY(b.value(u"data"_s).isNull());
        }
        QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s)
                    .match(b.value(u"ts"_s).toString())
                    .hasMatch());
        QVERIFY(QRegularExpression(u"^request_[0-9a-f]{32}$"_s)
                    .match(b.value(u"request"_s).toString())
                    .hasMatch());
    }

    // Every customer id of the whole list, walking hasNext.
    QStringList allIds(const QString &filter, int limit)
    {
        QStringList ids;
        for (int page = 1; page < 10000; ++page) {
            const Reply r = get(u"/v1/customer?limit=%1&page=%2"_s.arg(limit).arg(page) + filter);
            if (r.status != 200)
                return { u"HTTP %1"_s.arg(r.status) };
            const QJsonArray customers = r.data().value(u"customers"_s).toArray();
            for (const QJsonValue &c : customers)
                ids << c.toObject().value(u"id"_s).toString();
            if (!r.data().value(u"pagination"_s).toObject().value(u"hasNext"_s).toBool())
                break;
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { start(freshDatabase()); }
    void cleanup() { m_server.reset(); }

    void rejectsMissingOrWrongToken()
    {
        const Reply none = get(u"/v1/customer"_s, QString());
        verifyEnvelope(none, 401);
        QVERIFY(none.message().contains(u"Bearer"_s));
        verifyEnvelope(get(u"/v1/customer"_s, u"wrong-token"_s), 401);
        verifyEnvelope(get(u"/v1/customer/customer_00000000000000000000000000000000"_s, u"x"_s), 401);
        verifyEnvelope(send("POST", u"/v1/customer"_s, "{}", QString()), 401);
        verifyEnvelope(get(u"/no/such/route"_s, QString()), 401);
        verifyEnvelope(get(u"/v1/customer"_s), 200);
    }

    void unknownRoutesAndIdsAre404()
    {
        verifyEnvelope(get(u"/no/such/route"_s), 404);
        verifyEnvelope(send("DELETE", u"/v1/customer"_s), 404);
        const Reply r = get(u"/v1/customer/customer_00000000000000000000000000000000"_s);
        verifyEnvelope(r, 404);
        QVERIFY(r.message().contains(u"customer_00000000000000000000000000000000"_s));
        verifyEnvelope(get(u"/v1/wallet/wallet_00000000000000000000000000000000"_s), 404);
        verifyEnvelope(get(u"/v1/bankAccount/bankAccount_00000000000000000000000000000000"_s), 404);
    }

    void createsIndividualAndGetsIt()
    {
        const Reply created = post(u"/v1/customer"_s, individualBody());
        verifyEnvelope(created, 200);
        QCOMPARE(created.message(), u"success"_s);
        const QJsonObject c = created.customer();
        for (const QString &key : kCustomerKeys)
            QVERIFY2(c.contains(key), qPrintable(key));
        QCOMPARE(c.size(), kCustomerKeys.size());
        QVERIFY(
            QRegularExpression(u"^customer_[0-9a-f]{32}$"_s).match(c.value(u"id"_s).toString()).hasMatch());
        QCOMPARE(c.value(u"type"_s).toString(), u"individual"_s);
        QCOMPARE(c.value(u"firstName"_s).toString(), u"John"_s);
        QCOMPARE(c.value(u"lastName"_s).toString(), u"Doe"_s);
        QCOMPARE(c.value(u"email"_s).toString(), u"johndoe123@example.com"_s);
        QCOMPARE(c.value(u"phoneNumber"_s).toString(), u"+12345678900"_s);
        for (const QString &status :
             { u"kyc"_s, u"tos"_s, u"msa"_s, u"euAccountTos"_s, u"operatingResidency"_s })
            QCOMPARE(c.value(status).toString(), u"incomplete"_s);
        QCOMPARE(c.value(u"requirements"_s).toArray(),
                 QJsonArray({ u"customerIdentityDocument"_s, u"ssn"_s }));
        const QJsonObject address = c.value(u"address"_s).toObject();
        QCOMPARE(address.value(u"line1"_s).toString(), u"123 Main St"_s);
        QVERIFY(address.value(u"line2"_s).isNull());
        QCOMPARE(address.value(u"country"_s).toString(), u"USA"_s);
        QVERIFY(c.value(u"description"_s).isNull());
        QVERIFY(c.value(u"isProhibitedBusinessType"_s).isNull());
        QCOMPARE(c.value(u"meta"_s).toObject(), QJsonObject());
        QCOMPARE(c.value(u"created"_s), c.value(u"updated"_s));
        QVERIFY(!created.raw.contains("ssn\":\"") && !created.raw.contains("\"dob\""));

        const Reply fetched = get(u"/v1/customer/"_s + c.value(u"id"_s).toString());
        verifyEnvelope(fetched, 200);
        QCOMPARE(fetched.customer(), c);
        // Vendor key order, not QJsonDocument's alphabetical order.
        QVERIFY(fetched.raw.indexOf("\"id\"") < fetched.raw.indexOf("\"meta\""));
        QVERIFY(fetched.raw.indexOf("\"meta\"") < fetched.raw.indexOf("\"created\""));
    }

    void createsBusinessWithUbos()
    {
        QJsonObject body = QJsonDocument::fromJson(R"({
            "type": "business", "name": "Example Widgets LLC", "ein": "12-3456789", "description": "Widgets",
            "email": "ops@example.org", "businessType": "business", "tosAccepted": true,
            "estimatedAnnualRevenueUsd": "_100000_999999", "expectedMonthlyPaymentsUsd": 25000,
            "highRiskActivities": ["none_of_the_above"], "sourceOfFundsDescription": "revenue",
            "ubos": [
              {"firstName": "Ada", "lastName": "Example", "ssn": "111-11-1111", "dob": {"day": 1, "month": 2, "year": 1980},
               "email": "ada@example.com"},
              {"firstName": "Bo", "lastName": "Sample"}
            ]
        })")
                               .object();
        body.insert(u"tosDisclaimer"_s, kDisclaimer);
        const Reply r = post(u"/v1/customer"_s, body);
        verifyEnvelope(r, 200);
        const QJsonObject c = r.customer();
        QCOMPARE(c.value(u"type"_s).toString(), u"business"_s);
        QCOMPARE(c.value(u"firstName"_s).toString(), u"Example Widgets LLC"_s);
        QVERIFY(c.value(u"lastName"_s).isNull());
        QCOMPARE(c.value(u"description"_s).toString(), u"Widgets"_s);
        QCOMPARE(c.value(u"sourceOfFunds"_s).toString(), u"revenue"_s);
        QCOMPARE(c.value(u"tos"_s).toString(), u"approved"_s);
        QCOMPARE(c.value(u"isProhibitedBusinessType"_s).toBool(true), false);
        QVERIFY(!c.value(u"requirements"_s).toArray().contains(u"ein"_s));
        const QJsonArray ubos = c.value(u"ubos"_s).toArray();
        QCOMPARE(ubos.size(), 2);
        const QJsonObject ada = ubos.at(0).toObject();
        QVERIFY(QRegularExpression(u"^ubo_[0-9a-f]{32}$"_s).match(ada.value(u"id"_s).toString()).hasMatch());
        QCOMPARE(ada.value(u"firstName"_s).toString(), u"Ada"_s);
        QCOMPARE(ada.value(u"email"_s).toString(), u"ada@example.com"_s);
        QCOMPARE(ada.value(u"requirements"_s).toArray(), QJsonArray({ u"customerIdentityDocument"_s }));
        QCOMPARE(ubos.at(1).toObject().value(u"requirements"_s).toArray(),
                 QJsonArray({ u"ssn"_s, u"dob"_s, u"customerIdentityDocument"_s }));
        QVERIFY(ubos.at(1).toObject().value(u"address"_s).toObject().contains(u"line1"_s));
        // UBOs and their addresses are written in the documented key order too.
        QVERIFY2(
            r.raw.contains("\"phoneNumber\":null,\"address\":{\"line1\":null,\"line2\":null,\"city\":null,"
                           "\"postalCode\":null,\"state\":null,\"country\":null},\"created\":"),
            r.raw.constData());
        QCOMPARE(get(u"/v1/customer/"_s + c.value(u"id"_s).toString()).customer(), c);

        body.insert(u"tosDisclaimer"_s, u"I agree"_s);
        const Reply bad = post(u"/v1/customer"_s, body);
        verifyEnvelope(bad, 400);
        QVERIFY2(bad.message().startsWith(u"tosDisclaimer"_s), qPrintable(bad.message()));
    }

    void validationNamesTheField_data()
    {
        addColumns<QByteArray, QString>("body", "field");
        QTest::newRow("no type") << QByteArray(R"({"firstName":"A"})") << u"type"_s;
        QTest::newRow("bad type") << QByteArray(R"({"type":"robot"})") << u"type"_s;
        QTest::newRow("country") << QByteArray(R"({"type":"individual","address":{"country":"US"}})")
                                 << u"address.country"_s;
        QTest::newRow("email") << QByteArray(R"({"type":"individual","email":"nope"})") << u"email"_s;
        QTest::newRow("phone") << QByteArray(R"({"type":"individual","phoneNumber":"555-0100"})")
                               << u"phoneNumber"_s;
        QTest::newRow("dob") << QByteArray(R"({"type":"individual","dob":{"day":31,"month":2,"year":1990}})")
                             << u"dob"_s;
        QTest::newRow("ssn type") << QByteArray(R"({"type":"individual","ssn":123})") << u"ssn"_s;
        QTest::newRow("base64") << QByteArray(
            R"({"type":"individual","identityDocumentFront":"!!not base64!!"})")
                                << u"identityDocumentFront"_s;
        QTest::newRow("business field on individual")
            << QByteArray(R"({"type":"individual","ein":"12-3456789"})") << u"ein"_s;
        QTest::newRow("revenue") << QByteArray(R"({"type":"business","estimatedAnnualRevenueUsd":"lots"})")
                                 << u"estimatedAnnualRevenueUsd"_s;
        QTest::newRow("activity") << QByteArray(R"({"type":"business","highRiskActivities":["piracy"]})")
                                  << u"highRiskActivities[0]"_s;
        QTest::newRow("ubo ssn") << QByteArray(R"({"type":"business","ubos":[{"firstName":"A","ssn":"12"}]})")
                                 << u"ubos[0].ssn"_s;
        QTest::newRow("unknown") << QByteArray(R"({"type":"individual","favouriteColour":"blue"})")
                                 << u"favouriteColour"_s;
        QTest::newRow("update-only on create")
            << QByteArray(R"({"type":"individual","employmentStatus":"employed"})") << u"employmentStatus"_s;
        QTest::newRow("malformed json") << QByteArray(R"({"type":)") << u"JSON"_s;
        QTest::newRow("not an object") << QByteArray(R"([1,2])") << u"JSON object"_s;
    }

    void validationNamesTheField()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const Reply r = send("POST", u"/v1/customer"_s, body);
        verifyEnvelope(r, 400);
        QVERIFY2(r.message().contains(field), qPrintable(r.message()));
        QCOMPARE(
            get(u"/v1/customer?limit=1"_s).data().value(u"pagination"_s).toObject().value(u"total"_s).toInt(),
            300);
    }

    void listsWithPagination()
    {
        const Reply first = get(u"/v1/customer"_s);
        verifyEnvelope(first, 200);
        QCOMPARE(first.data().value(u"customers"_s).toArray().size(), 10); // documented default limit
        const QJsonObject p = first.data().value(u"pagination"_s).toObject();
        QCOMPARE(p.value(u"page"_s).toInt(), 1);
        QCOMPARE(p.value(u"limit"_s).toInt(), 10);
        QCOMPARE(p.value(u"total"_s).toInt(), 300);
        QCOMPARE(p.value(u"totalPages"_s).toInt(), 30);
        QCOMPARE(p.value(u"hasNext"_s).toBool(), true);
        QCOMPARE(p.value(u"hasPrevious"_s).toBool(), false);
        for (const QJsonValue &c : first.data().value(u"customers"_s).toArray())
            QCOMPARE(c.toObject().size(), kCustomerKeys.size());

        const Reply last = get(u"/v1/customer?limit=7&page=43"_s);
        const QJsonObject lp = last.data().value(u"pagination"_s).toObject();
        QCOMPARE(last.data().value(u"customers"_s).toArray().size(), 300 - 42 * 7);
        QCOMPARE(lp.value(u"totalPages"_s).toInt(), 43);
        QCOMPARE(lp.value(u"hasNext"_s).toBool(), false);
        QCOMPARE(lp.value(u"hasPrevious"_s).toBool(), true);
        QCOMPARE(get(u"/v1/customer?limit=7&page=44"_s).data().value(u"customers"_s).toArray().size(), 0);

        const QStringList ids = allIds(QString(), 7);
        QCOMPARE(ids.size(), 300);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 300);
        QCOMPARE(allIds(QString(), 1000), ids); // stable creation order whatever the page size

        const Reply created = post(u"/v1/customer"_s, individualBody());
        const QStringList after = allIds(QString(), 1000);
        QCOMPARE(after.size(), 301);
        QCOMPARE(after.last(), created.customer().value(u"id"_s).toString());

        for (const QString &bad : { u"limit=0"_s, u"limit=1001"_s, u"limit=abc"_s, u"page=0"_s, u"page=-1"_s,
                                    u"status=done"_s, u"type=robot"_s }) {
            const Reply r = get(u"/v1/customer?"_s + bad);
            verifyEnvelope(r, 400);
            QVERIFY2(r.message().contains(bad.section(u'=', 0, 0)), qPrintable(r.message()));
        }
        verifyEnvelope(get(u"/v1/customer?limit=1000"_s), 200);
    }

    void pagesReadInAnyOrderAgreeWithAWalk()
    {
        // A walk learns where each next page starts; pages read backwards, before any walk of that
        // filter and page size, are found by skipping rows instead. Both give the same customers.
        const auto pageIds = [this](const QString &filter, int limit, int page) {
            QStringList ids;
            const Reply r = get(u"/v1/customer?limit=%1&page=%2"_s.arg(limit).arg(page) + filter);
            for (const QJsonValue &c : r.data().value(u"customers"_s).toArray())
                ids << c.toObject().value(u"id"_s).toString();
            return ids;
        };
        for (const QString &filter : { QString(), u"&status=pending"_s, u"&type=business"_s }) {
            const int limit = 11;
            const int total = get(u"/v1/customer?limit=1"_s + filter)
                                  .data()
                                  .value(u"pagination"_s)
                                  .toObject()
                                  .value(u"total"_s)
                                  .toInt();
            QStringList backwards;
            for (int page = (total + limit - 1) / limit; page >= 1; --page)
                backwards = pageIds(filter, limit, page) + backwards;
            const QStringList walked = allIds(filter, limit);
            QCOMPARE(walked.size(), total);
            QCOMPARE(backwards, walked);
            QCOMPARE(pageIds(filter, limit, 3), walked.mid(2 * limit, limit)); // learnt start, read again
        }
        // A customer created between two pages of a walk is at the end, and the walk sees it.
        const QStringList before = allIds(QString(), 13);
        const Reply created = post(u"/v1/customer"_s, individualBody());
        const QStringList after = allIds(QString(), 13);
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.mid(0, before.size()), before);
        QCOMPARE(after.last(), created.customer().value(u"id"_s).toString());
    }

    void answersLikeADistantVendorWhenAsked()
    {
        // --latency and --bandwidth: every answer late by the latency, and no faster than the bandwidth.
        const QString database = freshDatabase();
        start(database); // seeds it
        const Reply nearby = get(u"/v1/customer?limit=100"_s);
        QCOMPARE(nearby.status, 200);
        const qsizetype pageBytes = nearby.raw.size();
        m_server.reset();
        SandboxConfig config;
        config.databasePath = database;
        config.latencyMs = 300;
        config.bandwidthKbps = 2000; // 250 kB/s
        m_server = std::make_unique<SandboxServer>(config);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0) != 0, qPrintable(m_server->errorString()));
        m_base = m_server->baseUrl();
        QElapsedTimer clock;
        clock.start();
        const Reply small = get(u"/v1/customer?limit=1"_s);
        const qint64 smallMs = clock.restart();
        QCOMPARE(small.status, 200);
        QVERIFY2(smallMs >= 300, qPrintable(QString::number(smallMs)));
        const Reply page = get(u"/v1/customer?limit=100"_s);
        const qint64 pageMs = clock.elapsed();
        QCOMPARE(page.status, 200);
        QCOMPARE(page.data().value(u"customers"_s).toArray(), nearby.data().value(u"customers"_s).toArray());
        // The body alone takes pageBytes / 250 kB/s; with the latency on top.
        const qint64 floorMs = 300 + pageBytes * 1000 / 250000;
        QVERIFY2(pageMs >= floorMs * 9 / 10, qPrintable(u"%1 ms for %2 bytes"_s.arg(pageMs).arg(pageBytes)));
    }

    void filtersByStatusTypeAndSearch()
    {
        const Reply everything = get(u"/v1/customer?limit=1000"_s);
        const QJsonArray all = everything.data().value(u"customers"_s).toArray();
        QCOMPARE(all.size(), 300);
        QHash<QString, QStringList> byKyc;
        QStringList businesses;
        for (const QJsonValue &v : all) {
            const QJsonObject c = v.toObject();
            byKyc[c.value(u"kyc"_s).toString()] << c.value(u"id"_s).toString();
            if (c.value(u"type"_s).toString() == u"business"_s)
                businesses << c.value(u"id"_s).toString();
        }
        for (const QString &kyc :
             { u"incomplete"_s, u"pending"_s, u"additionalReviewRequired"_s, u"approved"_s, u"rejected"_s }) {
            QVERIFY2(!byKyc.value(kyc).isEmpty(), qPrintable(kyc));
            QCOMPARE(allIds(u"&status="_s + kyc, 13), byKyc.value(kyc));
        }
        QVERIFY(!businesses.isEmpty());
        QCOMPARE(allIds(u"&type=business"_s, 50), businesses);
        QCOMPARE(allIds(u"&type=business&status=approved"_s, 50).size(),
                 QSet<QString>(businesses.cbegin(), businesses.cend())
                     .intersect(QSet<QString>(byKyc[u"approved"_s].cbegin(), byKyc[u"approved"_s].cend()))
                     .size());

        const QJsonObject target = all.at(123).toObject();
        const QString email = target.value(u"email"_s).toString();
        QCOMPARE(allIds(u"&search="_s + email.left(email.indexOf(u'@')).toUpper(), 10),
                 QStringList { target.value(u"id"_s).toString() });
        QCOMPARE(allIds(u"&email="_s + email, 10), QStringList { target.value(u"id"_s).toString() });
        QCOMPARE(allIds(u"&search="_s + target.value(u"id"_s).toString(), 10),
                 QStringList { target.value(u"id"_s).toString() });
        const Reply none = get(u"/v1/customer?search=no-such-customer-anywhere"_s);
        verifyEnvelope(none, 200);
        QCOMPARE(none.data().value(u"pagination"_s).toObject().value(u"total"_s).toInt(), 0);
        QCOMPARE(none.data().value(u"pagination"_s).toObject().value(u"hasNext"_s).toBool(), false);
    }

    void fetchesWalletsAndCensoredBankAccounts()
    {
        const QJsonArray all = get(u"/v1/customer?limit=1000"_s).data().value(u"customers"_s).toArray();
        int wallets = 0;
        int accounts = 0;
        for (const QJsonValue &v : all) {
            const QJsonObject c = v.toObject();
            const QString customerId = c.value(u"id"_s).toString();
            for (const QJsonValue &w : c.value(u"wallets"_s).toArray()) {
                if (wallets++ > 20)
                    break;
                const Reply r = get(u"/v1/wallet/"_s + w.toString());
                verifyEnvelope(r, 200);
                const QJsonObject wallet = r.data().value(u"wallet"_s).toObject();
                QCOMPARE(wallet.value(u"id"_s).toString(), w.toString());
                QCOMPARE(wallet.value(u"customer"_s).toString(), customerId);
                QVERIFY(QStringList({ u"sol"_s, u"ethereum"_s, u"base"_s, u"polygon"_s, u"arbitrum"_s })
                            .contains(wallet.value(u"network"_s).toString()));
                for (const QString &key :
                     { u"address"_s, u"nickname"_s, u"owner"_s, u"risk"_s, u"primary"_s, u"feePayer"_s,
                       u"signed"_s, u"exported"_s, u"mock"_s, u"lookupKey"_s, u"created"_s, u"updated"_s })
                    QVERIFY2(wallet.contains(key), qPrintable(key));
            }
            for (const QJsonValue &b : c.value(u"bankAccounts"_s).toArray()) {
                if (accounts++ > 20)
                    break;
                const Reply r = get(u"/v1/bankAccount/"_s + b.toString());
                verifyEnvelope(r, 200);
                const QJsonObject account = r.data().value(u"bankAccount"_s).toObject();
                QCOMPARE(account.value(u"id"_s).toString(), b.toString());
                QCOMPARE(account.value(u"customer"_s).toString(), customerId);
                const QString number = account.value(u"accountNumber"_s).toString();
                const QString last4 = account.value(u"last4"_s).toString();
                QVERIFY2(QRegularExpression(u"^\\*{4,}\\d{4}$"_s).match(number).hasMatch(),
                         qPrintable(number));
                QVERIFY(number.endsWith(last4));
                QVERIFY(QStringList({ u"pending"_s, u"active"_s, u"inactive"_s, u"invalid"_s })
                            .contains(account.value(u"status"_s).toString()));
                QVERIFY(QStringList({ u"checking"_s, u"savings"_s })
                            .contains(account.value(u"accountType"_s).toString()));
            }
        }
        QVERIFY(wallets > 0);
        QVERIFY(accounts > 0);
    }

    void updatesOnlyGivenFieldsAndRefusesApproved()
    {
        const QJsonObject before = post(u"/v1/customer"_s, individualBody()).customer();
        const QString id = before.value(u"id"_s).toString();
        QTest::qWait(5); // so `updated` can differ at millisecond resolution
        const Reply r = post(u"/v1/customer/"_s + id,
                             QJsonObject { { u"website"_s, u"https://www.example.com"_s },
                                           { u"meta"_s, QJsonObject { { u"key"_s, u"value"_s } } },
                                           { u"ssn"_s, u"111-11-1111"_s } });
        verifyEnvelope(r, 200);
        const QJsonObject after = r.customer();
        QCOMPARE(after.value(u"website"_s).toString(), u"https://www.example.com"_s);
        QCOMPARE(after.value(u"meta"_s).toObject(), QJsonObject({ { u"key"_s, u"value"_s } }));
        QCOMPARE(after.value(u"requirements"_s).toArray(), QJsonArray({ u"customerIdentityDocument"_s }));
        QCOMPARE(after.value(u"kyc"_s).toString(), u"pending"_s); // the documented example's transition
        QCOMPARE(after.value(u"created"_s), before.value(u"created"_s));
        QVERIFY(after.value(u"updated"_s).toString() > before.value(u"updated"_s).toString());
        for (const QString &key : kCustomerKeys) {
            if (key != u"website"_s && key != u"meta"_s && key != u"requirements"_s && key != u"kyc"_s
                && key != u"updated"_s && key != u"verificationLevels"_s)
                QCOMPARE(after.value(key), before.value(key));
        }
        QCOMPARE(get(u"/v1/customer/"_s + id).customer(), after);

        const Reply partialAddress
            = post(u"/v1/customer/"_s + id,
                   QJsonObject { { u"address"_s, QJsonObject { { u"line2"_s, u"Apt 4"_s } } },
                                 { u"employmentStatus"_s, u"employed"_s } });
        verifyEnvelope(partialAddress, 200);
        const QJsonObject address = partialAddress.customer().value(u"address"_s).toObject();
        QCOMPARE(address.value(u"line2"_s).toString(), u"Apt 4"_s);
        QCOMPARE(address.value(u"line1"_s).toString(), u"123 Main St"_s);
        QCOMPARE(m_server->store().privateData(id).value(u"employmentStatus"_s).toString(), u"employed"_s);

        const Reply invalid = post(u"/v1/customer/"_s + id, QJsonObject { { u"email"_s, u"broken"_s } });
        verifyEnvelope(invalid, 400);
        QVERIFY(invalid.message().contains(u"email"_s));
        QCOMPARE(get(u"/v1/customer/"_s + id).customer(), partialAddress.customer());
        verifyEnvelope(post(u"/v1/customer/"_s + id, QJsonObject { { u"type"_s, u"business"_s } }), 400);
        verifyEnvelope(post(u"/v1/customer/customer_00000000000000000000000000000000"_s, QJsonObject()), 404);

        const QJsonObject approved = get(u"/v1/customer?status=approved&limit=1"_s)
                                         .data()
                                         .value(u"customers"_s)
                                         .toArray()
                                         .at(0)
                                         .toObject();
        const QString approvedId = approved.value(u"id"_s).toString();
        QVERIFY(!approvedId.isEmpty());
        const Reply refused
            = post(u"/v1/customer/"_s + approvedId, QJsonObject { { u"website"_s, u"https://x.example"_s } });
        verifyEnvelope(refused, 400);
        QVERIFY2(refused.message().contains(u"already been KYC'd"_s), qPrintable(refused.message()));
        QCOMPARE(get(u"/v1/customer/"_s + approvedId).customer(), approved);
    }

    // The documented create and update examples, sent as they are, answer the documented update
    // response (ids and timestamps aside): verification levels included.
    void updateAnswersTheDocumentedExample()
    {
        const QJsonObject created = post(u"/v1/customer"_s, individualBody()).customer();
        const QString id = created.value(u"id"_s).toString();
        const Reply r = post(u"/v1/customer/"_s + id,
                             QJsonObject { { u"website"_s, u"https://www.example.com"_s },
                                           { u"meta"_s, QJsonObject { { u"key"_s, u"value"_s } } },
                                           { u"ssn"_s, u"111-11-1111"_s } });
        verifyEnvelope(r, 200);
        QJsonObject expected = QJsonDocument::fromJson(example(u"sphere-update-customer-response.json"_s))
                                   .object()
                                   .value(u"data"_s)
                                   .toObject()
                                   .value(u"customer"_s)
                                   .toObject();
        for (const QString &key : { u"id"_s, u"created"_s, u"updated"_s, u"email"_s })
            expected.insert(key, r.customer().value(key));
        const QString difference = JsonDeepCompare::firstDifference(expected, r.customer());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // A level that exists is kept as it is.
        const Reply again
            = post(u"/v1/customer/"_s + id, QJsonObject { { u"website"_s, u"https://b.example.com"_s } });
        QCOMPARE(again.customer().value(u"verificationLevels"_s),
                 r.customer().value(u"verificationLevels"_s));
    }

    void idempotencyKeyReplaysOrConflicts()
    {
        const QList<QPair<QByteArray, QByteArray>> key { { "Idempotency-Key", "key-123" } };
        const Reply first = post(u"/v1/customer"_s, individualBody(), key);
        verifyEnvelope(first, 200);
        // Same JSON with different formatting and key order is the same request.
        const QByteArray reformatted = QJsonDocument(individualBody()).toJson(QJsonDocument::Indented);
        const Reply again = send("POST", u"/v1/customer"_s, reformatted, kToken, key);
        verifyEnvelope(again, 200);
        QCOMPARE(again.raw, first.raw);

        QJsonObject other = individualBody();
        other.insert(u"firstName"_s, u"Jane"_s);
        const Reply conflict = post(u"/v1/customer"_s, other, key);
        verifyEnvelope(conflict, 409);
        QVERIFY(conflict.message().contains(u"Idempotency-Key"_s));

        const Reply otherKey
            = post(u"/v1/customer"_s, individualBody(), { { "Idempotency-Key", "key-456" } });
        verifyEnvelope(otherKey, 200);
        QVERIFY(otherKey.customer().value(u"id"_s) != first.customer().value(u"id"_s));
        QCOMPARE(
            get(u"/v1/customer?limit=1"_s).data().value(u"pagination"_s).toObject().value(u"total"_s).toInt(),
            302);
    }

    void customersSurviveRestart()
    {
        const QString database = freshDatabase();
        start(database, 40);
        const QJsonObject created = post(u"/v1/customer"_s, individualBody()).customer();
        const QString id = created.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        const QStringList idsBefore = allIds(QString(), 1000);

        start(database, 40); // destroys the first server; must not reseed a non-empty database
        const Reply fetched = get(u"/v1/customer/"_s + id);
        verifyEnvelope(fetched, 200);
        QCOMPARE(fetched.customer(), created);
        QCOMPARE(allIds(QString(), 1000), idsBefore);
        QCOMPARE(idsBefore.size(), 41);
        QCOMPARE(m_server->seedMilliseconds(), 0);
    }

    void seedingIsDeterministicAndCoversEveryStatus()
    {
        start(freshDatabase(), 50);
        const QByteArray firstA = get(u"/v1/customer?limit=50"_s).raw;
        const QJsonArray a = QJsonDocument::fromJson(firstA)
                                 .object()
                                 .value(u"data"_s)
                                 .toObject()
                                 .value(u"customers"_s)
                                 .toArray();
        start(freshDatabase(), 50);
        const QJsonArray b = get(u"/v1/customer?limit=50"_s).data().value(u"customers"_s).toArray();
        QCOMPARE(a.size(), 50);
        QCOMPARE(a, b);
        // Pinned values: a change here means every existing demo database and screenshot changes,
        // or the generator stopped being platform-independent.
        const QJsonObject first = a.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), u"customer_597a5e66384d4dfe7bb2609d19067cb4"_s);
        QCOMPARE(first.value(u"created"_s).toString(), u"2023-01-10T09:06:34.663Z"_s);
        QCOMPARE(first.value(u"email"_s).toString(), u"kira.ingram0@example.net"_s);

        QSet<QString> kyc, tos, msa, eu, residency, types;
        bool ubo = false, review = false, levels = false;
        for (const QJsonValue &v : a) {
            const QJsonObject c = v.toObject();
            kyc << c.value(u"kyc"_s).toString();
            tos << c.value(u"tos"_s).toString();
            msa << c.value(u"msa"_s).toString();
            eu << c.value(u"euAccountTos"_s).toString();
            residency << c.value(u"operatingResidency"_s).toString();
            types << c.value(u"type"_s).toString();
            ubo = ubo || !c.value(u"ubos"_s).toArray().isEmpty();
            levels = levels || !c.value(u"verificationLevels"_s).toArray().isEmpty();
            if (c.value(u"kyc"_s).toString() == u"additionalReviewRequired"_s)
                review = !c.value(u"additionalReviewRequiredReason"_s).toString().isEmpty();
            QVERIFY(
                c.value(u"email"_s).toString().contains(QRegularExpression(u"@example\\.(com|org|net)$"_s)));
            QVERIFY(c.value(u"phoneNumber"_s)
                        .toString()
                        .contains(QRegularExpression(u"^\\+1\\d{3}55501\\d\\d$"_s)));
            QVERIFY(c.value(u"updated"_s).toString() >= c.value(u"created"_s).toString());
            QCOMPARE(c.size(), kCustomerKeys.size());
        }
        QCOMPARE(kyc.size(), 5);
        QCOMPARE(tos.size(), 3);
        QCOMPARE(msa.size(), 5);
        QCOMPARE(eu.size(), 3);
        QCOMPARE(residency.size(), 3);
        QCOMPARE(types.size(), 2);
        QVERIFY(ubo);
        QVERIFY(review);
        QVERIFY(levels);

        // A different seed size still starts from the same generator, but spreads dates differently.
        start(freshDatabase(), 5);
        QCOMPARE(get(u"/v1/customer?limit=10"_s).data().value(u"customers"_s).toArray().size(), 5);
    }

    void storesUploadedDocumentsByteForByte()
    {
        QByteArray front(4096, Qt::Uninitialized);
        for (char &c : front)
            c = char(QRandomGenerator::global()->bounded(256));
        front[0] = '\0';
        const QByteArray back = QByteArrayLiteral("%PDF-1.4\n\x00\xff back side");
        QJsonObject body = individualBody();
        body.insert(u"identityDocumentFront"_s, QString::fromLatin1(front.toBase64()));
        body.insert(u"identityDocumentBack"_s,
                    QString(u"data:application/pdf;base64,"_s + QString::fromLatin1(back.toBase64())));
        body.insert(u"ssn"_s, u"123-45-6789"_s);
        const Reply r = post(u"/v1/customer"_s, body);
        verifyEnvelope(r, 200);
        const QString id = r.customer().value(u"id"_s).toString();
        QCOMPARE(r.customer().value(u"requirements"_s).toArray(), QJsonArray());
        QVERIFY(!r.raw.contains(front.toBase64().left(40)));
        QCOMPARE(
            m_server->store().document(id, u"customer"_s, u"identityDocumentFront"_s).value_or(QByteArray()),
            front);
        QCOMPARE(
            m_server->store().document(id, u"customer"_s, u"identityDocumentBack"_s).value_or(QByteArray()),
            back);
        QCOMPARE(m_server->store().privateData(id).value(u"ssn"_s).toString(), u"123-45-6789"_s);

        const QByteArray uboDoc("ubo passport bytes \x01\x02", 21);
        QJsonObject business {
            { u"type"_s, u"business"_s },
            { u"name"_s, u"Doc Test Ltd."_s },
            { u"incorporationDocument"_s, QString::fromLatin1(QByteArray("inc").toBase64()) },
            { u"ubos"_s,
              QJsonArray {
                  QJsonObject { { u"firstName"_s, u"Una"_s },
                                { u"identityDocumentFront"_s, QString::fromLatin1(uboDoc.toBase64()) } } } }
        };
        const Reply br = post(u"/v1/customer"_s, business);
        verifyEnvelope(br, 200);
        const QString businessId = br.customer().value(u"id"_s).toString();
        const QString uboId
            = br.customer().value(u"ubos"_s).toArray().at(0).toObject().value(u"id"_s).toString();
        QCOMPARE(
            m_server->store().document(businessId, uboId, u"identityDocumentFront"_s).value_or(QByteArray()),
            uboDoc);
        QCOMPARE(m_server->store()
                     .document(businessId, u"customer"_s, u"incorporationDocument"_s)
                     .value_or(QByteArray()),
                 QByteArray("inc"));
    }

    void embeddedSandboxServesFromItsOwnThread()
    {
        m_server.reset();
        SandboxConfig config;
        config.databasePath = freshDatabase();
        config.seedCustomers = 25;
        auto embedded = std::make_unique<EmbeddedSandbox>();
        m_base = embedded->start(config);
        QVERIFY2(m_base.isValid() && !m_base.isEmpty(), qPrintable(embedded->errorString()));
        QCOMPARE(m_base.host(), u"127.0.0.1"_s);
        QCOMPARE(embedded->baseUrl(), m_base);
        const Reply r = get(u"/v1/customer?limit=100"_s);
        verifyEnvelope(r, 200);
        QCOMPARE(r.data().value(u"customers"_s).toArray().size(), 25);
        verifyEnvelope(post(u"/v1/customer"_s, individualBody()), 200);
        embedded.reset(); // stops and joins without hanging

        EmbeddedSandbox broken;
        config.databasePath = u"/proc/no-such-dir/x.sqlite"_s;
        QVERIFY(broken.start(config).isEmpty());
        QVERIFY(!broken.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
