#include "CaseReviewPanel.h"

#include "AuditTrail.h"
#include "AuditTrailDialog.h"
#include "CaseDecisionModel.h"
#include "CustomerNoteModel.h"
#include "DecisionDialog.h"
#include "FlowLayout.h"
#include "ReviewReasons.h"
#include "ReviewStore.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
struct DecisionActionRow
{
    CaseDecisionKind kind;
    const char *text;
    const char *objectName;
    Qt::Key key;
};

constexpr DecisionActionRow kDecisionActions[] = {
    { CaseDecisionKind::Approve, QT_TRANSLATE_NOOP("CaseReviewPanel", "&Approve…"), "approveAction",
      Qt::Key_A },
    { CaseDecisionKind::Reject, QT_TRANSLATE_NOOP("CaseReviewPanel", "&Reject…"), "rejectAction", Qt::Key_R },
    { CaseDecisionKind::Escalate, QT_TRANSLATE_NOOP("CaseReviewPanel", "&Escalate…"), "escalateAction",
      Qt::Key_E },
    { CaseDecisionKind::RequestInformation, QT_TRANSLATE_NOOP("CaseReviewPanel", "Request &information…"),
      "requestInformationAction", Qt::Key_I },
};

// A button that triggers `action`, named after it, and follows its enabled state with `follow`.
QPushButton *buttonFor(QAction *action, QWidget *parent, void (QPushButton::*follow)(bool))
{
    auto *button = new QPushButton(action->text(), parent);
    button->setObjectName(action->objectName().replace(u"Action"_s, u"PushButton"_s));
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::enabledChanged, button, follow);
    (button->*follow)(action->isEnabled());
    return button;
}

QTreeView *recordView(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    // Times, names and short words fit their text; the last column (comment, note) takes the rest.
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setStretchLastSection(true);
    return view;
}
} // namespace

CaseReviewPanel::CaseReviewPanel(ReviewStore *review, AuditTrail *audit, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_review(review)
    , m_audit(audit)
    , m_settings(settings)
    , m_decisionModel(new CaseDecisionModel(this))
    , m_noteModel(new CustomerNoteModel(this))
    , m_decisionsView(recordView(m_decisionModel, u"decisionsTreeView"_s, this))
    , m_notesView(recordView(m_noteModel, u"notesTreeView"_s, this))
    , m_notePlainTextEdit(new QPlainTextEdit(this))
    , m_addNotePushButton(new QPushButton(tr("Add &note"), this))
    , m_statusLabel(new QLabel(this))
    , m_undoAction(new QAction(tr("&Undo last decision"), this))
    , m_auditTrailAction(new QAction(tr("Audit &trail…"), this))
    , m_confirmAction(new QAction(tr("&Confirm decision (second analyst)…"), this))
    , m_returnAction(new QAction(tr("Re&turn decision (second analyst)…"), this))
    , m_renewTimer(new QTimer(this))
{
    for (const DecisionActionRow &row : kDecisionActions) {
        auto *action = new QAction(tr(row.text), this);
        action->setObjectName(QString::fromLatin1(row.objectName));
        // Ctrl+Shift+letter: free in every text box, so a decision never lands in a field by accident.
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | row.key));
        action->setToolTip(tr("%1 (%2)").arg(CaseDecisionModel::decisionLabel(row.kind),
                                             action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, kind = row.kind] { askAndDecide(kind); });
        m_decisionActions << action;
        addAction(action);
    }
    m_undoAction->setObjectName(u"undoDecisionAction"_s);
    // Not Ctrl+Shift+Z: that is Redo, which a focused text box takes first.
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Z));
    m_undoAction->setToolTip(tr("Undo the decision you just made (%1; for %n second(s))", nullptr,
                                int(ReviewStore::kUndoWindow.count()))
                                 .arg(m_undoAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_undoAction, &QAction::triggered, this, &CaseReviewPanel::undoLast);
    addAction(m_undoAction);
    m_auditTrailAction->setObjectName(u"auditTrailAction"_s);
    m_auditTrailAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_auditTrailAction, &QAction::triggered, this, &CaseReviewPanel::openAuditTrail);

    m_confirmAction->setObjectName(u"confirmDecisionAction"_s);
    m_confirmAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_confirmAction->setToolTip(tr("Four eyes: confirm the decision another analyst made (%1)")
                                    .arg(m_confirmAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_confirmAction, &QAction::triggered, this, [this] { giveSecondOpinion(true); });
    addAction(m_confirmAction);
    m_returnAction->setObjectName(u"returnDecisionAction"_s);
    m_returnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_returnAction->setToolTip(tr("Four eyes: return the decision to be made again (%1)")
                                   .arg(m_returnAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_returnAction, &QAction::triggered, this, [this] { giveSecondOpinion(false); });
    addAction(m_returnAction);
    connect(m_renewTimer, &QTimer::timeout, this, &CaseReviewPanel::takeClaim);

    m_notePlainTextEdit->setObjectName(u"notePlainTextEdit"_s);
    m_notePlainTextEdit->setPlaceholderText(tr("A note for the next analyst (kept in the workspace)"));
    m_notePlainTextEdit->setTabChangesFocus(true);
    m_notePlainTextEdit->setAccessibleName(tr("New note"));
    m_notePlainTextEdit->setAccessibleDescription(
        tr("A note for the next analyst, kept in the workspace; Tab leaves the box"));
    m_decisionsView->setAccessibleName(tr("Decisions"));
    m_decisionsView->setAccessibleDescription(tr("The decisions made on this customer, by whom and why"));
    m_notesView->setAccessibleName(tr("Notes"));
    m_notesView->setAccessibleDescription(tr("The notes analysts left on this customer"));
    m_notePlainTextEdit->setMaximumHeight(m_notePlainTextEdit->fontMetrics().lineSpacing() * 4);
    m_addNotePushButton->setObjectName(u"addNotePushButton"_s);
    connect(m_addNotePushButton, &QPushButton::clicked, this, &CaseReviewPanel::addNote);
    connect(m_notePlainTextEdit, &QPlainTextEdit::textChanged, this, &CaseReviewPanel::updateActions);
    m_statusLabel->setObjectName(u"caseStatusLabel"_s);
    m_statusLabel->setWordWrap(true);

    auto *buttons = new FlowLayout; // wraps in a narrow detail pane
    for (QAction *action : std::as_const(m_decisionActions))
        buttons->addWidget(buttonFor(action, this, &QPushButton::setEnabled));
    // Shown only where a decision waits for this analyst's second opinion.
    for (QAction *action : { m_confirmAction, m_returnAction })
        buttons->addWidget(buttonFor(action, this, &QPushButton::setVisible));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);
    layout->addWidget(new QLabel(tr("Decisions"), this));
    layout->addWidget(m_decisionsView, 1);
    layout->addWidget(new QLabel(tr("Notes"), this));
    m_notesView->hideColumn(CustomerNoteModel::Customer); // the page is about one customer
    layout->addWidget(m_notesView, 1);
    layout->addWidget(m_notePlainTextEdit);
    layout->addWidget(m_addNotePushButton, 0, Qt::AlignRight);
    updateActions();
}

void CaseReviewPanel::setQueueClaims(QueueClaims *claims)
{
    m_claims = claims;
    // Renewed well before it runs out, so a desk that stays open keeps its customer.
    m_renewTimer->setInterval(std::chrono::duration_cast<std::chrono::milliseconds>(claims->lease()) / 3);
}

void CaseReviewPanel::setCustomer(const Customer &customer)
{
    const bool other = !m_customer || m_customer->id != customer.id;
    m_customer = customer;
    if (other) {
        m_statusLabel->clear();
        takeClaim();
    }
    refresh();
}

void CaseReviewPanel::releaseClaim()
{
    m_renewTimer->stop();
    m_heldByOther.reset();
    if (!m_claims || m_claimedId.isEmpty())
        return;
    // Not held any more (it ran out, or was never ours): nothing to give back.
    if (const auto failed = m_claims->release(std::exchange(m_claimedId, QString()));
        failed && failed->kind != WorkspaceError::Kind::NotFound)
        Q_EMIT this->failed(failed->message);
}

void CaseReviewPanel::setClaiming(bool claiming)
{
    if (m_claiming == claiming)
        return;
    m_claiming = claiming;
    if (claiming)
        takeClaim();
    else
        releaseClaim();
    updateActions();
}

void CaseReviewPanel::takeClaim()
{
    if (!m_claims || !m_customer)
        return;
    if (!m_claimedId.isEmpty() && m_claimedId != m_customer->id)
        releaseClaim();
    if (!m_claiming || !m_review->mayWrite()) {
        lookAtHolder();
        return;
    }
    const auto claim = m_claims->claim(m_customer->id);
    if (!claim) {
        // The server went away: the desk goes on; decisions are kept until it is back.
        m_heldByOther.reset();
        updateActions();
        return;
    }
    if (claim.value().analyst == m_audit->analyst())
        m_claimedId = claim.value().customerId;
    m_renewTimer->start(); // renews this desk's lease, or looks again at another analyst's
    showHolder(claim.value());
}

void CaseReviewPanel::lookAtHolder()
{
    if (!m_claims || !m_customer)
        return;
    const auto holder = m_claims->holder(m_customer->id);
    if (!holder)
        return;
    if (!holder.value() && m_claiming && m_review->mayWrite()) {
        takeClaim(); // given back or run out: this desk has it open, so it takes it
        return;
    }
    showHolder(holder.value());
}

void CaseReviewPanel::showHolder(const std::optional<QueueClaim> &claim)
{
    const bool other = claim && claim->analyst != m_audit->analyst();
    if (other) {
        m_heldByOther = claim;
        m_statusLabel->setText(
            tr("%1 is working on this customer (claimed until %2): you can read the case "
               "and add notes; deciding waits until they let go.")
                .arg(claim->analyst,
                     QLocale().toString(claim->expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    } else if (m_heldByOther) {
        m_heldByOther.reset();
        m_statusLabel->clear();
    }
    updateActions();
}

void CaseReviewPanel::reloadIfShowing(const QString &customerId)
{
    if (m_customer && m_customer->id == customerId) {
        lookAtHolder();
        refresh();
    }
}

std::optional<CaseDecision> CaseReviewPanel::awaitingMyOpinion() const
{
    if (!m_review->maySecondOpinion())
        return std::nullopt; // the server would refuse: not offered
    for (const CaseDecision &d : m_decisions) {
        if (d.state == CaseDecisionState::AwaitingSecond && !d.undoneAt)
            return d.analyst.section(u'/', 0, 0) != m_audit->analyst().section(u'/', 0, 0) ? std::optional(d)
                                                                                           : std::nullopt;
    }
    return std::nullopt;
}

void CaseReviewPanel::giveSecondOpinion(bool confirm)
{
    const std::optional<CaseDecision> waiting = awaitingMyOpinion();
    if (!waiting || !m_customer)
        return;
    bool given = false;
    const QString reason
        = QInputDialog::getText(this, confirm ? tr("Confirm the decision") : tr("Return the decision"),
                                tr("%1 decided \"%2\" on %3 (%4). Your reason:")
                                    .arg(waiting->analyst, CaseDecisionModel::decisionLabel(waiting->kind),
                                         m_customer->displayName(), waiting->reason),
                                QLineEdit::Normal, QString(), &given);
    if (!given)
        return;
    const auto done = m_review->secondOpinion(waiting->id, confirm, reason);
    if (!done) {
        Q_EMIT failed(done.error().message);
        return;
    }
    const QString message
        = tr("%1 — %2").arg(m_customer->displayName(), CaseDecisionModel::standingText(done.value()));
    m_statusLabel->setText(message);
    Q_EMIT notice(message);
    Q_EMIT decided(done.value());
    refresh();
}

void CaseReviewPanel::clear()
{
    releaseClaim();
    m_customer.reset();
    m_decisions.clear();
    m_decisionModel->setDecisions({});
    m_noteModel->setNotes({});
    m_statusLabel->clear();
    updateActions();
}

void CaseReviewPanel::refresh()
{
    if (!m_customer) {
        updateActions();
        return;
    }
    const auto decisions = m_review->decisions(m_customer->id);
    const auto notes = m_review->notes(m_customer->id);
    m_decisions = decisions ? decisions.value() : QList<CaseDecision>();
    m_decisionModel->setDecisions(m_decisions);
    m_noteModel->setNotes(notes ? notes.value() : QList<CustomerNote>());
    if (!decisions)
        Q_EMIT failed(decisions.error().message);
    else if (!notes)
        Q_EMIT failed(notes.error().message);
    updateActions();
}

void CaseReviewPanel::updateActions()
{
    const bool mayWrite = m_review->mayWrite();
    for (QAction *action : std::as_const(m_decisionActions))
        action->setEnabled(m_customer.has_value() && !m_heldByOther && mayWrite);
    const bool mine = m_customer && awaitingMyOpinion().has_value();
    m_confirmAction->setEnabled(mine);
    m_returnAction->setEnabled(mine);
    m_undoAction->setEnabled(m_lastDecision.has_value() && !m_lastDecision->undoneAt
                             && m_sinceLastDecision.isValid()
                             && m_sinceLastDecision.elapsed() < ReviewStore::kUndoWindow.count() * 1000);
    m_addNotePushButton->setEnabled(mayWrite && m_customer
                                    && !m_notePlainTextEdit->toPlainText().trimmed().isEmpty());
    m_notePlainTextEdit->setReadOnly(!mayWrite);
    if (!mayWrite)
        m_notePlainTextEdit->setPlaceholderText(
            tr("Your role reads the workspace: an auditor decides nothing and "
               "writes no notes."));
}

void CaseReviewPanel::askAndDecide(CaseDecisionKind kind)
{
    if (!m_customer)
        return;
    const Customer asked = *m_customer;
    DecisionDialog dialog(kind, ReviewReasons::load(*m_settings, kind), asked.displayName(),
                          asked.requirements, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog's event loop may have moved the window to another customer: the decision is for
    // the one the analyst saw in the dialog.
    record(asked, kind, dialog.reason(), dialog.comment());
}

void CaseReviewPanel::record(const Customer &customer, CaseDecisionKind kind, const QString &reason,
                             const QString &comment)
{
    const DecisionContext context {
        m_riskLevel ? m_riskLevel(customer.id) : QString(), !customer.requirements.isEmpty(), {}, {}
    };
    const auto recorded = m_review->decide(customer.id, kind, reason, comment, context);
    if (!recorded) {
        Q_EMIT failed(recorded.error().message);
        return;
    }
    m_lastDecision = recorded.value();
    m_lastDecisionName = customer.displayName();
    m_sinceLastDecision.start();
    QTimer::singleShot(ReviewStore::kUndoWindow, this, &CaseReviewPanel::updateActions);
    QString message
        = tr("%1 — %2: %3. Undo with %4 within %n second(s).", nullptr, int(ReviewStore::kUndoWindow.count()))
              .arg(m_lastDecisionName, CaseDecisionModel::decisionLabel(kind), reason,
                   m_undoAction->shortcut().toString(QKeySequence::NativeText));
    if (recorded.value().pending)
        message = tr("%1 — %2: %3. The team server is not answering: the decision is kept on this computer "
                     "and written there when it is back.")
                      .arg(m_lastDecisionName, CaseDecisionModel::decisionLabel(kind), reason);
    else if (recorded.value().state == CaseDecisionState::AwaitingSecond)
        message += u' ' + tr("The team's four-eyes rule covers it: it waits for a second analyst.");
    m_statusLabel->setText(message);
    refresh();
    Q_EMIT decided(recorded.value());
    Q_EMIT notice(message);
}

void CaseReviewPanel::undoLast()
{
    if (!m_lastDecision)
        return;
    const auto reverted = m_review->undo(m_lastDecision->id);
    if (!reverted) {
        Q_EMIT failed(reverted.error().message);
        return;
    }
    m_lastDecision = reverted.value();
    const QString message
        = tr("%1 — decision undone (%2). It stays in the audit trail as undone.")
              .arg(m_lastDecisionName, CaseDecisionModel::decisionLabel(reverted.value().kind));
    m_statusLabel->setText(message);
    Q_EMIT notice(message);
    Q_EMIT undone(reverted.value());
    refresh();
}

void CaseReviewPanel::addNote()
{
    if (!m_customer)
        return;
    const auto note = m_review->addNote(m_customer->id, m_notePlainTextEdit->toPlainText());
    if (!note) {
        Q_EMIT failed(note.error().message);
        return;
    }
    m_notePlainTextEdit->clear();
    refresh();
}

void CaseReviewPanel::openAuditTrail()
{
    auto *dialog = new AuditTrailDialog(m_audit, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"auditTrailDialog"_s);
    if (m_customer)
        dialog->setCustomerFilter(m_customer->id);
    dialog->show();
}
