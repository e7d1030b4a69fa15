// Sphere create/update requests without a network: the strict request codec, the update diff and
// the client-side validator, with the sandbox's own messages for the vendor-message mapping.
// Long because it is one case per documented field rule; the cases share the samples above.

#include "CustomerRequestValidator.h"
#include "DocumentLimitSettings.h"
#include "SphereCodec.h"
#include "SphereCustomerEditor.h"
#include "SphereRequestCodec.h"
#include "SphereRequestSamples.h"
#include "TestColumns.h"

#include <functional>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace SphereRequestSamples;

namespace {
using Mutation = std::function<void(CustomerRequest &)>;
const QDate kToday(2025, 1, 15);

QString issuesText(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const FieldIssue &i : issues)
        lines.append(i.field + u": "_s + i.message);
    return lines.join(u"\n"_s);
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestSphereRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("isBusiness");
        QTest::newRow("individual") << false;
        QTest::newRow("business with 2 UBOs") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, isBusiness);
        const CustomerRequest request = isBusiness ? business() : individual();
        const QByteArray body = SphereRequestCodec::encodeBody(request);
        const Result<CustomerRequest> decoded = SphereRequestCodec::decodeBody(body);
        QVERIFY2(decoded.ok(),
                 decoded.ok() ? "" : qPrintable(decoded.error().jsonPath + u' ' + decoded.error().message));
        QVERIFY(decoded.value() == request);
        QCOMPARE(SphereRequestCodec::encodeBody(decoded.value()), body);

        // The wire form uses the vendor's names and base64 documents.
        const QJsonObject json = parse(body);
        QCOMPARE(json.value(u"type"_s).toString(), *request.type);
        QCOMPARE(QByteArray::fromBase64(json.value(u"proofOfAddressDocument"_s).toString().toLatin1()),
                 request.proofOfAddressDocument->content);
        if (isBusiness) {
            const QJsonArray ubos = json.value(u"ubos"_s).toArray();
            QCOMPARE(ubos.size(), 2);
            QCOMPARE(QByteArray::fromBase64(
                         ubos.at(1).toObject().value(u"identityDocumentFront"_s).toString().toLatin1()),
                     request.ubos.at(1).identityDocumentFront->content);
            QCOMPARE(ubos.at(0).toObject().value(u"dob"_s).toObject(),
                     (QJsonObject { { u"day"_s, 2 }, { u"month"_s, 11 }, { u"year"_s, 1975 } }));
            QCOMPARE(json.value(u"tosDisclaimer"_s).toString(), QString::fromUtf16(kSphereTosDisclaimer));
            QCOMPARE(json.value(u"expectedMonthlyPaymentsUsd"_s).toDouble(), 25000.5);
        } else {
            QCOMPARE(json.value(u"ssn"_s).toString(), u"111-22-3333"_s);
            QVERIFY(!json.contains(u"ubos"_s));
            QVERIFY(!json.contains(u"name"_s));
        }
        // What the validator says about these complete requests: nothing.
        QVERIFY2(CustomerRequestValidator::validate(request, CustomerRequestValidator::Mode::Create,
                                                    CustomerRequestValidator::kDefaultMaxDocumentBytes,
                                                    kToday)
                     .isEmpty(),
                 qPrintable(issuesText(CustomerRequestValidator::validate(
                     request, CustomerRequestValidator::Mode::Create,
                     CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday))));
    }

    // The body with documents is written without QJsonValue holding them, and must be exactly the
    // document QJsonDocument writes: every document in its place, base64 across slice boundaries
    // and with each length of padding, owners' documents included.
    void bodyWithDocumentsIsWhatQJsonDocumentWrites_data()
    {
        addColumns<CustomerRequest>("request");
        QTest::newRow("individual") << SphereRequestSamples::individual();
        QTest::newRow("business with owners") << SphereRequestSamples::business();
        for (const int size : { 0, 1, 2, 3, 49151, 49152, 49153, 200001 }) {
            CustomerRequest r = SphereRequestSamples::individual();
            r.identityDocumentFront->content = SphereRequestSamples::filler("size", size);
            QTest::addRow("front of %d bytes", size) << r;
        }
        CustomerRequest plain = SphereRequestSamples::individual();
        plain.identityDocumentFront.reset();
        plain.identityDocumentBack.reset();
        plain.proofOfAddressDocument.reset();
        QTest::newRow("without documents") << plain;
    }

    void bodyWithDocumentsIsWhatQJsonDocumentWrites()
    {
        QFETCH(CustomerRequest, request);
        QCOMPARE(SphereRequestCodec::encodeBody(request),
                 QJsonDocument(SphereRequestCodec::encode(request)).toJson(QJsonDocument::Compact));
    }

    // The forms' document limit from the settings file: MiB in range, or the default and a message.
    void documentLimitFromTheSettingsFile_data()
    {
        addColumns<QString, qint64, bool>("value", "bytes", "reported");
        const qint64 fallback = CustomerRequestValidator::kDefaultMaxDocumentBytes;
        QTest::newRow("absent") << QString() << fallback << false;
        QTest::newRow("25") << u"25"_s << qint64(25) * 1024 * 1024 << false;
        QTest::newRow("the most") << u"32"_s << qint64(32) * 1024 * 1024 << false;
        QTest::newRow("zero") << u"0"_s << fallback << true;
        QTest::newRow("too much") << u"33"_s << fallback << true;
        QTest::newRow("a size with its unit") << u"20MB"_s << fallback << true;
    }

    void documentLimitFromTheSettingsFile()
    {
        QFETCH(QString, value);
        QFETCH(qint64, bytes);
        QFETCH(bool, reported);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"kycdesk.ini"_s), QSettings::IniFormat);
        if (!value.isNull())
            settings.setValue(DocumentLimitSettings::key(), value);
        QStringList problems;
        QCOMPARE(DocumentLimitSettings::maxDocumentBytes(settings, &problems), bytes);
        QCOMPARE(problems.size(), reported ? 1 : 0);
        if (reported)
            QVERIFY2(problems.first().contains(DocumentLimitSettings::key()), qPrintable(problems.first()));
    }

    void encodeSendsOnlySetFields()
    {
        CustomerRequest r;
        r.website = u"https://example.com"_s;
        r.ssn = u"111-11-1111"_s;
        QCOMPARE(SphereRequestCodec::encodeBody(r),
                 QByteArray("{\"ssn\":\"111-11-1111\",\"website\":\"https://example.com\"}"));
        QVERIFY(SphereRequestCodec::isEmpty(CustomerRequest()));
        QVERIFY(!SphereRequestCodec::isEmpty(r));
        CustomerRequest onlyMeta;
        onlyMeta.hasMeta = true; // an empty meta object is still something to send
        QVERIFY(!SphereRequestCodec::isEmpty(onlyMeta));
        // A document is encoded from its bytes, the one place base64 happens.
        CustomerRequest withDocument;
        withDocument.identityDocumentFront
            = DocumentUpload { u"a.png"_s, "raw", DocumentInspector::Type::Png };
        QCOMPARE(SphereRequestCodec::encodeBody(withDocument),
                 QByteArray("{\"identityDocumentFront\":\"cmF3\"}"));
    }

    void decodeErrorsNameThePath_data()
    {
        addColumns<QByteArray, QString, QString>("body", "path", "messagePart");
        QTest::newRow("unknown key") << QByteArray("{\"type\":\"individual\",\"emial\":\"a@b.co\"}")
                                     << u"request.emial"_s << u"\"email\""_s;
        QTest::newRow("wrong type deep")
            << QByteArray("{\"type\":\"business\",\"ubos\":[{\"firstName\":\"A\"},"
                          "{\"firstName\":\"B\",\"dob\":{\"day\":\"3\",\"month\":4,\"year\":1980}}]}")
            << u"request.ubos[1].dob.day"_s << u"string"_s;
        QTest::newRow("unknown address key")
            << QByteArray("{\"address\":{\"line1\":\"x\",\"contry\":\"USA\"}}") << u"request.address.contry"_s
            << u"\"country\""_s;
        QTest::newRow("unknown ubo key") << QByteArray("{\"ubos\":[{\"firstName\":\"A\",\"ssnn\":\"1\"}]}")
                                         << u"request.ubos[0].ssnn"_s << u"\"ssn\""_s;
        QTest::newRow("not base64") << QByteArray("{\"identityDocumentFront\":\"not base64!\"}")
                                    << u"request.identityDocumentFront"_s << u"base64"_s;
        QTest::newRow("activity not a string") << QByteArray("{\"highRiskActivities\":[\"gambling\",3]}")
                                               << u"request.highRiskActivities[1]"_s << u"number"_s;
        QTest::newRow("ubos not an array")
            << QByteArray("{\"ubos\":{\"firstName\":\"A\"}}") << u"request.ubos"_s << u"array"_s;
        QTest::newRow("boolean as string")
            << QByteArray("{\"tosAccepted\":\"true\"}") << u"request.tosAccepted"_s << u"boolean"_s;
        QTest::newRow("dob part missing")
            << QByteArray("{\"dob\":{\"day\":1,\"month\":2}}") << u"request.dob.year"_s << u"number"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"request"_s << u"object"_s;
        QTest::newRow("not JSON") << QByteArray("{\"type\":") << u"request"_s << u"JSON"_s;
        // Issue 11 item 7: the range is named, nothing is converted out of it.
        QTest::newRow("dob year 1e19") << QByteArray("{\"dob\":{\"day\":1,\"month\":2,\"year\":1e19}}")
                                       << u"request.dob.year"_s << u"whole number from"_s;
        QTest::newRow("dob day past int")
            << QByteArray("{\"dob\":{\"day\":4294967297,\"month\":2,\"year\":1980}}") << u"request.dob.day"_s
            << u"2147483647"_s;
    }

    void decodeErrorsNameThePath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const Result<CustomerRequest> r = SphereRequestCodec::decodeBody(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ApiError::Kind::Decode);
        QCOMPARE(r.error().jsonPath, path);
        QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    }

    // An old draft's padding null where a date part belongs is a missing part, not a zero (the
    // hand-written reader dereferenced the absent number).
    void draftDateWithANullPartIsMissing()
    {
        const Result<CustomerRequest> r
            = SphereRequestCodec::decodeBody("{\"dob\":{\"day\":null,\"month\":2,\"year\":1980}}", u"draft"_s,
                                             RequestJsonReader::NullPolicy::Absent);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().jsonPath, u"draft.dob.day"_s);
        QVERIFY2(r.error().message.contains(u"missing number"_s), qPrintable(r.error().message));
    }

    void decodeRootPathIsTheCallers()
    {
        const Result<CustomerRequest> r
            = SphereRequestCodec::decode(parse("{\"emial\":\"x\"}"), u"rows[3]"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().jsonPath, u"rows[3].emial"_s);
    }

    void changedFieldsSendsOnlyChanges()
    {
        const CustomerRequest original = individual();
        QVERIFY(SphereRequestCodec::isEmpty(SphereRequestCodec::changedFields(original, original)));

        CustomerRequest edited = original;
        edited.phoneNumber = u"+14155550100"_s;
        edited.address->city = u"Oakland"_s; // one part of the address
        const CustomerRequest changes = SphereRequestCodec::changedFields(original, edited);
        const QJsonObject wire = parse(SphereRequestCodec::encodeBody(changes));
        QCOMPARE(wire.keys(), (QStringList { u"address"_s, u"phoneNumber"_s }));
        // Only the line that changed: Sphere leaves the parameters not provided unchanged.
        QCOMPARE(wire.value(u"address"_s).toObject(), (QJsonObject { { u"city"_s, u"Oakland"_s } }));

        // A removed line cannot be sent (Sphere documents no way to clear it): nothing goes, and
        // clearedFields() names it so the form can say so.
        CustomerRequest noLine2 = original;
        noLine2.address->line2.reset();
        QVERIFY(SphereRequestCodec::isEmpty(SphereRequestCodec::changedFields(original, noLine2)));
        QCOMPARE(SphereRequestCodec::clearedFields(original, noLine2), QStringList { u"address.line2"_s });

        // dob whole; meta whole; a new document.
        CustomerRequest other = original;
        other.dob->day = 24;
        other.meta.insert(u"desk"_s, u"ops"_s);
        other.identityDocumentBack = png("newback");
        const QJsonObject more
            = parse(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(original, other)));
        QCOMPARE(more.keys(), (QStringList { u"dob"_s, u"identityDocumentBack"_s, u"meta"_s }));
        QCOMPARE(more.value(u"dob"_s).toObject().value(u"year"_s).toInt(), 1990);
        QCOMPARE(more.value(u"meta"_s).toObject(),
                 (QJsonObject { { u"crm"_s, u"A-1"_s }, { u"desk"_s, u"ops"_s } }));
    }

    void changedFieldsOfABusiness()
    {
        const CustomerRequest original = business();
        CustomerRequest edited = original;
        edited.ubos[1].ssn = u"987-65-4321"_s;
        edited.tosAccepted = false;
        edited.tosAccepted = true; // unchanged after all
        edited.highRiskActivities = QStringList { u"gambling"_s };
        const QJsonObject wire
            = parse(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(original, edited)));
        QCOMPARE(wire.keys(), (QStringList { u"highRiskActivities"_s, u"ubos"_s }));
        // Every position of the list (element i updates owner i), each with only what changed in it.
        QCOMPARE(wire.value(u"ubos"_s).toArray(),
                 (QJsonArray { QJsonObject(), QJsonObject { { u"ssn"_s, u"987-65-4321"_s } } }));

        // One address line of one owner: that line only.
        CustomerRequest moved = original;
        moved.ubos[0].address->city = u"Oakland"_s;
        const QJsonObject ownerLine
            = parse(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(original, moved)));
        QCOMPARE(ownerLine.value(u"ubos"_s).toArray(),
                 (QJsonArray { QJsonObject { { u"address"_s, QJsonObject { { u"city"_s, u"Oakland"_s } } } },
                               QJsonObject() }));

        // An owner's value emptied cannot be sent; clearedFields() names it for the form.
        CustomerRequest noEmail = original;
        noEmail.ubos[1].email.reset();
        QVERIFY(SphereRequestCodec::isEmpty(SphereRequestCodec::changedFields(original, noEmail)));
        QCOMPARE(SphereRequestCodec::clearedFields(original, noEmail), QStringList { u"ubos[1].email"_s });

        // An owner added goes whole; one removed shortens the list.
        CustomerRequest added = original;
        UboRequest third;
        third.firstName = u"Cy"_s;
        third.lastName = u"Third"_s;
        added.ubos.append(third);
        const QJsonArray addedWire
            = parse(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(original, added)))
                  .value(u"ubos"_s)
                  .toArray();
        QCOMPARE(addedWire.size(), 3);
        QCOMPARE(addedWire.at(2).toObject(), SphereRequestCodec::encode(third));
        CustomerRequest removed = original;
        removed.ubos.removeLast();
        QCOMPARE(parse(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(original, removed)))
                     .value(u"ubos"_s)
                     .toArray(),
                 QJsonArray { QJsonObject() });

        // Accepting the terms later carries the (unchanged) disclaimer the vendor requires with it.
        CustomerRequest notAccepted = original;
        notAccepted.tosAccepted = false;
        const QJsonObject tos
            = parse(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(notAccepted, original)));
        QCOMPARE(tos.keys(), (QStringList { u"tosAccepted"_s, u"tosDisclaimer"_s }));
    }

    void fromCustomerHasThePublicFields()
    {
        Customer c;
        c.id = u"customer_1"_s;
        c.type = SphereCodec::customerTypeFromWire(u"business"_s);
        c.firstName = u"Acme Widgets LLC"_s;
        c.email = u"ops@acme.example"_s;
        c.sourceOfFunds = u"Retained earnings"_s;
        c.address = Address(); // the vendor's all-null address
        Ubo owner;
        owner.id = u"ubo_1"_s;
        owner.firstName = u"Ann"_s;
        owner.lastName = u"Owner"_s;
        c.ubos.append(owner);
        const CustomerRequest r = SphereRequestCodec::fromCustomer(c);
        QCOMPARE(r.type, std::optional<QString>(u"business"_s));
        QCOMPARE(r.name, std::optional<QString>(u"Acme Widgets LLC"_s));
        QVERIFY(!r.firstName);
        QVERIFY(!r.address);
        QCOMPARE(r.sourceOfFundsDescription, std::optional<QString>(u"Retained earnings"_s));
        QVERIFY(r.hasUbos);
        QCOMPARE(r.ubos.size(), 1);
        QCOMPARE(r.ubos.at(0).lastName, std::optional<QString>(u"Owner"_s));
        QVERIFY(!r.ssn && !r.dob && !r.ein && !r.identityDocumentFront);

        // Editing one field of the prefilled form sends that field only.
        CustomerRequest edited = r;
        edited.website = u"https://acme.example"_s;
        QCOMPARE(SphereRequestCodec::encodeBody(SphereRequestCodec::changedFields(r, edited)),
                 QByteArray("{\"website\":\"https://acme.example\"}"));
    }

    void validatorRules_data()
    {
        addColumns<QString, bool, bool, QString, QString>("rule", "isBusiness", "update", "field",
                                                          "messagePart");

        auto row = [](const char *name, bool biz, bool update, const QString &field, const QString &part) {
            QTest::newRow(name) << QString::fromLatin1(name) << biz << update << field << part;
        };
        row("type missing", false, false, u"type"_s, u"individual or a business"_s);
        row("type unknown", false, false, u"type"_s, u"\"person\""_s);
        row("first name empty", false, false, u"firstName"_s, u"first name"_s);
        row("last name missing", false, false, u"lastName"_s, u"last name"_s);
        row("email missing", false, false, u"email"_s, u"email"_s);
        row("business name missing", true, false, u"name"_s, u"legal name"_s);
        row("bad email", false, false, u"email"_s, u"name@example.com"_s);
        row("bad phone", false, false, u"phoneNumber"_s, u"E.164"_s);
        row("phone with spaces", false, false, u"phoneNumber"_s, u"spaces"_s);
        row("unknown country", false, false, u"address.country"_s, u"\"XYZ\""_s);
        row("alpha-2 country", false, false, u"address.country"_s, u"three-letter"_s);
        row("lower-case country", false, false, u"address.country"_s, u"USA"_s);
        row("bad state", false, false, u"address.state"_s, u"ISO 3166-2"_s);
        row("blank city", false, false, u"address.city"_s, u"blank"_s);
        row("dob in future", false, false, u"dob"_s, u"future"_s);
        row("dob not a date", false, false, u"dob"_s, u"not a real date"_s);
        row("dob before 1900", false, false, u"dob"_s, u"1900"_s);
        row("ssn too short", false, false, u"ssn"_s, u"9 digits"_s);
        row("ssn odd dashes", false, false, u"ssn"_s, u"123-45-6789"_s);
        row("ein format", true, false, u"ein"_s, u"12-3456789"_s);
        row("ubo ssn", true, false, u"ubos[1].ssn"_s, u"9 digits"_s);
        row("ubo name missing", true, false, u"ubos[0].lastName"_s, u"last name"_s);
        row("ubo business id", true, false, u"ubos[0].business"_s, u"customer id"_s);
        row("website", false, false, u"website"_s, u"https://"_s);
        row("revenue bucket", true, false, u"estimatedAnnualRevenueUsd"_s, u"_0_99999"_s);
        row("high-risk activity", true, false, u"highRiskActivities"_s, u"\"casino\""_s);
        row("none of the above and gambling", true, false, u"highRiskActivities"_s, u"None of the above"_s);
        row("US state not in the list", false, false, u"address.state"_s, u"\"ZZ\" is not a US state"_s);
        row("Canadian province not in the list", false, false, u"address.state"_s, u"Canadian province"_s);
        row("ubo US state not in the list", true, false, u"ubos[0].address.state"_s, u"not a US state"_s);
        row("negative payments", true, false, u"expectedMonthlyPaymentsUsd"_s, u"positive"_s);
        row("business type", true, false, u"businessType"_s, u"\"corp\""_s);
        row("too-big document", false, false, u"identityDocumentFront"_s, u"limit"_s);
        row("empty document", false, false, u"proofOfAddressDocument"_s, u"empty"_s);
        row("wrong document type", true, false, u"ubos[0].identityDocumentBack"_s, u"ZIP"_s);
        row("update-only on create", false, false, u"employmentStatus"_s, u"updating"_s);
        row("ubo update-only on create", true, false, u"ubos[1].mostRecentOccupation"_s, u"updating"_s);
        row("tosAccepted without disclaimer", true, false, u"tosDisclaimer"_s, u"disclaimer"_s);
        row("tosAccepted wrong disclaimer", true, false, u"tosDisclaimer"_s, u"exactly"_s);
        row("business field on individual", false, false, u"ein"_s, u"business customers only"_s);
        row("individual field on business", true, false, u"ssn"_s, u"individual customers only"_s);
        row("update blanks a name", false, true, u"lastName"_s, u"last name"_s);
    }

    void validatorRules()
    {
        QFETCH(QString, rule);
        QFETCH(bool, isBusiness);
        QFETCH(bool, update);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);

        const QHash<QString, Mutation> mutations {
            { u"type missing"_s, [](CustomerRequest &r) { r.type.reset(); } },
            { u"type unknown"_s, [](CustomerRequest &r) { r.type = u"person"_s; } },
            { u"first name empty"_s, [](CustomerRequest &r) { r.firstName = u"  "_s; } },
            { u"last name missing"_s, [](CustomerRequest &r) { r.lastName.reset(); } },
            { u"email missing"_s, [](CustomerRequest &r) { r.email.reset(); } },
            { u"business name missing"_s, [](CustomerRequest &r) { r.name.reset(); } },
            { u"bad email"_s, [](CustomerRequest &r) { r.email = u"jane.example.com"_s; } },
            { u"bad phone"_s, [](CustomerRequest &r) { r.phoneNumber = u"4155550123"_s; } },
            { u"phone with spaces"_s, [](CustomerRequest &r) { r.phoneNumber = u"+1 415 555 0123"_s; } },
            { u"unknown country"_s, [](CustomerRequest &r) { r.address->country = u"XYZ"_s; } },
            { u"alpha-2 country"_s, [](CustomerRequest &r) { r.address->country = u"US"_s; } },
            { u"lower-case country"_s, [](CustomerRequest &r) { r.address->country = u"usa"_s; } },
            { u"bad state"_s, [](CustomerRequest &r) { r.address->state = u"US-CA"_s; } },
            { u"blank city"_s, [](CustomerRequest &r) { r.address->city = QString(); } },
            { u"dob in future"_s,
              [](CustomerRequest &r) {
                  r.dob = DateOfBirth { 1, 2, 2025 };
              } },
            { u"dob not a date"_s,
              [](CustomerRequest &r) {
                  r.dob = DateOfBirth { 30, 2, 1990 };
              } },
            { u"dob before 1900"_s,
              [](CustomerRequest &r) {
                  r.dob = DateOfBirth { 1, 1, 1899 };
              } },
            { u"ssn too short"_s, [](CustomerRequest &r) { r.ssn = u"12345678"_s; } },
            { u"ssn odd dashes"_s, [](CustomerRequest &r) { r.ssn = u"1234-56-789"_s; } },
            { u"ein format"_s, [](CustomerRequest &r) { r.ein = u"123-45-6789"_s; } },
            { u"ubo ssn"_s, [](CustomerRequest &r) { r.ubos[1].ssn = u"12-345"_s; } },
            { u"ubo name missing"_s, [](CustomerRequest &r) { r.ubos[0].lastName.reset(); } },
            { u"ubo business id"_s, [](CustomerRequest &r) { r.ubos[0].business = u"acme"_s; } },
            { u"website"_s, [](CustomerRequest &r) { r.website = u"www.example.com"_s; } },
            { u"revenue bucket"_s, [](CustomerRequest &r) { r.estimatedAnnualRevenueUsd = u"_1_2"_s; } },
            { u"high-risk activity"_s,
              [](CustomerRequest &r) {
                  r.highRiskActivities = QStringList { u"gambling"_s, u"casino"_s };
              } },
            { u"none of the above and gambling"_s,
              [](CustomerRequest &r) {
                  r.highRiskActivities = QStringList { u"none_of_the_above"_s, u"gambling"_s };
              } },
            { u"US state not in the list"_s, [](CustomerRequest &r) { r.address->state = u"ZZ"_s; } },
            { u"Canadian province not in the list"_s,
              [](CustomerRequest &r) {
                  r.address->country = u"CAN"_s;
                  r.address->state = u"CA"_s; // California's code is no province
              } },
            { u"ubo US state not in the list"_s,
              [](CustomerRequest &r) {
                  r.ubos[0].address = address(u"1 Main St"_s, u"Dover"_s, u"ZZ"_s, u"USA"_s);
              } },
            { u"negative payments"_s, [](CustomerRequest &r) { r.expectedMonthlyPaymentsUsd = -1; } },
            { u"business type"_s, [](CustomerRequest &r) { r.businessType = u"corp"_s; } },
            { u"too-big document"_s,
              [](CustomerRequest &r) { r.identityDocumentFront = png("big", 20000); } },
            { u"empty document"_s, [](CustomerRequest &r) { r.proofOfAddressDocument->content.clear(); } },
            { u"wrong document type"_s,
              [](CustomerRequest &r) {
                  r.ubos[0].identityDocumentBack
                      = DocumentUpload { u"id.docx"_s, QByteArray("PK\x03\x04rest", 8) };
              } },
            { u"update-only on create"_s, [](CustomerRequest &r) { r.employmentStatus = u"employed"_s; } },
            { u"ubo update-only on create"_s,
              [](CustomerRequest &r) { r.ubos[1].mostRecentOccupation = u"CFO"_s; } },
            { u"tosAccepted without disclaimer"_s, [](CustomerRequest &r) { r.tosDisclaimer.reset(); } },
            { u"tosAccepted wrong disclaimer"_s,
              [](CustomerRequest &r) { r.tosDisclaimer = u"I accept the Terms of Service."_s; } },
            { u"business field on individual"_s, [](CustomerRequest &r) { r.ein = u"12-3456789"_s; } },
            { u"individual field on business"_s, [](CustomerRequest &r) { r.ssn = u"111-22-3333"_s; } },
            { u"update blanks a name"_s,
              [](CustomerRequest &r) {
                  r = CustomerRequest();
                  r.lastName = QString();
              } },
        };
        QVERIFY2(mutations.contains(rule), qPrintable(rule));
        CustomerRequest request = isBusiness ? business() : individual();
        mutations.value(rule)(request);
        const auto mode
            = update ? CustomerRequestValidator::Mode::Update : CustomerRequestValidator::Mode::Create;
        // A small limit so the "too big" row does not need megabytes.
        const QList<FieldIssue> issues = CustomerRequestValidator::validate(request, mode, 16 * 1024, kToday);
        QVERIFY2(issues.size() == 1, qPrintable(issuesText(issues)));
        QCOMPARE(issues.first().field, field);
        QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));
    }

    // States are checked against the country's list where the desk has one; elsewhere the shape only.
    void validatorStatesOfOtherCountriesKeepTheShapeCheck()
    {
        for (const auto &[country, state] :
             { std::pair { u"USA"_s, u"DC"_s }, std::pair { u"USA"_s, u"PR"_s },
               std::pair { u"CAN"_s, u"QC"_s }, std::pair { u"GBR"_s, u"ZZ"_s },
               std::pair { u"AUS"_s, u"NSW"_s } }) {
            CustomerRequest r = individual();
            r.address->country = country;
            r.address->state = state;
            const QList<FieldIssue> issues = CustomerRequestValidator::validate(
                r, CustomerRequestValidator::Mode::Create, CustomerRequestValidator::kDefaultMaxDocumentBytes,
                kToday);
            QVERIFY2(issues.isEmpty(), qPrintable(country + u' ' + state + u": "_s + issuesText(issues)));
        }
        QVERIFY(CustomerRequestValidator::validate(individual(), CustomerRequestValidator::Mode::Create,
                                                   CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday)
                    .isEmpty());
        // "None of the above" alone is fine.
        CustomerRequest b = business();
        b.highRiskActivities = QStringList { u"none_of_the_above"_s };
        QVERIFY(CustomerRequestValidator::validate(b, CustomerRequestValidator::Mode::Create,
                                                   CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday)
                    .isEmpty());
    }

    // A minor's date of birth is a warning (Sphere documents no minimum age), never an issue.
    void validatorWarnsAboutMinors()
    {
        CustomerRequest r = individual();
        r.dob = DateOfBirth { 15, 1, 2014 }; // 11 on kToday (2025-01-15)
        QVERIFY(CustomerRequestValidator::validate(r, CustomerRequestValidator::Mode::Create,
                                                   CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday)
                    .isEmpty());
        QList<FieldIssue> warnings = CustomerRequestValidator::warnings(r, kToday);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().field, u"dob"_s);
        QVERIFY2(warnings.first().message.contains(u"11 year"_s), qPrintable(warnings.first().message));
        QCOMPARE(CustomerRequestValidator::ageOn(DateOfBirth { 15, 1, 2007 }, kToday),
                 std::optional<int>(18));
        QCOMPARE(CustomerRequestValidator::ageOn(DateOfBirth { 16, 1, 2007 }, kToday),
                 std::optional<int>(17));
        r.dob = DateOfBirth { 15, 1, 2007 }; // 18 today: no warning
        QVERIFY(CustomerRequestValidator::warnings(r, kToday).isEmpty());
        r.dob = DateOfBirth { 16, 1, 2007 }; // 18 tomorrow
        QCOMPARE(CustomerRequestValidator::warnings(r, kToday).size(), 1);
        r.dob.reset();
        QVERIFY(CustomerRequestValidator::warnings(r, kToday).isEmpty());

        CustomerRequest b = business();
        b.ubos[0].dob = DateOfBirth { 1, 6, 2012 };
        warnings = CustomerRequestValidator::warnings(b, kToday);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().field, u"ubos[0].dob"_s);
    }

    void validatorUpdateModeAllowsPartialRequests()
    {
        CustomerRequest changes;
        changes.website = u"https://example.com"_s;
        changes.employmentStatus = u"employed"_s; // update-only: fine here
        changes.ubos = { UboRequest() };
        changes.hasUbos = false; // not sent, so not checked
        QVERIFY(CustomerRequestValidator::validate(changes, CustomerRequestValidator::Mode::Update,
                                                   CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday)
                    .isEmpty());
        // Everything wrong at once is reported at once, in form order.
        CustomerRequest bad = individual();
        bad.email = u"x"_s;
        bad.address->country = u"ZZZ"_s;
        bad.ssn = u"1"_s;
        const QList<FieldIssue> issues
            = CustomerRequestValidator::validate(bad, CustomerRequestValidator::Mode::Create,
                                                 CustomerRequestValidator::kDefaultMaxDocumentBytes, kToday);
        QStringList fields;
        for (const FieldIssue &i : issues)
            fields.append(i.field);
        QCOMPARE(fields, (QStringList { u"email"_s, u"address.country"_s, u"ssn"_s }));
    }

    void countryTable()
    {
        for (const QString &code : { u"USA"_s, u"GBR"_s, u"DEU"_s, u"ABW"_s, u"ZWE"_s, u"SSD"_s, u"BES"_s,
                                     u"CUW"_s, u"SXM"_s, u"MNE"_s, u"SRB"_s, u"TLS"_s, u"PSE"_s, u"ALA"_s })
            QVERIFY2(CustomerRequestValidator::isKnownCountryAlpha3(code), qPrintable(code));
        for (const QString &code :
             { u"XKX"_s, u"ANT"_s, u"SCG"_s, u"usa"_s, u"US"_s, u"USAA"_s, QString(), u"AAA"_s, u"ZZZ"_s })
            QVERIFY2(!CustomerRequestValidator::isKnownCountryAlpha3(code), qPrintable(code));
    }

    void fieldFromSandboxMessages_data()
    {
        addColumns<QByteArray, QString>("body", "field");
        QTest::newRow("ssn") << QByteArray("{\"ssn\":\"12\"}") << u"ssn"_s;
        QTest::newRow("email") << QByteArray("{\"email\":\"nope\"}") << u"email"_s;
        QTest::newRow("address.country")
            << QByteArray("{\"address\":{\"country\":\"usa\"}}") << u"address.country"_s;
        QTest::newRow("address unknown part")
            << QByteArray("{\"address\":{\"contry\":\"USA\"}}") << u"address"_s;
        QTest::newRow("dob part") << QByteArray("{\"dob\":{\"day\":\"1\",\"month\":1,\"year\":1990}}")
                                  << u"dob"_s;
        QTest::newRow("dob future") << QByteArray("{\"dob\":{\"day\":1,\"month\":1,\"year\":2999}}")
                                    << u"dob"_s;
        QTest::newRow("business-only field") << QByteArray("{\"ein\":\"12-3456789\"}") << u"ein"_s;
        QTest::newRow("unknown field") << QByteArray("{\"emial\":\"a@b.co\"}") << QString();
        QTest::newRow("ubo ssn") << QByteArray("{\"type\":\"business\",\"ubos\":[{\"ssn\":\"1\"}]}")
                                 << u"ubos[0].ssn"_s;
        QTest::newRow("second ubo state")
            << QByteArray("{\"type\":\"business\",\"ubos\":[{},{\"address\":{\"state\":\"california\"}}]}")
            << u"ubos[1].address.state"_s;
        QTest::newRow("ubo unknown key")
            << QByteArray("{\"type\":\"business\",\"ubos\":[{\"x\":1}]}") << u"ubos[0]"_s;
        QTest::newRow("activity") << QByteArray("{\"type\":\"business\",\"highRiskActivities\":[\"casino\"]}")
                                  << u"highRiskActivities"_s;
        QTest::newRow("disclaimer") << QByteArray("{\"type\":\"business\",\"tosAccepted\":true}")
                                    << u"tosDisclaimer"_s;
        QTest::newRow("update-only on create")
            << QByteArray("{\"employmentStatus\":\"x\"}") << u"employmentStatus"_s;
    }

    void fieldFromSandboxMessages()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QJsonObject json = parse(body);
        const QString type = json.value(u"type"_s).toString(u"individual"_s);
        json.insert(u"type"_s, type);
        SphereCustomerEditor editor(SphereCustomerEditor::newCustomer(u"customer_x"_s, type, u"now"_s), {},
                                    u"now"_s);
        QVERIFY(!editor.applyCreate(json));
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(editor.error()), field);
    }

    void fieldFromOtherMessages()
    {
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(
                     u"type is required: one of individual, business"_s),
                 u"type"_s);
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(
                     u"Customer has already been KYC'd and cannot be updated"_s),
                 QString());
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(u"Request body is not valid JSON: x"_s),
                 QString());
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(u"Idempotency-Key k was already used"_s),
                 QString());
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(QString()), QString());
        // v2 problem details point with a JSON pointer.
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(u"/ubos/0/ssn is invalid"_s),
                 u"ubos[0].ssn"_s);
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(u"/address/postalCode"_s),
                 u"address.postalCode"_s);
        QCOMPARE(CustomerRequestValidator::fieldFromVendorMessage(u"/ubos/1/dob/day: must be an integer"_s),
                 u"ubos[1].dob"_s);
    }
};

QTEST_GUILESS_MAIN(TestSphereRequests)
#include "tst_sphere_requests.moc"
