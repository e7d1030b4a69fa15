// CustomerFormBinding, the one mapping between a CustomerRequest and the customer form's widgets:
// a request filled into the form reads back the same (every field, both customer types, create
// and update), what fill() shows is what the analyst sees, an update's diff holds only the
// fields edited since the baseline, and a draft keeps the boxes exactly as typed.

#include "CustomerEdits.h"
#include "CustomerFormBinding.h"
#include "CustomerFormDialog.h"
#include "CustomerFormDraft.h"
#include "DocumentField.h"
#include "SphereRequestCodec.h"
#include "SphereRequestSamples.h"
#include "TestColumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QTableWidget>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPdf = QByteArray("%PDF-1.7\n") + QByteArray(64, 'd');

CustomerRequest individual(bool update)
{
    CustomerRequest r = SphereRequestSamples::individual();
    if (update) {
        r.actingAsIntermediary = false;
        r.employmentStatus = u"employed"_s;
        r.expectedMonthlyPayments = u"1000-5000"_s;
        r.mostRecentOccupation = u"Surveyor"_s;
    }
    return r;
}

CustomerRequest business(bool)
{
    return SphereRequestSamples::business();
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
    void initTestCase()
    {
        // The sample documents carry real magic bytes but no image: their previews fail, quietly.
        QLoggingCategory::setFilterRules(u"qt.gui.imageio=false"_s);
    }

    void fillThenReadGivesTheSameRequest_data()
    {
        addColumns<bool, bool>("update", "isBusiness");
        QTest::newRow("individual, create") << false << false;
        QTest::newRow("individual, update") << true << false;
        QTest::newRow("business, create") << false << true;
        QTest::newRow("business, update") << true << true;
    }

    void fillThenReadGivesTheSameRequest()
    {
        QFETCH(bool, update);
        QFETCH(bool, isBusiness);
        CustomerFormDialog dialog(
            update ? CustomerFormDialog::Mode::Update : CustomerFormDialog::Mode::Create, nullptr, nullptr);
        const CustomerRequest request = isBusiness ? business(update) : individual(update);
        dialog.binding().fill(request);
        const CustomerRequest read = dialog.binding().read();
        QVERIFY2(read == request, mismatch(read, request).constData());
        QCOMPARE(dialog.request(), request);
        // The documents keep their bytes and what they were found to be.
        const auto proof = read.proofOfAddressDocument;
        QVERIFY(proof);
        QCOMPARE(proof->content, request.proofOfAddressDocument->content);
        QCOMPARE(proof->type, DocumentInspector::Type::Pdf); // inspected when shown
    }

    void fillShowsTheValuesInTheirBoxes()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        dialog.binding().fill(business(false));
        QCOMPARE(dialog.findChild<QComboBox *>(u"typeComboBox"_s)->currentData().toString(), u"business"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"nameLineEdit"_s)->text(), u"Acme Widgets LLC"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"countryLineEdit"_s)->text(), u"USA"_s);
        QCOMPARE(dialog.findChild<QLineEdit *>(u"expectedMonthlyPaymentsUsdLineEdit"_s)->text(),
                 u"25000.5"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"revenueComboBox"_s)->currentData().toString(),
                 u"_1000000_9999999"_s);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"ubosTableWidget"_s)->item(0, 0)->text(), u"Ann Owner"_s);
        QVERIFY(dialog.findChild<DocumentField *>(u"statementOfFundsField"_s)->hasDocument());
    }

    void diffHoldsOnlyTheEditedFields()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Update, nullptr, nullptr);
        CustomerRequest baseline = business(true);
        baseline.ubos.clear(); // the update form starts without owners (CustomerFormDialog::setCustomer)
        dialog.binding().fill(baseline);
        QVERIFY2(CustomerEdits::isEmpty(dialog.binding().diff(baseline)),
                 wire(dialog.binding().diff(baseline)).constData());

        auto *email = dialog.findChild<QLineEdit *>(u"emailLineEdit"_s);
        email->selectAll();
        QTest::keyClicks(email, u"billing@acme.example"_s);
        auto *city = dialog.findChild<QLineEdit *>(u"cityLineEdit"_s);
        city->clear();
        QTest::keyClicks(city, u"Berkeley"_s);

        CustomerRequest expected;
        expected.email = u"billing@acme.example"_s;
        expected.address = Address {};
        expected.address->city = u"Berkeley"_s;
        const CustomerRequest diff = dialog.binding().diff(baseline);
        QVERIFY2(diff == expected, mismatch(diff, expected).constData());
        QCOMPARE(wire(diff), QByteArray(R"({"address":{"city":"Berkeley"},"email":"billing@acme.example"})"));
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
            QCOMPARE(restored.findChild<QLineEdit *>(name)->text(),
                     dialog.findChild<QLineEdit *>(name)->text());
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
        QCOMPARE(r.ubos.size(), 2);
        QCOMPARE(dialog.findChild<QTableWidget *>(u"ubosTableWidget"_s)->item(0, 0)->text(), u"Ann Owner"_s);
        // Written again, the same bytes: the layout is unchanged.
        QCOMPARE(CustomerFormDraft::fromBytes(draft->toBytes())->fields, fields);
    }

    // Yes / No / not answered is said in words and maps to true / false / absent in the request;
    // a draft of a build with tri-state check boxes keeps its answers.
    void yesNoAnswersAreExplicit()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        dialog.binding().fill(business(false));
        auto *thirdParty = dialog.findChild<QComboBox *>(u"thirdPartyComboBox"_s);
        auto *highVolume = dialog.findChild<QComboBox *>(u"highVolumeComboBox"_s);
        auto *prohibited = dialog.findChild<QComboBox *>(u"operatesInProhibitedCountriesComboBox"_s);
        auto *transmits = dialog.findChild<QComboBox *>(u"transmitsCustomerFundsComboBox"_s);
        QVERIFY(thirdParty && highVolume && prohibited && transmits);
        QVERIFY(!dialog.findChild<QCheckBox *>(u"thirdPartyCheckBox"_s));
        QCOMPARE(thirdParty->count(), 3);
        QCOMPARE(thirdParty->itemText(0), u"(not answered)"_s);
        QCOMPARE(thirdParty->itemText(1), u"Yes"_s);
        QCOMPARE(thirdParty->itemText(2), u"No"_s);
        thirdParty->setCurrentIndex(1);
        prohibited->setCurrentIndex(2);
        transmits->setCurrentIndex(0);
        CustomerRequest r = dialog.binding().read();
        QCOMPARE(r.thirdParty, std::optional<bool>(true));
        QCOMPARE(r.operatesInProhibitedCountries, std::optional<bool>(false));
        QVERIFY(!r.transmitsCustomerFunds.has_value());
        const QJsonObject body = QJsonDocument::fromJson(wire(r)).object();
        QCOMPARE(body.value(u"thirdParty"_s), QJsonValue(true));
        QCOMPARE(body.value(u"operatesInProhibitedCountries"_s), QJsonValue(false));
        QVERIFY(!body.contains(u"transmitsCustomerFunds"_s));

        CustomerRequest filled = business(false);
        filled.highVolume = std::nullopt;
        filled.thirdParty = false;
        dialog.binding().fill(filled);
        QCOMPARE(highVolume->currentIndex(), 0);
        QCOMPARE(thirdParty->currentText(), u"No"_s);

        CustomerFormDialog old(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        old.binding().restoreFields({ { u"typeComboBox"_s, 1 },
                                      { u"thirdPartyCheckBox"_s, int(Qt::Checked) },
                                      { u"highVolumeCheckBox"_s, int(Qt::Unchecked) },
                                      { u"transmitsCustomerFundsCheckBox"_s, int(Qt::PartiallyChecked) } });
        r = old.binding().read();
        QCOMPARE(r.thirdParty, std::optional<bool>(true));
        QCOMPARE(r.highVolume, std::optional<bool>(false));
        QVERIFY(!r.transmitsCustomerFunds.has_value());
    }

    // "None of the above" and an activity exclude each other as the analyst ticks them.
    void noneOfTheAboveIsExclusive()
    {
        CustomerFormDialog dialog(CustomerFormDialog::Mode::Create, nullptr, nullptr);
        dialog.findChild<QComboBox *>(u"typeComboBox"_s)->setCurrentIndex(1);
        auto *list = dialog.findChild<QListWidget *>(u"highRiskActivitiesListWidget"_s);
        QVERIFY(list);
        const auto item = [list](const QString &value) -> QListWidgetItem * {
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->data(Qt::UserRole).toString() == value)
                    return list->item(i);
            return nullptr;
        };
        QListWidgetItem *gambling = item(u"gambling"_s);
        QListWidgetItem *weapons = item(u"weapons_firearms_and_explosives"_s);
        QListWidgetItem *none = item(u"none_of_the_above"_s);
        QVERIFY(gambling && weapons && none);
        gambling->setCheckState(Qt::Checked);
        weapons->setCheckState(Qt::Checked);
        none->setCheckState(Qt::Checked);
        QCOMPARE(gambling->checkState(), Qt::Unchecked);
        QCOMPARE(weapons->checkState(), Qt::Unchecked);
        QCOMPARE(dialog.binding().read().highRiskActivities, QStringList { u"none_of_the_above"_s });
        gambling->setCheckState(Qt::Checked);
        QCOMPARE(none->checkState(), Qt::Unchecked);
        QCOMPARE(dialog.binding().read().highRiskActivities, QStringList { u"gambling"_s });
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
        QCOMPARE(order,
                 (QStringList { u"firstNameLineEdit"_s, u"lastNameLineEdit"_s, u"dobLineEdit"_s,
                                u"ssnLineEdit"_s }));
    }
};

QTEST_MAIN(TestCustomerFormBinding)
#include "tst_customer_form_binding.moc"
