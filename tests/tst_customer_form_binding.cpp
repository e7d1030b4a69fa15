// CustomerFormBinding, the one mapping between a CustomerRequest and the customer form's widgets:
// a request filled into the form reads back the same (every field, both customer types, create
// and update), what fill() shows is what the analyst sees, an update's diff holds only the
// fields edited since the baseline, and a draft keeps the boxes exactly as typed.

#include "CustomerFormBinding.h"
#include "CustomerFormDialog.h"
#include "CustomerFormDraft.h"
#include "DocumentField.h"
#include "CustomerEdits.h"
#include "SphereRequestCodec.h"

#include <QBuffer>
#include <QComboBox>
#include <QDataStream>
#include <QImage>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

// Files are only inspected and previewed here, never sent: a real small PNG, and a PDF header.
QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
const QByteArray kPdf = QByteArray("%PDF-1.7\n") + QByteArray(64, 'd');

DocumentUpload document(const QString &name, const QByteArray &content)
{
    return { name, content, DocumentInspector::detect(content) };
}

Address address()
{
    Address a;
    a.line1 = u"1 Test Way"_s;
    a.line2 = u"Suite 5"_s;
    a.city = u"Oakland"_s;
    a.postalCode = u"94607"_s;
    a.state = u"CA"_s;
    a.country = u"USA"_s;
    return a;
}

CustomerRequest individual(bool update)
{
    CustomerRequest r;
    r.type = u"individual"_s;
    r.hasMeta = true;
    r.meta.insert(u"crm"_s, u"A-17"_s);
    r.lookupKey = u"avery-key"_s;
    r.email = u"avery@example.test"_s;
    r.website = u"https://avery.example"_s;
    r.highVolume = false;
    r.phoneNumber = u"+14155550123"_s;
    r.address = address();
    r.proofOfAddressDocument = document(u"bill.pdf"_s, kPdf);
    r.firstName = u"Avery"_s;
    r.lastName = u"Quill"_s;
    r.dob = DateOfBirth { 14, 7, 1988 };
    r.ssn = u"123-45-6789"_s;
    r.identityDocumentFront = document(u"front.png"_s, pngBytes());
    r.identityDocumentBack = document(u"back.pdf"_s, kPdf);
    if (update) {
        r.actingAsIntermediary = false;
        r.employmentStatus = u"employed"_s;
        r.expectedMonthlyPayments = u"1000-5000"_s;
        r.mostRecentOccupation = u"Surveyor"_s;
    }
    return r;
}

CustomerRequest business(bool update)
{
    CustomerRequest r;
    r.type = u"business"_s;
    r.hasMeta = update; // an update always sends meta whole; a create only when there is some
    r.email = u"ops@lantern.example"_s;
    r.phoneNumber = u"+14155550199"_s;
    r.highVolume = true;
    r.address = address();
    r.proofOfAddressDocument = document(u"lease.pdf"_s, kPdf);
    r.businessType = u"business"_s;
    r.ein = u"12-3456789"_s;
    r.name = u"Lantern Freight LLC"_s;
    r.description = u"Freight forwarding\nand storage"_s;
    r.thirdParty = true;
    r.thirdPartyMessage = u"On behalf of Harbor Co"_s;
    r.tosAccepted = true;
    r.tosDisclaimer = QString::fromUtf16(kSphereTosDisclaimer);
    r.hasUbos = true;
    UboRequest owner;
    owner.firstName = u"Rowan"_s;
    owner.lastName = u"Vale"_s;
    owner.ssn = u"987-65-4321"_s;
    owner.identityDocumentFront = document(u"rowan.png"_s, pngBytes());
    r.ubos = { owner };
    r.incorporationDocument = document(u"inc.pdf"_s, kPdf);
    r.shareholderDocument = document(u"shares.pdf"_s, kPdf);
    r.statementOfFunds = document(u"funds.png"_s, pngBytes());
    r.estimatedAnnualRevenueUsd = u"_100000_999999"_s;
    r.expectedMonthlyPaymentsUsd = 25000.75;
    r.operatesInProhibitedCountries = false;
    r.highRiskActivities = QStringList { u"gambling"_s, u"money_services"_s };
    r.sourceOfFundsDescription = u"Customer payments"_s;
    r.transmitsCustomerFunds = true;
    r.transmitsCustomerFundsDescription = u"Wire transfers"_s;
    return r;
}

QByteArray wire(const CustomerRequest &r)
{
    return SphereRequestCodec::encodeBody(r);
}

// Both requests on the wire, for a failure message.
QByteArray mismatch(const CustomerRequest &actual, const CustomerRequest &expected)
{
    return QByteArray(wire(actual) + "\n!=\n" + wire(expected));
}

} // namespace

class TestCustomerFormBinding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillThenReadGivesTheSameRequest_data()
    {
        QTest::addColumn<bool>("update");
        QTest::addColumn<bool>("isBusiness");
        QTest::newRow("individual, create") << false << false;
        QTest::newRow("individual, update") << true << false;
        QTest::newRow("business, create") << false << true;
        QTest::newRow("business, update") << true << true;
    }

    void fillThenReadGivesTheSameRequest()
    {
        QFETCH(bool, update);
        QFETCH(bool, isBusiness);
        CustomerFormDialog dialog(update ? CustomerFormDialog::Mode::Update : CustomerFormDialog::Mode::Create,
                                  nullptr, nullptr);
        const CustomerRequest request = isBusiness ? business(update) : individual(update);
        dialog.binding().fill(request);
        const CustomerRequest read = dialog.binding().read();
        QVERIFY2(read == request, mismatch(read, request).constData());
        QCOMPARE(dialog.request(), request);
        // The documents keep their bytes and what they were found to be.
        const auto proof = read.proofOfAddressDocument;
        QVERIFY(proof);
        QCOMPARE(proof->content, kPdf);
        QCOMPARE(proof->type, DocumentInspector::Type::Pdf);
    }

    void fillShowsTheValuesInTheirBoxes()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        dialog.binding().fill(business(false));
        QCOMPARE(dialog.findChild<QComboBox *>(u"typeComboBox"_s)->currentData().toString(), u"business"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"Lantern Freight LLC"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"countryLineEdit"_s)->text(), u"USA"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"expectedMonthlyPaymentsUsdLineEdit"_s)->text(), u"25000.75"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"revenueComboBox"_s)->currentData().toString(),
                 u"_100000_999999"_s);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"ubosTableWidget"_s)->item(0, 0)->text(), u"Rowan Vale"_s);
        QVERIFY(dialog.findChild<DocumentField *>(u"statementOfFundsField"_s)->hasDocument());
    }

    void diffHoldsOnlyTheEditedFields()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Update, nullptr, nullptr);
        CustomerRequest baseline = business(true);
        baseline.ubos.clear(); // the update form starts without owners (CustomerFormDialog::setCustomer)
        dialog.binding().fill(baseline);
        QVERIFY2(CustomerEdits::isEmpty(dialog.binding().diff(baseline)), wire(dialog.binding().diff(baseline)).constData());

        auto *email = dialog.findChild<QLineEdit *>(u"emailLineEdit"_s);
        email->selectAll();
        QTest::keyClicks(email, u"billing@lantern.example"_s);
        auto *city = dialog.findChild<QLineEdit *>(u"cityLineEdit"_s);
        city->clear();
        QTest::keyClicks(city, u"Berkeley"_s);

        CustomerRequest expected;
        expected.email = u"billing@lantern.example"_s;
        expected.address = Address {};
        expected.address->city = u"Berkeley"_s;
        const CustomerRequest diff = dialog.binding().diff(baseline);
        QVERIFY2(diff == expected, mismatch(diff, expected).constData());
        QCOMPARE(wire(diff), QByteArray(R"({"address":{"city":"Berkeley"},"email":"billing@lantern.example"})"));
    }

    void draftKeepsTheBoxesAsTyped()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        dialog.binding().fill(individual(false));
        // What the request cannot hold, or holds trimmed: the draft keeps it as typed.
        dialog.findChild<QLineEdit *>(u"dobLineEdit"_s)->setText(u"1988-07"_s);
        dialog.findChild<QLineEdit *>(u"firstNameLineEdit"_s)->setText(u" Avery "_s);
        dialog.findChild<QLineEdit *>(u"stateLineEdit"_s)->setText(u"ca"_s);
        const QVariantMap fields = dialog.binding().captureFields();
        const QVariantMap documents = dialog.binding().captureDocuments();
        QCOMPARE(fields.value(u"dobLineEdit"_s).toString(), u"1988-07"_s);

        CustomerFormDialog restored(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        restored.binding().restoreFields(fields);
        restored.binding().restoreDocuments(documents);
        for (const QString &name : { u"dobLineEdit"_s, u"firstNameLineEdit"_s, u"stateLineEdit"_s })
            QCOMPARE(restored.findChild<QLineEdit *>(name)->text(), dialog.findChild<QLineEdit *>(name)->text());
        QCOMPARE(restored.binding().captureFields(), fields);
        QVERIFY(restored.binding().read() == dialog.binding().read());
    }

    // A draft saved by a build before the binding (format 1, boxes by object name) restores.
    void draftOfAnEarlierBuildRestores()
    {
        QVariantMap fields { { u"typeComboBox"_s, 1 },
                             { u"nameLineEdit"_s, u"Lantern Freight LLC"_s },
                             { u"cityLineEdit"_s, u"Oakland"_s },
                             { u"tosAcceptedCheckBox"_s, int(Qt::Checked) },
                             { u"revenueComboBox"_s, 2 },
                             { u"highRiskActivitiesListWidget"_s, QStringList { u"gambling"_s } },
                             { u"descriptionPlainTextEdit"_s, u"Freight"_s },
                             { u"metaTableWidget"_s, QStringList { u"crm"_s, u"A-17"_s } } };
        QVariantMap documents { { u"incorporationDocumentField"_s, QVariantList { u"inc.pdf"_s, kPdf } } };
        CustomerRequest owners;
        owners.type = u"business"_s;
        owners.hasUbos = true;
        owners.ubos = business(false).ubos;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_4);
        stream << qint32(1) << qint32(0) << QString() << false << fields << documents << wire(owners)
               << QByteArray("key-1");

        const std::optional<CustomerFormDraft> draft = CustomerFormDraft::fromBytes(bytes);
        QVERIFY(draft);
        QCOMPARE(draft->idempotencyKey, QByteArray("key-1"));
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        dialog.binding().restoreFields(draft->fields);
        dialog.binding().restoreDocuments(draft->documents);
        dialog.binding().setOwners(draft->owners);
        const CustomerRequest r = dialog.binding().read();
        QVERIFY(r.isBusiness());
        QCOMPARE(r.name, u"Lantern Freight LLC"_s);
        QCOMPARE(r.address->city, u"Oakland"_s);
        QCOMPARE(r.tosAccepted, true);
        QCOMPARE(r.estimatedAnnualRevenueUsd, u"_100000_999999"_s);
        QCOMPARE(r.highRiskActivities, QStringList { u"gambling"_s });
        QCOMPARE(r.description, u"Freight"_s);
        QCOMPARE(r.meta.value(u"crm"_s).toString(), u"A-17"_s);
        QCOMPARE(r.incorporationDocument->content, kPdf);
        QCOMPARE(r.ubos.size(), 1);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"ubosTableWidget"_s)->item(0, 0)->text(), u"Rowan Vale"_s);
        // Written again, the same bytes: the layout is unchanged.
        QCOMPARE(CustomerFormDraft::fromBytes(draft->toBytes())->fields, fields);
    }

    // Tab walks the boxes in the order they are shown, the issue labels' cells notwithstanding.
    void tabFollowsTheFormOrder()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        QStringList order;
        QWidget *w = dialog.findChild<QLineEdit *>(u"firstNameLineEdit"_s);
        for (int i = 0; i < 4 && w; ++i) {
            order.append(w->objectName());
            do
                w = w->nextInFocusChain();
            while (w && w->focusPolicy() == Qt::NoFocus);
        }
        QCOMPARE(order, (QStringList { u"firstNameLineEdit"_s, u"lastNameLineEdit"_s, u"dobLineEdit"_s, u"ssnLineEdit"_s }));
    }
};

QTEST_MAIN(TestCustomerFormBinding)
#include "tst_customer_form_binding.moc"
