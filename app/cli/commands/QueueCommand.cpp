#include "QueueCommand.h"

#include "CliSupport.h"
#include "CustomerCache.h"
#include "EnvironmentSelection.h"
#include "QueueClaims.h"
#include "ReviewQueue.h"
#include "RiskHistoryStore.h"
#include "WorkspaceSession.h"

#include <algorithm>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

QueueCommand::QueueCommand() : Command({ u"queue"_s }) { }

int QueueCommand::execute(QCoreApplication &, const QCommandLineParser &parser, const QStringList &args)
{
    const QString usage
        = tr("usage: queue next [--queue NAME] [--lease MINUTES] | queue release CUSTOMER_ID  (NAME: "
             "needs-review, "
             "requirements-outstanding, requirement:KEY, high-risk, terms-pending, rejected, "
             "awaiting-second-approval, all)");
    const QString verb = args.value(1);
    if (!((verb == u"next"_s && args.size() == 2) || (verb == u"release"_s && args.size() == 3)))
        return failWith(usage);
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    if (verb == u"release"_s) {
        if (const auto failed = workspace.claims()->release(args.at(2)))
            return failWith(failed->message);
        return 0;
    }

    const QString name = parser.isSet(u"queue"_s) ? parser.value(u"queue"_s) : u"needs-review"_s;
    std::optional<ReviewQueue> queue = ReviewQueue::fromWord(name);
    if (!queue)
        return failWith(tr("unknown queue \"%1\"; %2").arg(name, usage));
    // The app's environments: the book it kept, the verdicts it kept.
    const EnvironmentSelection environments = EnvironmentSelection::load(QSettings());
    const QString sphere = environments.recordKey(Vendor::Sphere);
    const auto kept = workspace.cache()->keptBook(sphere);
    if (!kept)
        return failWith(
            tr("no customer list is kept for Sphere's %1 environment: open the desk and let its book load "
               "once")
                .arg(sphere));
    if (queue->kind == ReviewQueue::Kind::HighRisk) {
        queue->setIds(workspace.riskHistory() ? workspace.riskHistory()->customersAtLevel(
                          { u"high"_s, u"very_high"_s }, environments.recordKey(Vendor::Sardine))
                                              : QSet<QString>());
    }
    if (queue->kind == ReviewQueue::Kind::AwaitingSecondApproval) {
        QSet<QString> ids;
        if (const auto waiting = workspace.review()->awaitingSecond()) {
            for (const CaseDecision &d : waiting.value())
                ids.insert(d.customerId);
        }
        queue->setIds(ids);
    }
    if (queue->kind == ReviewQueue::Kind::DecidedByMeToday || queue->kind == ReviewQueue::Kind::SavedSearch)
        return failWith(tr("queue \"%1\" has nobody left to claim").arg(name));

    const CustomerRowBatch &rows = kept->rows;
    QList<int> members;
    for (int i = 0; i < rows.size(); ++i) {
        const CustomerRow &row = rows.rows.at(i);
        if (queue->accepts(row, rows.searchText(row), rows.id(row)))
            members << i;
    }
    // Longest waiting first, as the desk shows a queue.
    std::stable_sort(members.begin(), members.end(), [&rows](int a, int b) {
        return ReviewQueue::waitingSinceMs(rows.rows.at(a)) < ReviewQueue::waitingSinceMs(rows.rows.at(b));
    });
    QStringList candidates;
    candidates.reserve(members.size());
    for (int i : std::as_const(members))
        candidates << rows.id(rows.rows.at(i)).toString();
    bool leaseRead = true;
    const int leaseMinutes = parser.isSet(u"lease"_s) ? parser.value(u"lease"_s).toInt(&leaseRead) : 30;
    if (!leaseRead || leaseMinutes < 1 || leaseMinutes > 24 * 60)
        return failWith(tr("--lease takes minutes, from 1 to 1440"));
    workspace.claims()->setLease(std::chrono::minutes(leaseMinutes));
    const auto claimed
        = workspace.claims()->claimNext(candidates, queue->kind == ReviewQueue::Kind::AwaitingSecondApproval);
    if (!claimed)
        return failWith(claimed.error().message);
    if (!claimed.value())
        return failWith(QCoreApplication::translate(
                            "cli",
                            "queue \"%1\": nobody left to claim (%n customer(s) in it, each held or decided)",
                            nullptr, int(candidates.size()))
                            .arg(name));
    out() << *claimed.value() << '\n';
    return 0;
}
