#include "NotesCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "ReviewJson.h"
#include "ReviewStore.h"
#include "WorkspaceSession.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

NotesCommand::NotesCommand() : Command({ u"notes"_s }) { }

int NotesCommand::execute(QCoreApplication &, const QCommandLineParser &parser, const QStringList &args)
{
    const bool adds = args.size() == 4 && args.at(1) == u"add"_s;
    const bool lists = args.size() == 3 && args.at(1) == u"list"_s;
    if (!adds && !lists)
        return failWith(tr("usage: notes add CUSTOMER_ID TEXT | notes list CUSTOMER_ID [--json]"));
    const WorkspaceSession workspace(parser);
    if (!workspace.isReady())
        return failWith(workspace.problem());
    return adds ? add(workspace, args.at(2), args.at(3))
                : list(workspace, args.at(2), parser.isSet(u"json"_s));
}

int NotesCommand::add(const WorkspaceSession &workspace, const QString &customerId, const QString &text)
{
    const auto note = workspace.review()->addNote(customerId, text);
    if (!note)
        return failWith(note.error().message);
    out() << note.value().id << '\n';
    return 0;
}

int NotesCommand::list(const WorkspaceSession &workspace, const QString &customerId, bool json)
{
    const auto notes = workspace.review()->notes(customerId);
    if (!notes)
        return failWith(notes.error().message);
    if (json)
        printJson(encodeEach(notes.value(), [](const CustomerNote &n) { return ReviewJson::encode(n); }));
    else
        CliOutput::printNotes(out(), notes.value());
    return 0;
}
