#pragma once

#include "ReviewTypes.h"
#include "SphereTypes.h"

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
class QTreeView;
class ReviewStore;

// The "Case" page of the selected customer: the analyst's decisions on it (approve, reject,
// escalate, request information — one shortcut each, a reason from the short list, then the
// window moves to the next customer) with undo of the last one for a few seconds, and the notes
// analysts left, with a box to add one. Everything goes through ReviewStore, so each step is in
// the audit trail.
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
};
