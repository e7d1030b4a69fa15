#pragma once

#include <optional>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// An analyst's case decision on a customer, recorded in the workspace. Sphere decides KYC itself;
// this is the desk's own decision and its reason, which the audit trail and Sardine feedback carry.
enum class CaseDecisionKind { Approve, Reject, Escalate, RequestInformation };

// The word scripts and the workspace use: approve, reject, escalate, request-info.
QString caseDecisionWord(CaseDecisionKind kind);
std::optional<CaseDecisionKind> caseDecisionFromWord(QStringView word);

// Where a decision stands: final when made, or waiting for a second analyst (four eyes), who
// confirms it or returns it.
enum class CaseDecisionState { Final, AwaitingSecond, Confirmed, Returned };
QString caseDecisionStateWord(CaseDecisionState state); // final, awaiting-second, confirmed, returned
std::optional<CaseDecisionState> caseDecisionStateFromWord(QStringView word);

struct CaseDecision
{
    QString id; // a UUID, printed by `review decide`
    QString customerId;
    CaseDecisionKind kind = CaseDecisionKind::Escalate;
    QString reason; // one of the reasons offered (settings), as the analyst picked it
    QString comment; // free text
    QString analyst; // OS user name
    QDateTime decidedAt;
    std::optional<QDateTime> undoneAt;
    CaseDecisionState state = CaseDecisionState::Final;
    QString secondAnalyst; // who confirmed or returned it
    std::optional<QDateTime> secondAt;
    QString secondReason;
    // The decision stands: not undone, and final or confirmed.
    bool stands() const
    {
        return !undoneAt && (state == CaseDecisionState::Final || state == CaseDecisionState::Confirmed);
    }
    // The Sardine feedback queued with the decision (ReviewStore::decide); empty when the customer
    // has no Sardine session, and in decisions read back (the outbox has them by decision id).
    QString feedbackId;
    // Kept on this computer while the team server could not be reached; written there later.
    bool pending = false;
};

struct CustomerNote
{
    qint64 id = 0;
    QString customerId;
    QString author; // OS user name
    QDateTime writtenAt;
    QString text;
    bool pending = false; // as CaseDecision::pending
};

// What an analyst or the desk did, as appended to the audit trail. `detail` never holds a secret or
// a PII value: names of fields, statuses, ids, reasons, durations.
struct AuditEvent
{
    QString action; // "decision", "decision-undo", "note", "risk-check", "vendor-request", ...
    QString customerId; // empty when the action is not about one customer
    QJsonObject detail;
};

// One row of the trail as stored: the event, who and when, its place in the chain and the hashes
// that tie it to the row before it.
struct AuditRecord
{
    qint64 sequence = 0; // 1, 2, 3, ... without gaps
    QDateTime recordedAt;
    QString analyst;
    AuditEvent event;
    QString previousHash; // hex SHA-256; 64 zeros for the first row
    QString hash; // hex SHA-256 of previousHash and this row's content as stored
    // The time and the detail exactly as stored, which is what the hash covers: a value that parses
    // the same but is written differently (another time zone, keys reordered) is still a change.
    QString recordedAtText;
    QString detailText;
};

struct AuditFilter
{
    QString customerId;
    QString analyst;
    QString action;
    QDateTime since; // invalid: from the start
    QDateTime until; // invalid: up to now
};

// The first row where the chain does not hold, and why, in words for the analyst.
struct AuditChainBreak
{
    qint64 sequence = 0;
    QString problem;
};
