#include "ReviewReasons.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
QString key(CaseDecisionKind kind)
{
    return u"review/reasons/"_s + caseDecisionWord(kind);
}
} // namespace

QStringList ReviewReasons::defaults(CaseDecisionKind kind)
{
    switch (kind) {
    case CaseDecisionKind::Approve:
        return { tr("Documents verified"), tr("Risk acceptable"), tr("Requirements met after follow-up") };
    case CaseDecisionKind::Reject:
        return { tr("Document forged or altered"), tr("Sanctions or PEP match confirmed"),
                 tr("Identity could not be verified"), tr("Prohibited business activity") };
    case CaseDecisionKind::Escalate:
        return { tr("High risk score"), tr("Possible sanctions or PEP match"), tr("Inconsistent information"),
                 tr("Needs a second opinion") };
    case CaseDecisionKind::RequestInformation:
        return { tr("Requirements outstanding"), tr("Document unreadable or expired"),
                 tr("Proof of address needed"), tr("Source of funds unclear") };
    }
    return {};
}

QStringList ReviewReasons::load(const QSettings &settings, CaseDecisionKind kind)
{
    QStringList reasons;
    for (const QString &r : settings.value(key(kind)).toStringList()) {
        if (!r.trimmed().isEmpty())
            reasons << r.trimmed();
    }
    return reasons.isEmpty() ? defaults(kind) : reasons;
}

void ReviewReasons::save(QSettings &settings, CaseDecisionKind kind, const QStringList &reasons)
{
    settings.setValue(key(kind), reasons);
}
