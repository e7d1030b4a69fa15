// Risk signals and the checkpoint tree under QAbstractItemModelTester; unknown values shown as
// sent, a missing checkpoint shown as missing (never as "low").

#include "CheckpointTreeModel.h"
#include "RiskSignalModel.h"
#include "RiskVocabulary.h"
#include "SardineCodec.h"
#include "StatusText.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRiskModels : public QObject
{
    Q_OBJECT

private:
    static RiskResult sample()
    {
        const QByteArray body
            = R"({"sessionKey":"k","level":"high","status":"Success","customer":{"score":91,"level":"high",
            "signals":[{"key":"emailDomainLevel","value":"high","reasonCodes":["DISPOSABLE"]},
                       {"key":"quantumFlux","value":"ultra"},{"key":"velocity","value":3}]},
            "checkpoints":{"customer":{"riskLevel":{"value":"high","ruleIds":["R101","R207","SBX-PHONE-COUNTRY"]},
                                       "emailLevel":{"value":"high","ruleIds":["R101"]},
                                       "historicalLevel":{"value":"low","ruleIds":[]}}}})";
        return SardineCodec::decodeRiskResponse(200, body).value();
    }

private Q_SLOTS:
    // The risk panel's badges and the book's status colours read one mapping.
    void riskLevelTones()
    {
        QCOMPARE(StatusText::tone(RiskLevel::Low), StatusText::Tone::Good);
        QCOMPARE(StatusText::tone(RiskLevel::Medium), StatusText::Tone::Attention);
        QCOMPARE(StatusText::tone(RiskLevel::High), StatusText::Tone::Bad);
        QCOMPARE(StatusText::tone(RiskLevel::VeryHigh), StatusText::Tone::Bad);
        QCOMPARE(StatusText::tone(RiskLevel::Unknown), StatusText::Tone::Neutral);
        QCOMPARE(StatusText::toneForWire(u"declined"_s), StatusText::Tone::Bad);
        QCOMPARE(StatusText::toneForWire(u"additionalReviewRequired"_s), StatusText::Tone::Attention);
        QCOMPARE(StatusText::toneForWire(u"somethingNew"_s), StatusText::Tone::Neutral);
    }

    void signals()
    {
        RiskSignalModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSignals(sample().signals);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, RiskSignalModel::ReasonCodes).data().toString(), u"DISPOSABLE"_s);
        // A documented key reads as words with the raw key beside it; an unknown key as sent.
        QCOMPARE(model.index(0, RiskSignalModel::Key).data().toString(),
                 u"Email address at a disposable-mail domain (emailDomainLevel)"_s);
        QCOMPARE(model.index(0, RiskSignalModel::Key).data(RiskSignalModel::RawKeyRole).toString(),
                 u"emailDomainLevel"_s);
        QCOMPARE(model.index(1, RiskSignalModel::Key).data().toString(), u"quantumFlux"_s);
        QCOMPARE(model.index(1, RiskSignalModel::Key).data(RiskSignalModel::RawKeyRole).toString(),
                 u"quantumFlux"_s);
        QCOMPARE(model.index(1, RiskSignalModel::Value).data().toString(),
                 u"ultra"_s); // unknown level: as sent
        QCOMPARE(model.index(2, RiskSignalModel::Value).data().toString(), u"3"_s);
        QCOMPARE(model.index(2, RiskSignalModel::ReasonCodes).data().toString(), u"—"_s);
        model.setSignals({});
        QCOMPARE(model.rowCount(), 0);
    }

    // The score is out of 100 and its tooltip says how to read it.
    void scoreScale()
    {
        QCOMPARE(RiskVocabulary::scoreText(40), QLocale().toString(40.0, 'f', 0) + u" / 100"_s);
        QCOMPARE(RiskVocabulary::scoreText(40.5), QLocale().toString(40.5, 'f', 1) + u" / 100"_s);
        QVERIFY(RiskVocabulary::scoreExplanation().contains(u"0 (least risky) to 100"_s));
        QVERIFY(RiskVocabulary::signalDescription(u"notInTheCatalogue"_s).isEmpty());
        QCOMPARE(RiskVocabulary::signalText(u"phoneCountryMismatch"_s),
                 u"Phone country differs from address country (phoneCountryMismatch)"_s);
    }

    void checkpointTree()
    {
        CheckpointTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCheckpoints(sample().customerCheckpoints);
        // 3 returned + the documented one that is missing (customerPurchaseLevel).
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.valueOf(u"riskLevel"_s), std::optional<QString>(u"high"_s));
        QVERIFY(!model.valueOf(u"phoneLevel"_s).has_value());
        int missing = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex name = model.index(row, CheckpointTreeModel::Name);
            const QModelIndex value = model.index(row, CheckpointTreeModel::Value);
            if (name.data(CheckpointTreeModel::MissingRole).toBool()) {
                ++missing;
                QVERIFY(value.data().toString().contains(u"missing"_s));
                QVERIFY(!value.data().toString().contains(u"low"_s));
                QCOMPARE(model.rowCount(name), 0);
            }
            if (name.data(CheckpointTreeModel::NameRole).toString() == u"riskLevel") {
                QCOMPARE(name.data().toString(), u"Overall customer risk (riskLevel)"_s);
                QCOMPARE(model.rowCount(name), 3);
                QCOMPARE(model.index(1, 0, name).data(CheckpointTreeModel::RuleIdRole).toString(), u"R207"_s);
                QCOMPARE(model.index(1, 0, name).data().toString(), u"rule R207"_s); // unknown: as sent
                QCOMPARE(model.index(2, 0, name).data().toString(),
                         u"rule SBX-PHONE-COUNTRY — Phone country differs from address country"_s);
                QCOMPARE(model.index(2, 0, name).data(CheckpointTreeModel::RuleIdRole).toString(),
                         u"SBX-PHONE-COUNTRY"_s);
                QCOMPARE(model.parent(model.index(1, 0, name)), name);
            }
        }
        QCOMPARE(missing, 1);
        model.setCheckpoints({ Checkpoint { u"deviceLevel"_s, u"low"_s, {}, {}, {} } }, {});
        QCOMPARE(model.index(0, CheckpointTreeModel::Name).data().toString(), u"deviceLevel"_s);
        model.setCheckpoints({}, {});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRiskModels)
#include "tst_risk_models.moc"
