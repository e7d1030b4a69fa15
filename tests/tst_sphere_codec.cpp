// Codecs against the literal examples of shared/vendor-docs/sphere-customers.txt (copied into
// tests/data so the test does not depend on the docs checkout) and against bad bodies.

#include "SphereCodec.h"
#include "TestColumns.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSphereCodec : public QObject
{
    Q_OBJECT

    static QJsonObject withDocumentedNulls(QJsonObject json)
    {
        for (const QString &key :
             { u"description"_s, u"sourceOfFunds"_s, u"thirdParty"_s, u"thirdPartyMessage"_s }) {
            if (!json.contains(key))
                json.insert(key, QJsonValue::Null);
        }
        return json;
    }

private Q_SLOTS:
    void customerObjectExample()
    {
        const QJsonObject json = QJsonDocument::fromJson(testData(u"sphere-customer-object.json"_s)).object();
        const Result<Customer> r = SphereCodec::decodeCustomer(json);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
        const Customer &c = r.value();
        QCOMPARE(c.id, u"customer_800925656fe14c63ac4ec2a98b3cd26d"_s);
        QCOMPARE(c.type.value, CustomerType::Individual);
        QCOMPARE(c.kyc.value, KycStatus::Approved);
        QCOMPARE(c.tos.value, TosStatus::Approved);
        QCOMPARE(c.msa.value, MsaStatus::Incomplete);
        QCOMPARE(c.euAccountTos.value, TosStatus::Approved);
        QCOMPARE(c.operatingResidency.value, OperatingResidencyStatus::Approved);
        QVERIFY(!c.lookupKey.has_value());
        QVERIFY(!c.isProhibitedBusinessType.has_value());
        QCOMPARE(c.requirements.size(), 6);
        QVERIFY(c.address.has_value());
        QVERIFY(c.address->isEmpty());
        QCOMPARE(c.displayName(), u"John Doe"_s);
        QCOMPARE(c.phoneNumber, std::optional<QString>(u"+12345678900"_s));
        QCOMPARE(c.mock, std::optional<bool>(false));
        QCOMPARE(c.wallets.size(), 3);
        QCOMPARE(c.bankAccounts.size(), 3);
        QCOMPARE(c.verificationLevels.size(), 1);
        QCOMPARE(c.verificationLevels[0].name.value, VerificationLevelName::AchPull);
        QCOMPARE(c.verificationLevels[0].status.value, VerificationStatus::Approved);
        QCOMPARE(c.verificationLevels[0].requirements.last(), u"createUser"_s);
        QCOMPARE(c.created, QDateTime(QDate(2024, 7, 31), QTime(23, 44, 16, 319), Qt::UTC));
        QVERIFY(c.unknownFields.isEmpty());

        // Round trip: re-encoding gives back the vendor's object as sent — this example omits four
        // documented business fields, and they stay omitted (issue 12: nothing invented).
        QCOMPARE(SphereCodec::encode(c), json);
        // A customer built in code (no kept answer) is encoded field by field, absent ones as null.
        Customer built = c;
        built.raw = {};
        QCOMPARE(SphereCodec::encode(built), withDocumentedNulls(json));
    }

    void envelopeExamples_data()
    {
        addColumns<QString, QString, QString>("file", "kyc", "website");
        QTest::newRow("create") << u"sphere-create-customer-response.json"_s << u"incomplete"_s << QString();
        QTest::newRow("retrieve") << u"sphere-retrieve-customer-response.json"_s << u"incomplete"_s
                                  << QString();
        QTest::newRow("update") << u"sphere-update-customer-response.json"_s << u"pending"_s
                                << u"https://www.example.com"_s;
    }

    void envelopeExamples()
    {
        QFETCH(QString, file);
        QFETCH(QString, kyc);
        QFETCH(QString, website);
        const QByteArray body = testData(file);
        const Result<Customer> r = SphereCodec::decodeCustomerResponse(200, body);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().userMessage()));
        QCOMPARE(r.value().id, u"customer_8444b807ac58487d9ed2001e830c9e69"_s);
        QCOMPARE(r.value().kyc.raw, kyc);
        QCOMPARE(r.value().website.value_or(QString()), website);
        QCOMPARE(r.value().address->country, std::optional<QString>(u"USA"_s));
        const QJsonObject original = QJsonDocument::fromJson(body)
                                         .object()
                                         .value(u"data"_s)
                                         .toObject()
                                         .value(u"customer"_s)
                                         .toObject();
        QCOMPARE(SphereCodec::encode(r.value()), original);
    }

    void unknownEnumValuesAndExtraFieldsAreKept()
    {
        QJsonObject json = QJsonDocument::fromJson(testData(u"sphere-customer-object.json"_s)).object();
        json.insert(u"kyc"_s, u"underManualReview"_s);
        json.insert(u"futureField"_s, QJsonArray { 1, 2 });
        const Result<Customer> r = SphereCodec::decodeCustomer(json);
        QVERIFY(r.ok());
        QCOMPARE(r.value().kyc.value, KycStatus::Unknown);
        QCOMPARE(r.value().kyc.raw, u"underManualReview"_s);
        QVERIFY(!r.value().kyc.isKnown());
        QCOMPARE(r.value().unknownFields.value(u"futureField"_s), QJsonValue(QJsonArray { 1, 2 }));
        QCOMPARE(SphereCodec::encode(r.value()), json);
        Customer built = r.value();
        built.raw = {};
        QCOMPARE(SphereCodec::encode(built), withDocumentedNulls(json));
    }

    void wrongTypeNamesThePath_data()
    {
        addColumns<QString, QJsonValue, QString>("pointer", "value", "expectedPath");
        QTest::newRow("kyc number") << u"kyc"_s << QJsonValue(3) << u"customer.kyc"_s;
        QTest::newRow("mock string") << u"mock"_s << QJsonValue(u"no"_s) << u"customer.mock"_s;
        QTest::newRow("wallets object") << u"wallets"_s << QJsonValue(QJsonObject()) << u"customer.wallets"_s;
        QTest::newRow("created garbage")
            << u"created"_s << QJsonValue(u"yesterday"_s) << u"customer.created"_s;
        QTest::newRow("id missing") << u"id"_s << QJsonValue(QJsonValue::Undefined) << u"customer.id"_s;
        QTest::newRow("address array") << u"address"_s << QJsonValue(QJsonArray()) << u"customer.address"_s;
    }

    void wrongTypeNamesThePath()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedPath);
        QJsonObject json = QJsonDocument::fromJson(testData(u"sphere-customer-object.json"_s)).object();
        if (value.isUndefined())
            json.remove(pointer);
        else
            json.insert(pointer, value);
        const Result<Customer> r = SphereCodec::decodeCustomer(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QCOMPARE(r.error().jsonPath, expectedPath);
    }

    void nestedWrongTypeNamesTheIndex()
    {
        QJsonObject json = QJsonDocument::fromJson(testData(u"sphere-customer-object.json"_s)).object();
        QJsonArray levels = json.value(u"verificationLevels"_s).toArray();
        QJsonObject level = levels[0].toObject();
        level.insert(u"requirements"_s, QJsonArray { u"ok"_s, 7 });
        levels[0] = level;
        json.insert(u"verificationLevels"_s, levels);
        const Result<Customer> r = SphereCodec::decodeCustomer(json);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().jsonPath, u"customer.verificationLevels[0].requirements[1]"_s);
    }

    void badBodies_data()
    {
        addColumns<int, QByteArray, int, int, QString, QString>("status", "body", "kind", "httpStatus",
                                                                "message", "jsonPath");
        QTest::newRow("not json") << 200 << QByteArray("<html>gateway</html>") << int(ApiError::Kind::Decode)
                                  << 0 << QString() << u"$"_s;
        QTest::newRow("html 502") << 502 << QByteArray("<html>Bad gateway</html>")
                                  << int(ApiError::Kind::HttpStatus) << 502 << u"<html>Bad gateway</html>"_s
                                  << QString();
        QTest::newRow("500 envelope")
            << 500
            << QByteArray(
                   R"({"ok":false,"object":"object","statusCode":500,"error":"internal","message":"Database unavailable","data":null,"ts":"2024-08-22T16:13:02.026Z","request":"request_1"})")
            << int(ApiError::Kind::HttpStatus) << 500 << u"Database unavailable"_s << QString();
        QTest::newRow("401 envelope")
            << 401
            << QByteArray(
                   R"({"ok":false,"object":"object","statusCode":401,"error":"unauthorized","message":"Invalid API key","data":null,"ts":"x","request":"request_2"})")
            << int(ApiError::Kind::HttpStatus) << 401 << u"Invalid API key"_s << QString();
        QTest::newRow("v2 problem")
            << 400
            << QByteArray(
                   R"({"status":400,"detail":"Validation failed","code":"bad_request","correlationId":"c1","errors":[{"detail":"must be alpha-3","pointer":"/address/country"}]})")
            << int(ApiError::Kind::HttpStatus) << 400
            << u"Validation failed (/address/country: must be alpha-3)"_s << QString();
        QTest::newRow("ok false on 200")
            << 200 << QByteArray(R"({"ok":false,"statusCode":422,"message":"nope","data":null})")
            << int(ApiError::Kind::HttpStatus) << 422 << u"nope"_s << QString();
        QTest::newRow("missing data") << 200 << QByteArray(R"({"ok":true})") << int(ApiError::Kind::Decode)
                                      << 0 << QString() << u"data"_s;
        QTest::newRow("data customer missing")
            << 200 << QByteArray(R"({"ok":true,"data":{}})") << int(ApiError::Kind::Decode) << 0 << QString()
            << u"data.customer"_s;
        QTest::newRow("ok wrong type") << 200 << QByteArray(R"({"ok":"yes","data":{}})")
                                       << int(ApiError::Kind::Decode) << 0 << QString() << u"ok"_s;
    }

    void badBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(int, httpStatus);
        QFETCH(QString, message);
        QFETCH(QString, jsonPath);
        const Result<Customer> r = SphereCodec::decodeCustomerResponse(status, body);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().kind), kind);
        QCOMPARE(r.error().httpStatus, httpStatus);
        if (!message.isEmpty())
            QCOMPARE(r.error().message, message);
        if (!jsonPath.isEmpty())
            QCOMPARE(r.error().jsonPath, jsonPath);
        QVERIFY(!r.error().userMessage().isEmpty());
    }

    void pageNeedsPagination()
    {
        const QByteArray body = R"({"ok":true,"data":{"customers":[]}})";
        const Result<CustomerPage> r = SphereCodec::decodeCustomerPageResponse(200, body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().jsonPath, u"data.pagination"_s);
        const QByteArray good
            = R"({"ok":true,"data":{"customers":[],"pagination":{"page":1,"limit":10,"total":0,"totalPages":0,"hasNext":false,"hasPrevious":false}}})";
        const Result<CustomerPage> r2 = SphereCodec::decodeCustomerPageResponse(200, good);
        QVERIFY(r2.ok());
        QCOMPARE(r2.value().pagination.hasNext, false);
    }
};

QTEST_GUILESS_MAIN(TestSphereCodec)
#include "tst_sphere_codec.moc"
