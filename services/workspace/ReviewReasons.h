#pragma once

#include "ReviewTypes.h"

#include <QCoreApplication>
#include <QStringList>

class QSettings;

// The short list of reasons offered with each kind of decision. Kept in the settings file
// (review/reasons/<word>, a list) so a team can edit it; the defaults below until it does.
class ReviewReasons
{
    Q_DECLARE_TR_FUNCTIONS(ReviewReasons)

public:
    static QStringList defaults(CaseDecisionKind kind);
    static QStringList load(const QSettings &settings, CaseDecisionKind kind);
    static void save(QSettings &settings, CaseDecisionKind kind, const QStringList &reasons);
};
