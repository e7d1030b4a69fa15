#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <QObject>
#include <QString>

class AuditTrail;
class QWidget;

// Personal data (account and routing numbers, tax ids, dates of birth, document images) stays masked
// until an analyst says why they need to see it. The gate asks for a reason (a short list, or their
// own words), writes the reveal and its reason to the audit trail, and says how long the value may
// stay shown before the view masks it again.
class PiiRevealGate : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kRevealFor { 60 };
    using ReasonProvider = std::function<std::optional<QString>(const QString &what)>;

    // Without an audit trail (the workspace could not be opened) every reveal is refused.
    PiiRevealGate(AuditTrail *audit, QWidget *dialogParent);

    // True when the analyst gave a reason and the reveal was audited; the caller then shows the
    // value for revealDuration() and masks it again.
    bool askToReveal(const QString &what, const QString &field, const QString &customerId);
    std::chrono::milliseconds revealDuration() const { return m_revealFor; }

    // Tests: answer instead of the dialog (nullopt: the analyst cancelled), and a shorter window.
    void setReasonProvider(ReasonProvider provider) { m_provider = std::move(provider); }
    void setRevealDuration(std::chrono::milliseconds duration) { m_revealFor = duration; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    std::optional<QString> askReason(const QString &what) const;

    AuditTrail *m_audit;
    QWidget *m_dialogParent;
    ReasonProvider m_provider;
    std::chrono::milliseconds m_revealFor = kRevealFor;
};
