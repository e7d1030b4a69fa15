#pragma once

#include <QCoreApplication>
#include <QString>

// What Sardine's signal keys, checkpoint names and rule ids mean, in an analyst's words. The
// catalogue holds the documented ones: the checkpoints of sardine-post-customer-information.txt
// and vendor-notes (phoneLevel, taxIdLevel), and the sandbox's signals and rules
// (sandbox/README.md, "Sardine rules"). Anything else is shown exactly as sent, never hidden.
class RiskVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(RiskVocabulary)

public:
    // The description, or an empty string when the key is not in the catalogue.
    static QString signalDescription(const QString &key);
    static QString checkpointDescription(const QString &name);
    static QString ruleDescription(const QString &ruleId);

    // "Description (rawKey)" for a known key, the raw key alone otherwise.
    static QString signalText(const QString &key);
    static QString checkpointText(const QString &name);
    static QString ruleText(const QString &ruleId);

    // Sardine's customer score: 0–100, higher is riskier; the level is what to decide on.
    static QString scoreText(double score);
    static QString scoreExplanation();
};
