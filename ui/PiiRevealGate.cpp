#include "PiiRevealGate.h"

#include "AuditEvents.h"
#include "AuditTrail.h"

#include <QInputDialog>

using namespace Qt::Literals::StringLiterals;

PiiRevealGate::PiiRevealGate(AuditTrail *audit, QWidget *dialogParent)
    : QObject(dialogParent), m_audit(audit), m_dialogParent(dialogParent)
{ }

std::optional<QString> PiiRevealGate::askReason(const QString &what) const
{
    if (m_provider)
        return m_provider(what);
    const QStringList reasons { tr("The customer called and we verify their details"),
                                tr("Investigating a payment or a return"),
                                tr("An auditor's or regulator's request"),
                                tr("Correcting the customer's record") };
    bool ok = false;
    const QString reason = QInputDialog::getItem(
        m_dialogParent, tr("Reveal %1").arg(what),
        tr("Why do you need to see the %1? Your reason goes to the audit trail; the value is masked again "
           "after %n second(s).",
           nullptr, int(std::chrono::duration_cast<std::chrono::seconds>(m_revealFor).count()))
            .arg(what),
        reasons, -1, false, &ok);
    if (!ok || reason.trimmed().isEmpty())
        return std::nullopt;
    return reason.trimmed();
}

bool PiiRevealGate::askToReveal(const QString &what, const QString &field, const QString &customerId)
{
    if (!m_audit) {
        Q_EMIT failed(tr("The %1 stay masked: revealing them needs the workspace's audit trail, which could "
                         "not be opened.")
                          .arg(what));
        return false;
    }
    const std::optional<QString> reason = askReason(what);
    if (!reason)
        return false;
    const auto audited = m_audit->append(AuditEvents::piiReveal(customerId, field, *reason));
    if (!audited) {
        // No trail, no reveal.
        Q_EMIT failed(tr("The value stays masked: the reveal could not be recorded (%1).")
                          .arg(audited.error().message));
        return false;
    }
    return true;
}
