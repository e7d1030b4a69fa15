#include "AuditCommand.h"

#include "AuditTrail.h"
#include "CliOutput.h"
#include "CliSupport.h"
#include "ReviewJson.h"
#include "WorkspaceSession.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

AuditCommand::AuditCommand() : Command({ u"audit"_s }) { }

int AuditCommand::execute(QCoreApplication &, const QCommandLineParser &parser, const QStringList &args)
{
    const QString verb = args.size() == 2 ? args.at(1) : QString();
    if (verb != u"verify"_s && verb != u"list"_s)
        return failWith(tr("usage: audit verify | audit list [--customer ID] [--since DATE] [--json]"));
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    return verb == u"verify"_s ? verify(workspace) : list(workspace, parser);
}

int AuditCommand::verify(const WorkspaceSession &workspace)
{
    const auto verdict = workspace.audit()->verify();
    if (!verdict)
        return failWith(verdict.error().message);
    if (const std::optional<AuditChainBreak> &broken = verdict.value())
        return failWith(tr("audit trail broken at row %1: %2").arg(broken->sequence).arg(broken->problem));
    const auto rows = workspace.audit()->records();
    if (!rows)
        return failWith(rows.error().message);
    if (rows.value().isEmpty()) {
        out() << tr("audit trail intact: 0 row(s)") << '\n';
        return 0;
    }
    // The head, to be kept outside the file: a chain without a key cannot show its own last rows cut.
    const AuditRecord &head = rows.value().constLast();
    out() << tr("audit trail intact: %1 row(s); head: row %2, hash %3")
                 .arg(rows.value().size())
                 .arg(head.sequence)
                 .arg(head.hash)
          << '\n';
    return 0;
}

int AuditCommand::list(const WorkspaceSession &workspace, const QCommandLineParser &parser)
{
    AuditFilter filter;
    filter.customerId = parser.value(u"customer"_s);
    if (parser.isSet(u"since"_s)) {
        const QString since = parser.value(u"since"_s);
        // UTC unless the text says otherwise, as --help promises (the trail's times are UTC).
        filter.since = QDateTime::fromString(since, Qt::ISODateWithMs);
        if (filter.since.isValid() && filter.since.timeSpec() == Qt::LocalTime)
            filter.since.setTimeSpec(Qt::UTC);
        if (!filter.since.isValid())
            filter.since = QDateTime(QDate::fromString(since, Qt::ISODate), QTime(0, 0), Qt::UTC);
        if (!filter.since.isValid())
            return failWith(
                tr("--since takes a date (2026-12-31) or a date and time (2026-12-31T09:00:00Z)"));
    }
    const auto rows = workspace.audit()->records(filter);
    if (!rows)
        return failWith(rows.error().message);
    if (parser.isSet(u"json"_s))
        printJson(encodeEach(rows.value(), [](const AuditRecord &r) { return ReviewJson::encode(r); }));
    else
        CliOutput::printAuditRecords(out(), rows.value());
    return 0;
}
