#include "WorkspaceCommand.h"

#include "AuditTrail.h"
#include "CliSupport.h"
#include "ReviewStore.h"
#include "WorkspaceDatabase.h"
#include "WorkspaceImport.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

WorkspaceCommand::WorkspaceCommand() : Command({ u"workspace"_s }) { }

int WorkspaceCommand::execute(QCoreApplication &, const QCommandLineParser &parser, const QStringList &args)
{
    const QString verb = args.value(1);
    const bool known
        = ((verb == u"migrate"_s || verb == u"status"_s || verb == u"verify"_s) && args.size() == 2)
        || (verb == u"import"_s && args.size() == 3) || verb == u"four-eyes"_s;
    if (!known)
        return failWith(
            tr("usage: workspace migrate | workspace status | workspace verify | workspace import "
               "FILE | workspace four-eyes [approve-high-risk|approve-open-requirement|approve|reject"
               "...|none]"));
    // Opening is migrating: a damaged or newer file is reported here and left as it is.
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    WorkspaceDatabase *db = workspace.database();
    const QString file = QDir::toNativeSeparators(db->path());
    if (verb == u"import"_s) {
        // Opening a file that is not there would make an empty workspace: nothing to move over.
        if (!QFileInfo(args.at(2)).isFile())
            return failWith(tr("there is no workspace file %1").arg(args.at(2)));
        WorkspaceDatabase source(args.at(2));
        if (!source.isOpen())
            return failWith(source.error()->message);
        const auto imported = WorkspaceImport::run(source, *db, *workspace.audit());
        if (!imported)
            return failWith(imported.error().message);
        const WorkspaceImportReport &r = imported.value();
        if (r.alreadyImported) {
            out() << tr("%1 was already moved over (its trail's head %2): nothing written")
                         .arg(source.path(), r.sourceHeadHash.left(16))
                  << '\n';
            return 0;
        }
        out() << tr("moved over: %1 decision(s), %2 note(s), %3 risk check(s), %4 audit row(s); the old "
                    "trail's "
                    "head: row %5, hash %6")
                     .arg(r.decisions)
                     .arg(r.notes)
                     .arg(r.riskChecks)
                     .arg(r.auditRows)
                     .arg(r.sourceHeadSequence)
                     .arg(r.sourceHeadHash)
              << '\n';
        return 0;
    }
    if (verb == u"four-eyes"_s) {
        const QStringList words = args.mid(2);
        static const QStringList kRules { u"approve-high-risk"_s, u"approve-open-requirement"_s, u"approve"_s,
                                          u"reject"_s };
        if (!words.isEmpty()) {
            const bool none = words == QStringList { u"none"_s };
            for (const QString &word : words) {
                if (!none && !kRules.contains(word))
                    return failWith(tr("unknown four-eyes rule \"%1\"; known: %2, or none")
                                        .arg(word, kRules.join(u", "_s)));
            }
            if (const auto failed = db->setTeamSetting(u"four-eyes"_s, none ? QString() : words.join(u' ')))
                return failWith(failed->message);
            const auto audited = workspace.audit()->append(
                { u"team-setting"_s, QString(),
                  QJsonObject { { u"four-eyes"_s, none ? QString() : words.join(u' ') } } });
            if (!audited)
                warn(tr("the change was not audited: %1").arg(audited.error().message));
        }
        const QStringList rule = workspace.review()->fourEyesRule();
        out() << (rule.isEmpty() ? tr("four eyes: none") : tr("four eyes: %1").arg(rule.join(u' '))) << '\n';
        return 0;
    }
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
