// The customer table's fast page decoder (simdjson) against the strict one: the fields it reads
// must agree exactly, and every bad body must give the strict decoder's typed error.

#include "CustomerRowComparison.h"
#include "JsonReader.h"
#include "SphereCodec.h"
#include "SphereFields.h"
#include "SphereListDecoder.h"
#include "TestColumns.h"
#include "TestData.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// YYYY-MM-DDTHH:MM:SS.mmmZ read a character at a time and checked with QDate: what
// parseIsoUtcMillis must answer, exactly (the strict decoder's general parser takes more forms).
std::optional<qint64> referenceIsoUtcMillis(const QByteArray &s)
{
    if (s.size() != 24)
        return std::nullopt;
    if (s.at(4) != '-' || s.at(7) != '-' || s.at(10) != 'T' || s.at(13) != ':' || s.at(16) != ':'
        || s.at(19) != '.' || s.at(23) != 'Z')
        return std::nullopt;
    int values[7] = {};
    const int starts[7] = { 0, 5, 8, 11, 14, 17, 20 };
    const int lengths[7] = { 4, 2, 2, 2, 2, 2, 3 };
    for (int field = 0; field < 7; ++field) {
        for (int i = 0; i < lengths[field]; ++i) {
            const char c = s.at(starts[field] + i);
            if (c < '0' || c > '9')
                return std::nullopt;
            values[field] = values[field] * 10 + (c - '0');
        }
    }
    const QDate date(values[0], values[1], values[2]);
    if (values[0] < 1 || !date.isValid() || values[3] > 23 || values[4] > 59 || values[5] > 59)
        return std::nullopt;
    return QDateTime(date, QTime(values[3], values[4], values[5], values[6]), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

class TestSphereListDecoder : public QObject
{
    Q_OBJECT

private:
    static QJsonObject exampleCustomer()
    {
        return QJsonDocument::fromJson(testData(u"sphere-customer-object.json"_s)).object();
    }

    static QByteArray page(const QJsonArray &customers, bool hasNext = false)
    {
        const QJsonObject envelope { { u"ok"_s, true },
                                     { u"object"_s, u"object"_s },
                                     { u"statusCode"_s, 200 },
                                     { u"error"_s, QJsonValue() },
                                     { u"message"_s, u"success"_s },
                                     { u"data"_s,
                                       QJsonObject { { u"customers"_s, customers },
                                                     { u"pagination"_s,
                                                       QJsonObject { { u"page"_s, 2 },
                                                                     { u"limit"_s, 1000 },
                                                                     { u"total"_s, 1001 + customers.size() },
                                                                     { u"totalPages"_s, 3 },
                                                                     { u"hasNext"_s, hasNext },
                                                                     { u"hasPrevious"_s, true } } } } },
                                     { u"ts"_s, u"2024-08-22T16:13:02.026Z"_s },
                                     { u"request"_s, u"request_1"_s } };
        return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
    }

    // The rows the table would get from the strict decoder's customers.
    static CustomerRowBatch strictRows(const QByteArray &body)
    {
        const Result<CustomerPage> strict = SphereCodec::decodeCustomerPageResponse(200, body);
        if (!strict)
            qFatal("strict decoder refused the page: %s",
                   qPrintable(strict.error().message + u" at "_s + strict.error().jsonPath));
        CustomerRowBatch rows;
        for (const Customer &customer : strict.value().customers)
            rows.append(customer);
        return rows;
    }

    static QJsonArray mixedCustomers()
    {
        QJsonObject a = exampleCustomer();
        // Non-ASCII (a leading byte order mark is handed over: stringsStartingWithAByteOrderMark…).
        a.insert(u"lastName"_s, u"Ortiz \U0001F600"_s);
        QJsonObject b = exampleCustomer();
        b.insert(u"id"_s, u"customer_b"_s);
        b.insert(u"type"_s, u"business"_s);
        b.insert(u"firstName"_s, u"Caf\u00e9 \"Nord\""_s); // escapes in a value
        b.insert(u"kyc"_s, u"underManualReview"_s); // unknown to this build: kept raw
        b.insert(u"lastName"_s, QJsonValue());
        b.insert(u"email"_s, u"ops@northwind.example"_s);
        b.insert(u"tos"_s, QJsonValue());
        b.insert(u"requirements"_s, QJsonValue());
        b.insert(u"newField"_s, QJsonObject { { u"x"_s, 1 } });
        b.insert(u"meta"_s, QJsonObject { { u"type"_s, u"individual"_s } }); // a nested "type"
        // Keys that begin with one the table reads (QJsonDocument writes keys in order, so each comes
        // right after it): string values, so reading one as the other would be a wrong row, not an error.
        b.insert(u"emailVerified"_s, u"yes"_s);
        b.insert(u"idx"_s, u"not-the-id"_s);
        b.insert(u"types"_s, u"individual"_s);
        return { a, b };
    }

private Q_SLOTS:
    void tableRowsAgreeWithTheStrictDecoder()
    {
        const QByteArray body = page(mixedCustomers(), true);
        QVERIFY(SphereListDecoder::decodeTableRowsFast(body).has_value()); // not handed to the strict one
        const Result<CustomerRowPage> fast = SphereListDecoder::decodeTableRows(200, body);
        QVERIFY(fast.ok());
        QCOMPARE(fast.value().pagination.page, 2);
        QCOMPARE(fast.value().pagination.hasNext, true);
        compareCustomerRows(fast.value().rows, strictRows(body));
        QVERIFY(fast.value().rows.name(fast.value().rows.rows.at(0)).endsWith(u" Ortiz \U0001F600"_s));
        QCOMPARE(fast.value().rows.name(fast.value().rows.rows.at(1)), u"Caf\u00e9 \"Nord\""_s);
        QCOMPARE(fast.value().rows.unknownStatuses(fast.value().rows.rows.at(1)), u"kyc=underManualReview"_s);
    }

    // The search finds a customer by the phone's digits and by the owners' names, which the list
    // page carries; both decoders give the same compact text.
    void searchTextHasThePhonesDigitsAndTheOwnersNames()
    {
        QJsonObject c = exampleCustomer();
        c.insert(u"id"_s, u"customer_owners"_s);
        c.insert(u"type"_s, u"business"_s);
        c.insert(u"firstName"_s, u"Northwind"_s);
        c.insert(u"lastName"_s, QJsonValue());
        c.insert(u"email"_s, u"ops@northwind.example"_s);
        c.insert(u"phoneNumber"_s, u"+1 (415) 555-0134"_s);
        c.insert(u"ubos"_s,
                 QJsonArray { QJsonObject { { u"id"_s, u"ubo_1"_s },
                                            { u"firstName"_s, u"Ann"_s },
                                            { u"lastName"_s, u"Berg"_s } },
                              QJsonObject { { u"id"_s, u"ubo_2"_s },
                                            { u"firstName"_s, QJsonValue() },
                                            { u"lastName"_s, u" ÖSTER "_s } },
                              QJsonObject { { u"id"_s, u"ubo_3"_s } } });
        QJsonObject noPhone = exampleCustomer();
        noPhone.insert(u"id"_s, u"customer_no_phone"_s);
        noPhone.insert(u"phoneNumber"_s, QJsonValue());
        const QByteArray body = page({ c, noPhone });
        QVERIFY(SphereListDecoder::decodeTableRowsFast(body).has_value());
        const Result<CustomerRowPage> fast = SphereListDecoder::decodeTableRows(200, body);
        QVERIFY(fast.ok());
        compareCustomerRows(fast.value().rows, strictRows(body));
        const CustomerRowBatch &rows = fast.value().rows;
        QCOMPARE(QString::fromUtf8(rows.searchText(rows.rows.at(0))),
                 u"northwind\nops@northwind.example\ncustomer_owners\n14155550134\nann berg\n\u00f6ster"_s);
        // No phone, no owners: nothing after the id.
        QVERIFY(QString::fromUtf8(rows.searchText(rows.rows.at(1))).endsWith(u"\ncustomer_no_phone"_s));
        // The name, email and id texts are unchanged.
        QCOMPARE(rows.id(rows.rows.at(0)).toString(), u"customer_owners"_s);
    }

    // Rows whose texts are all ASCII are built sixteen bytes at a time; each length around a block's
    // edge, capitals anywhere, owners' names with ASCII spaces to trim, and a row that turns to the
    // general path at its second owner, all give the strict decoder's rows.
    void asciiRowsOfEveryLengthAgreeWithTheStrictDecoder()
    {
        QJsonArray customers;
        const QString letters = u"AbCdEfGhIjKlMnOpQrStUvWxYzaBcDeFgH"_s;
        for (const int length : { 0, 1, 15, 16, 17, 31, 32, 33 }) {
            QJsonObject c = exampleCustomer();
            const QString text = letters.left(length);
            c.insert(u"id"_s, QString(u"customer_"_s + text + QString::number(length)));
            c.insert(u"firstName"_s, text);
            c.insert(u"lastName"_s, text.toLower());
            c.insert(u"email"_s, QString(text + u"@Example.ORG"_s));
            c.insert(u"phoneNumber"_s, length % 2 ? u"+44 20 7946 %1"_s.arg(length) : u"none"_s);
            customers.append(c);
        }
        QJsonObject owners = exampleCustomer();
        owners.insert(u"id"_s, u"customer_Owners"_s);
        owners.insert(u"type"_s, u"business"_s);
        owners.insert(u"ubos"_s,
                      QJsonArray { QJsonObject { { u"id"_s, u"ubo_1"_s },
                                                 { u"firstName"_s, u"\t Ann"_s },
                                                 { u"lastName"_s, u"Berg \r\n"_s } },
                                   QJsonObject { { u"id"_s, u"ubo_2"_s },
                                                 { u"firstName"_s, u" "_s },
                                                 { u"lastName"_s, u"\v"_s } } });
        customers.append(owners);
        QJsonObject mixedOwners = owners;
        mixedOwners.insert(u"id"_s, u"customer_mixed_owners"_s);
        mixedOwners.insert(u"ubos"_s,
                           QJsonArray { QJsonObject { { u"id"_s, u"ubo_1"_s }, { u"firstName"_s, u"Ann"_s } },
                                        QJsonObject { { u"id"_s, u"ubo_2"_s },
                                                      { u"lastName"_s, u"\u00a0\u00d6ster\u2003"_s } } });
        customers.append(mixedOwners);
        const QByteArray body = page(customers);
        QVERIFY(SphereListDecoder::decodeTableRowsFast(body).has_value());
        const Result<CustomerRowPage> fast = SphereListDecoder::decodeTableRows(200, body);
        QVERIFY(fast.ok());
        compareCustomerRows(fast.value().rows, strictRows(body));
        const CustomerRowBatch &rows = fast.value().rows;
        const QString ownersText = QString::fromUtf8(rows.searchText(rows.rows.at(8)));
        QVERIFY(ownersText.endsWith(u"\nann berg"_s)); // trimmed; the owner of spaces alone adds nothing
        QCOMPARE(ownersText.count(u'\n'), 4); // name, e-mail, id, phone digits, one owner
        QVERIFY(QString::fromUtf8(rows.searchText(rows.rows.at(9))).endsWith(u"\nann\n\u00f6ster"_s));
        QCOMPARE(rows.id(rows.rows.at(7)).toString(), u"customer_AbCdEfGhIjKlMnOpQrStUvWxYzaBcDeFg33"_s);
        QVERIFY(!rows.rows.at(7).idFolded); // capitals: the id keeps its own text
        QVERIFY(rows.rows.at(0).idFolded);
    }

    void tableRowsReadKeysSpelledWithEscapes_data()
    {
        addColumns<QByteArray, QByteArray>("plain", "escaped");
        // JSON lets any key character be written as \uXXXX; the fast decoder compares keys as they
        // are on the wire, so each of these must still reach the right field.
        QTest::newRow("first letter") << QByteArray(R"("email":)") << QByteArray(R"("\u0065mail":)");
        QTest::newRow("first letter, short") << QByteArray(R"("tos":)") << QByteArray(R"("\u0074os":)");
        QTest::newRow("inside") << QByteArray(R"("email":)") << QByteArray(R"("em\u0061il":)");
        QTest::newRow("last letter") << QByteArray(R"("firstName":)") << QByteArray(R"("firstNam\u0065":)");
        QTest::newRow("required kyc") << QByteArray(R"("kyc":)") << QByteArray(R"("\u006byc":)");
        QTest::newRow("required id") << QByteArray(R"("id":)") << QByteArray(R"("i\u0064":)");
    }

    void tableRowsReadKeysSpelledWithEscapes()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, escaped);
        const QByteArray body = page(mixedCustomers());
        QByteArray spelled = body;
        spelled.replace(plain, escaped);
        QVERIFY(spelled != body);
        // The DOM parser unescapes keys, so the fast path reads these itself.
        const std::optional<CustomerRowPage> direct = SphereListDecoder::decodeTableRowsFast(spelled);
        QVERIFY(direct.has_value());
        compareCustomerRows(direct->rows, strictRows(body));
        const Result<CustomerRowPage> fast = SphereListDecoder::decodeTableRows(200, spelled);
        QVERIFY(fast.ok());
        compareCustomerRows(fast.value().rows, strictRows(body));
    }

    void badBodiesGetTheStrictDecodersError_data()
    {
        addColumns<int, QByteArray>("status", "body");
        QJsonObject wrongKyc = exampleCustomer();
        wrongKyc.insert(u"kyc"_s, 7);
        QJsonObject noId = exampleCustomer();
        noId.remove(u"id"_s);
        QJsonObject badDate = exampleCustomer();
        badDate.insert(u"created"_s, u"yesterday"_s);
        QTest::newRow("kyc number") << 200 << page({ wrongKyc });
        QTest::newRow("no id") << 200 << page({ noId });
        QTest::newRow("bad date") << 200 << page({ badDate });
        QTest::newRow("not json") << 200 << QByteArray("<html>");
        QTest::newRow("401")
            << 401 << QByteArray(R"({"ok":false,"statusCode":401,"message":"Invalid API key","data":null})");
        QTest::newRow("no pagination") << 200 << QByteArray(R"({"ok":true,"data":{"customers":[]}})");

        // Issue 11 item 8: bodies the fast path used to accept (it skipped what it did not need).
        QByteArray invalidInMeta = page({ exampleCustomer() });
        QVERIFY(invalidInMeta.contains(R"("meta":{)"));
        invalidInMeta.replace(R"("meta":{)", R"("meta":{"x":tru,)");
        QTest::newRow("invalid JSON in a skipped object") << 200 << invalidInMeta;
        QByteArray trailing = page({ exampleCustomer() });
        QTest::newRow("text after the document") << 200 << trailing.append("]");
        QJsonObject numberDescription = exampleCustomer();
        numberDescription.insert(u"description"_s, 5);
        QTest::newRow("description a number") << 200 << page({ numberDescription });
        QJsonObject stringMock = exampleCustomer();
        stringMock.insert(u"mock"_s, u"false"_s);
        QTest::newRow("mock a string") << 200 << page({ stringMock });
        QJsonObject uboWithoutId = exampleCustomer();
        uboWithoutId.insert(u"ubos"_s, QJsonArray { QJsonObject { { u"email"_s, u"a@b.c"_s } } });
        QTest::newRow("ubo without id") << 200 << page({ uboWithoutId });
        QJsonObject levelWithoutStatus = exampleCustomer();
        levelWithoutStatus.insert(u"verificationLevels"_s,
                                  QJsonArray { QJsonObject { { u"name"_s, u"ach_pull"_s } } });
        QTest::newRow("verification level without status") << 200 << page({ levelWithoutStatus });
        QByteArray underflow = page({ exampleCustomer() });
        underflow.replace(R"("meta":{)", R"("meta":{"x":1e-400,)");
        QTest::newRow("number Qt refuses in an unknown field") << 200 << underflow;
        QByteArray pastInt = page({ exampleCustomer() });
        pastInt.replace(R"("page":2,)", R"("page":4294967297,)");
        QTest::newRow("page number past 2^32") << 200 << pastInt;
        QByteArray noCustomers = page({});
        noCustomers.replace(R"("customers":[],)", "");
        QTest::newRow("no customers key") << 200 << noCustomers;
    }

    // Issue 11 item 8: with "data" twice, QJsonObject (the strict decoder) keeps the last; the fast
    // path read both and returned two rows.
    void duplicatedDataKeyGivesTheStrictRows()
    {
        QJsonObject second = exampleCustomer();
        second.insert(u"id"_s, u"customer_second"_s);
        const auto data = [](const QByteArray &body) {
            return QJsonDocument(QJsonDocument::fromJson(body).object().value(u"data"_s).toObject())
                .toJson(QJsonDocument::Compact);
        };
        const QByteArray body = R"({"ok":true,"data":)" + data(page({ exampleCustomer() })) + R"(,"data":)"
            + data(page({ second })) + '}';
        const Result<CustomerRowPage> table = SphereListDecoder::decodeTableRows(200, body);
        QVERIFY(table.ok());
        QCOMPARE(table.value().rows.size(), 1);
        QCOMPARE(table.value().rows.id(table.value().rows.rows.at(0)).toString(), u"customer_second"_s);
        compareCustomerRows(table.value().rows, strictRows(body));
    }

    // Qt's parser drops a byte order mark that starts a string when it is raw and keeps it when it
    // is escaped; simdjson's text cannot tell the two apart, so either must give the strict rows.
    void stringsStartingWithAByteOrderMarkGiveTheStrictRows_data()
    {
        QTest::addColumn<QByteArray>("mark");
        QTest::newRow("raw") << QByteArray("\xEF\xBB\xBF");
        QTest::newRow("escaped") << QByteArray("\\ufeff");
    }

    void stringsStartingWithAByteOrderMarkGiveTheStrictRows()
    {
        QFETCH(QByteArray, mark);
        QByteArray body = page({ exampleCustomer() });
        QVERIFY(body.contains(R"("kyc":")") && body.contains(R"("email":")"));
        const QByteArray kyc = QByteArray(R"("kyc":")") + mark;
        const QByteArray email = QByteArray(R"("email":")") + mark;
        body.replace(R"("kyc":")", kyc).replace(R"("email":")", email);
        const Result<CustomerRowPage> table = SphereListDecoder::decodeTableRows(200, body);
        QVERIFY(table.ok());
        compareCustomerRows(table.value().rows, strictRows(body));
    }

    // The fast path must not hand ordinary pages over: that would make it the slow path.
    void ordinaryPagesStayOnTheFastPath()
    {
        QJsonObject business = exampleCustomer();
        business.insert(u"type"_s, u"business"_s);
        business.insert(u"ubos"_s,
                        QJsonArray { QJsonObject { { u"id"_s, u"ubo_1"_s },
                                                   { u"created"_s, u"2024-07-31T23:44:16.319Z"_s },
                                                   { u"address"_s, QJsonValue() } } });
        const QByteArray body = page({ exampleCustomer(), business });
        const std::optional<CustomerRowPage> fast = SphereListDecoder::decodeTableRowsFast(body);
        QVERIFY(fast);
        compareCustomerRows(fast->rows, strictRows(body));
    }

    // Parsers are shared by the decoding threads and kept between pages: after a huge page, and with
    // sixteen pages decoded at once on the pool, every page still gives the strict decoder's rows.
    void pagesOnManyThreadsAndAHugeOneGiveTheStrictRows()
    {
        QJsonObject huge = exampleCustomer();
        huge.insert(u"meta"_s, QJsonObject { { u"notes"_s, QString(5 * 1024 * 1024, u'x') } });
        const QByteArray hugeBody = page({ huge, exampleCustomer() });
        const QByteArray body = page(mixedCustomers(), true);
        const CustomerRowBatch expected = strictRows(body);
        const std::optional<CustomerRowPage> fromHuge = SphereListDecoder::decodeTableRowsFast(hugeBody);
        QVERIFY(fromHuge);
        compareCustomerRows(fromHuge->rows, strictRows(hugeBody));
        QList<QFuture<std::optional<CustomerRowPage>>> decoded;
        for (int i = 0; i < 16; ++i)
            decoded.append(
                QtConcurrent::run([&body] { return SphereListDecoder::decodeTableRowsFast(body); }));
        for (QFuture<std::optional<CustomerRowPage>> &future : decoded) {
            const std::optional<CustomerRowPage> rows = future.result();
            QVERIFY(rows);
            compareCustomerRows(rows->rows, expected);
        }
    }

    // The fast path checks what the customer's field table says the strict decoder reads: a field
    // of the wrong type, at the top or inside an address, a UBO or a verification level, is handed
    // over and gets the strict decoder's error naming that field.
    void everyTableFieldOfTheWrongTypeIsHandedOver()
    {
        QJsonObject business = exampleCustomer();
        business.insert(u"ubos"_s, QJsonArray { QJsonObject { { u"id"_s, u"ubo_1"_s } } });
        business.insert(
            u"verificationLevels"_s,
            QJsonArray { QJsonObject { { u"name"_s, u"ach_pull"_s }, { u"status"_s, u"pending"_s } } });
        business.insert(u"address"_s, QJsonObject {});
        struct Place
        {
            QString key; // the object's key in the customer ("" for the customer itself)
            const FieldDescriptions *fields;
        };
        const Place places[]
            = { { QString(), &fieldTable<Customer>().descriptions() },
                { u"address"_s, &fieldTable<Address>().descriptions() },
                { u"ubos"_s, &fieldTable<Ubo>().descriptions() },
                { u"verificationLevels"_s, &fieldTable<VerificationLevel>().descriptions() } };
        int checked = 0;
        for (const Place &place : places) {
            for (const FieldDescription &field : *place.fields) {
                if (field.wire == FieldWire::Any || field.wire == FieldWire::Number
                    || field.wire == FieldWire::Integer)
                    continue; // a number is what these hold
                QJsonObject customer = business;
                QString path = u"data.customers[0]."_s;
                if (place.key.isEmpty()) {
                    customer.insert(field.key, 7);
                } else if (place.key == u"address"_s) {
                    customer.insert(place.key, QJsonObject { { field.key, 7 } });
                    path += place.key + u'.';
                } else {
                    QJsonObject element = customer.value(place.key).toArray().first().toObject();
                    element.insert(field.key, 7);
                    customer.insert(place.key, QJsonArray { element });
                    path += place.key + u"[0]."_s;
                }
                const QByteArray body = page({ customer });
                QVERIFY2(!SphereListDecoder::decodeTableRowsFast(body), qPrintable(path + field.key));
                const Result<CustomerRowPage> rows = SphereListDecoder::decodeTableRows(200, body);
                QVERIFY2(!rows.ok(), qPrintable(path + field.key));
                QCOMPARE(rows.error().jsonPath, path + field.key);
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }

    void badBodiesGetTheStrictDecodersError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        const Result<CustomerRowPage> fast = SphereListDecoder::decodeTableRows(status, body);
        const Result<CustomerPage> strict = SphereCodec::decodeCustomerPageResponse(status, body);
        QVERIFY(!fast.ok());
        QVERIFY(!strict.ok());
        QCOMPARE(fast.error().kind, strict.error().kind);
        QCOMPARE(fast.error().jsonPath, strict.error().jsonPath);
        QCOMPARE(fast.error().httpStatus, strict.error().httpStatus);
        QCOMPARE(fast.error().message, strict.error().message);
    }

    void isoTimestamps()
    {
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2024-07-31T23:44:16.319Z"),
                 std::optional<qint64>(
                     QDateTime(QDate(2024, 7, 31), QTime(23, 44, 16, 319), Qt::UTC).toMSecsSinceEpoch()));
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("1969-12-31T23:59:59.999Z"), std::optional<qint64>(-1));
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2024-02-29T00:00:00.000Z").has_value(), true);
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2023-02-29T00:00:00.000Z").has_value(), false);
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2000-02-29T00:00:00.000Z").has_value(), true);
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("1900-02-29T00:00:00.000Z").has_value(), false);
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2024-04-31T00:00:00.000Z").has_value(), false);
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2024-12-31T00:00:00.000Z").has_value(), true);
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2024-07-31T23:44:16Z").has_value(),
                 false); // other forms: fallback
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("2024-13-01T00:00:00.000Z").has_value(), false);
        // QDate has no year 0: the strict decoder refuses it, so must this.
        QCOMPARE(SphereListDecoder::parseIsoUtcMillis("0000-01-01T00:00:00.000Z").has_value(), false);
    }

    // The fast reading answers exactly where a character-at-a-time reading of its one form does, with
    // the same time, which is the strict decoder's (parseJsonTimestamp) too: every day of years around
    // the leap rules, every edge of each field, and each character of a valid time replaced by bytes
    // a sloppy digit or separator check would let through (the general parser takes some of them).
    void isoTimestampsAgreeWithTheStrictReading()
    {
        const auto agree = [](const QByteArray &text) {
            const std::optional<qint64> fast = SphereListDecoder::parseIsoUtcMillis(text.toStdString());
            if (fast != referenceIsoUtcMillis(text))
                return false;
            if (!fast)
                return true;
            const QDateTime strict = parseJsonTimestamp(QString::fromLatin1(text));
            return strict.isValid() && strict.toMSecsSinceEpoch() == *fast;
        };
        int answered = 0;
        for (const int year :
             { 1, 4, 100, 400, 1600, 1700, 1899, 1900, 1970, 1999, 2000, 2023, 2024, 2100, 9999 }) {
            for (QDate day(year, 1, 1); day.isValid() && day.year() == year; day = day.addDays(1)) {
                const QByteArray text
                    = QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, day.month(), day.day(),
                                        (day.day() * 7) % 24, (day.dayOfYear() * 13) % 60,
                                        (day.dayOfYear() * 17) % 60, (day.dayOfYear() * 37) % 1000)
                          .toLatin1();
                QVERIFY2(SphereListDecoder::parseIsoUtcMillis(text.toStdString()).has_value(),
                         text.constData());
                QVERIFY2(agree(text), text.constData());
                ++answered;
            }
            for (int month = 0; month <= 13; ++month) {
                for (const int dayOfMonth : { 0, 1, 28, 29, 30, 31, 32 }) {
                    const QByteArray text
                        = QString::asprintf("%04d-%02d-%02dT23:59:59.999Z", year, month, dayOfMonth)
                              .toLatin1();
                    QVERIFY2(agree(text), text.constData());
                    QCOMPARE(SphereListDecoder::parseIsoUtcMillis(text.toStdString()).has_value(),
                             QDate(year, month, dayOfMonth).isValid());
                }
            }
        }
        QVERIFY(answered > 5000);
        for (const char *edge :
             { "2024-07-31T24:00:00.000Z", "2024-07-31T23:60:00.000Z", "2024-07-31T23:59:60.000Z",
               "2024-07-31T00:00:00.000Z", "2024-07-31T23:59:59.999Z" })
            QVERIFY2(agree(edge), edge);
        QVERIFY(!SphereListDecoder::parseIsoUtcMillis("2024-07-31T24:00:00.000Z"));
        QVERIFY(!SphereListDecoder::parseIsoUtcMillis("2024-07-31T23:60:00.000Z"));
        QVERIFY(!SphereListDecoder::parseIsoUtcMillis("2024-07-31T23:59:60.000Z"));
        const QByteArray valid = "2024-07-31T23:44:16.319Z";
        const char replacements[]
            = { '/', ':',  ';',    '@',    'A',    'Z',    'z',    'T',    't', '-', '.', ',',
                ' ', '\0', '\x7f', '\x80', '\xb0', '\xb9', '\xf9', '\xff', '0', '9', '5' };
        for (int at = 0; at < valid.size(); ++at) {
            for (const char c : replacements) {
                QByteArray text = valid;
                text[at] = c;
                QVERIFY2(agree(text), qPrintable(QString::number(at) + u' ' + QString::number(uchar(c))));
            }
        }
        // Every other length is left to the general parser.
        QVERIFY(!SphereListDecoder::parseIsoUtcMillis("2024-07-31T23:44:16.31Z"));
        QVERIFY(!SphereListDecoder::parseIsoUtcMillis("2024-07-31T23:44:16.3190Z"));
        QVERIFY(!SphereListDecoder::parseIsoUtcMillis(""));
    }
};

QTEST_GUILESS_MAIN(TestSphereListDecoder)
#include "tst_sphere_list_decoder.moc"
