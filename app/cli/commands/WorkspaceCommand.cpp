#include "WorkspaceCommand.h"

#include "AuditTrail.h"
#include "CliSupport.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

WorkspaceCommand::WorkspaceCommand() : Command({ u"workspace"_s }) { }

int WorkspaceCommand::execute(QCoreApplication &, const QCommandLineParser &parser, const QStringList &args)
{
    const QString verb = args.size() == 2 ? args.at(1) : QString();
    if (verb != u"migrate"_s && verb != u"status"_s && verb != u"verify"_s)
        return failWith(tr("usage: workspace migrate | workspace status | workspace verify"));
    // Opening is migrating: a damaged or newer file is reported here and left as it is.
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    WorkspaceDatabase *db = workspace.database();
    const QString file = QDir::toNativeSeparators(db->path());
    if (verb == u"migrate"_s) {
        out() << (db->versionFound() == WorkspaceDatabase::kSchemaVersion
                      ? tr("%1: schema %2, nothing to do").arg(file).arg(WorkspaceDatabase::kSchemaVersion)
                      : tr("%1: schema %2 (was %3)")
                            .arg(file)
                            .arg(WorkspaceDatabase::kSchemaVersion)
                            .arg(db->versionFound()))
              << '\n';
        return 0;
    }
    if (verb == u"status"_s) {
        const auto counts = db->rowCounts();
        if (!counts)
            return failWith(counts.error().message);
        out() << tr("workspace: %1").arg(file) << '\n'
              << tr("schema: %1 (found %2)").arg(WorkspaceDatabase::kSchemaVersion).arg(db->versionFound())
              << '\n'
              << tr("analyst: %1").arg(workspace.audit()->analyst()) << '\n';
        for (const auto &[table, rows] : counts.value())
            out() << table << ": " << rows << '\n';
        return 0;
    }
    const QString integrity = db->integrityReport();
    if (integrity != u"ok"_s)
        return failWith(tr("%1: integrity check failed: %2").arg(file, integrity));
    const auto chain = workspace.audit()->verify();
    if (!chain)
        return failWith(chain.error().message);
    if (const std::optional<AuditChainBreak> &broken = chain.value())
        return failWith(tr("audit trail broken at row %1: %2").arg(broken->sequence).arg(broken->problem));
    out() << tr("%1: integrity ok, audit trail intact").arg(file) << '\n';
    return 0;
}
