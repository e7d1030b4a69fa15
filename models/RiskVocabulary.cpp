#include "RiskVocabulary.h"

#include <cmath>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
QString described(const QString &description, const QString &raw)
{
    return description.isEmpty() ? raw : RiskVocabulary::tr("%1 (%2)").arg(description, raw);
}
} // namespace

QString RiskVocabulary::signalDescription(const QString &key)
{
    if (key == u"emailDomainLevel")
        return tr("Email address at a disposable-mail domain");
    if (key == u"emailVerificationLevel")
        return tr("Email address not verified");
    if (key == u"phoneCountryMismatch")
        return tr("Phone country differs from address country");
    if (key == u"ageLevel")
        return tr("Customer under 18 by date of birth");
    if (key == u"nameMatchLevel")
        return tr("Name differs from a verified source");
    if (key == u"phoneVelocity")
        return tr("Phone number shared with other customers");
    if (key == u"taxIdVelocity")
        return tr("Tax id shared with other customers");
    if (key == u"transactionAmountLevel")
        return tr("Large transaction amount");
    return {};
}

QString RiskVocabulary::checkpointDescription(const QString &name)
{
    if (name == u"riskLevel")
        return tr("Overall customer risk");
    if (name == u"customerPurchaseLevel")
        return tr("Purchase (transaction) risk");
    if (name == u"emailLevel")
        return tr("Email risk");
    if (name == u"historicalLevel")
        return tr("History and identity consistency");
    if (name == u"phoneLevel")
        return tr("Phone risk");
    if (name == u"taxIdLevel")
        return tr("Tax id risk");
    return {};
}

QString RiskVocabulary::ruleDescription(const QString &ruleId)
{
    if (ruleId == u"SBX-EMAIL-DISPOSABLE")
        return tr("Disposable email domain");
    if (ruleId == u"SBX-EMAIL-UNVERIFIED")
        return tr("Unverified email");
    if (ruleId == u"SBX-PHONE-COUNTRY")
        return tr("Phone country differs from address country");
    if (ruleId == u"SBX-AGE-MINOR")
        return tr("Customer is under 18");
    if (ruleId == u"SBX-NAME-MISMATCH")
        return tr("Name differs from personal info of a verification");
    if (ruleId == u"SBX-SHARED-PHONE")
        return tr("Phone already checked for another customer");
    if (ruleId == u"SBX-SHARED-TAXID")
        return tr("Tax id already checked for another customer");
    if (ruleId == u"SBX-TX-ELEVATED")
        return tr("Transaction amount of 3,000 or more");
    if (ruleId == u"SBX-TX-LARGE")
        return tr("Transaction amount of 10,000 or more");
    return {};
}

QString RiskVocabulary::signalText(const QString &key)
{
    return described(signalDescription(key), key);
}

QString RiskVocabulary::checkpointText(const QString &name)
{
    return described(checkpointDescription(name), name);
}

QString RiskVocabulary::ruleText(const QString &ruleId)
{
    return described(ruleDescription(ruleId), ruleId);
}

QString RiskVocabulary::scoreText(double score)
{
    return tr("%1 / 100").arg(QLocale().toString(score, 'f', score == std::floor(score) ? 0 : 1));
}

QString RiskVocabulary::scoreExplanation()
{
    return tr("Sardine's machine-learning risk score, from 0 (least risky) to 100 (most risky). "
              "Sardine documents no score bands: decide on the risk level (low, medium, high, "
              "very high), which Sardine's rules set and calls the only field to decide on.");
}
