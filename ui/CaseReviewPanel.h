#pragma once

#include "QueueClaims.h"
#include "ReviewTypes.h"
#include "SphereTypes.h"

#include <functional>
#include <QElapsedTimer>
#include <QWidget>

class AuditTrail;
class CaseDecisionModel;
class CustomerNoteModel;
class QAction;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QTimer;
class QTreeView;
class ReviewStore;

// The "Case" page of the selected customer: the analyst's decisions on it (approve, reject,
// escalate, request information — one shortcut each, a reason from the short list, then the
// window moves to the next customer) with undo of the last one for a few seconds, and the notes
// analysts left, with a box to add one. Everything goes through ReviewStore, so each step is in
// the audit trail.
//
// On a team server the page also claims the customer it shows (renewed while it stays open, given
// back on leaving), says who holds a customer another analyst is working and keeps its decisions
// closed then, and offers the second analyst's confirm / return on a decision awaiting four eyes.
class CaseReviewPanel : public QWidget
{
    Q_OBJECT

public:
    CaseReviewPanel(ReviewStore *review, AuditTrail *audit, QSettings *settings, QWidget *parent = nullptr);

    void setCustomer(const Customer &customer);
    void clear();
    QList<QAction *> decisionActions() const { return m_decisionActions; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *auditTrailAction() const { return m_auditTrailAction; }
    QAction *confirmAction() const { return m_confirmAction; }
    QAction *returnAction() const { return m_returnAction; }

    void setQueueClaims(QueueClaims *claims);
    // Working a queue: the customer shown is claimed. Browsing the whole book: it is only read who
    // holds it (a claim is an analyst's intent to work a customer, not a glance).
    void setClaiming(bool claiming);
    // The latest Sardine level kept for a customer (the four-eyes rule looks at it).
    void setRiskLevelSource(std::function<QString(const QString &customerId)> source)
    {
        m_riskLevel = std::move(source);
    }
    // Another desk changed this customer's case: read it again.
    void reloadIfShowing(const QString &customerId);
    // Gives back the customer this desk holds (leaving, closing).
    void releaseClaim();

Q_SIGNALS:
    void decided(const CaseDecision &decision);
    void undone(const CaseDecision &decision);
    void failed(const QString &message);
    // What was just done, naming the customer (the window moves on to the next one at once).
    void notice(const QString &message);

private:
    void askAndDecide(CaseDecisionKind kind);
    void record(const Customer &customer, CaseDecisionKind kind, const QString &reason,
                const QString &comment);
    void undoLast();
    void addNote();
    void refresh();
    void updateActions();

    void openAuditTrail();
    void takeClaim();
    // Who holds the customer shown, without renewing anything; claims it only when it is free and
    // the page is claiming. What a notification from another desk leads to.
    void lookAtHolder();
    void showHolder(const std::optional<QueueClaim> &claim);
    void giveSecondOpinion(bool confirm);
    std::optional<CaseDecision> awaitingMyOpinion() const;

    ReviewStore *m_review;
    AuditTrail *m_audit;
    QSettings *m_settings;
    std::optional<Customer> m_customer;
    std::optional<CaseDecision> m_lastDecision;
    QString m_lastDecisionName;
    QElapsedTimer m_sinceLastDecision;
    CaseDecisionModel *m_decisionModel;
    CustomerNoteModel *m_noteModel;
    QTreeView *m_decisionsView;
    QTreeView *m_notesView;
    QPlainTextEdit *m_notePlainTextEdit;
    QPushButton *m_addNotePushButton;
    QLabel *m_statusLabel;
    QList<QAction *> m_decisionActions;
    QAction *m_undoAction;
    QAction *m_auditTrailAction;
    QAction *m_confirmAction;
    QAction *m_returnAction;
    QList<CaseDecision> m_decisions;
    QueueClaims *m_claims = nullptr;
    bool m_claiming = false;
    QString m_claimedId;
    std::optional<QueueClaim> m_heldByOther;
    QTimer *m_renewTimer;
    std::function<QString(const QString &)> m_riskLevel;
};
