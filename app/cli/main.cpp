// kycdesk-cli: the same services as the desktop app, from a terminal (see shared/interfaces.md).
// This file parses the global options and runs the command the positional arguments name; each
// command is a file of its own in commands/.

#include "AuditCommand.h"
#include "BuildInfo.h"
#include "CliSupport.h"
#include "CredentialsCommand.h"
#include "NotesCommand.h"
#include "QueueCommand.h"
#include "RawResponsePrinter.h"
#include "ReviewDecideCommand.h"
#include "ReviewSecondOpinionCommand.h"
#include "SardineCommand.h"
#include "SardineFeedbackCommand.h"
#include "SardineHistoryCommand.h"
#include "SardineIdentityCommand.h"
#include "SardineRiskCommand.h"
#include "SphereCustomerGetCommand.h"
#include "SphereCustomerImportCommand.h"
#include "SphereCustomerListCommand.h"
#include "SphereCustomerSaveCommand.h"
#include "SphereCustomersCommand.h"
#include "SphereHostedLinkCommand.h"
#include "WorkspaceCommand.h"
#include "YativoCommand.h"
#include "YativoCustomerCreateCommand.h"
#include "YativoCustomerListCommand.h"
#include "YativoKycStatusCommand.h"

#include <memory>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

namespace {

// Every command; the first whose words begin the arguments runs, so each group's catch-all
// (its usage) comes after the group's commands.
std::vector<std::unique_ptr<Command>> commands()
{
    std::vector<std::unique_ptr<Command>> all;
    all.push_back(std::make_unique<SphereCustomerListCommand>());
    all.push_back(std::make_unique<SphereCustomerGetCommand>());
    all.push_back(std::make_unique<SphereCustomerSaveCommand>(CustomerRequestValidator::Mode::Create));
    all.push_back(std::make_unique<SphereCustomerSaveCommand>(CustomerRequestValidator::Mode::Update));
    all.push_back(std::make_unique<SphereCustomerImportCommand>());
    all.push_back(std::make_unique<SphereHostedLinkCommand>(HostedLinkKind::Kyc));
    all.push_back(std::make_unique<SphereHostedLinkCommand>(HostedLinkKind::Tos));
    all.push_back(std::make_unique<SphereCustomersCommand>());
    all.push_back(std::make_unique<SardineRiskCommand>());
    all.push_back(std::make_unique<SardineIdentityCommand>());
    all.push_back(std::make_unique<SardineHistoryCommand>());
    all.push_back(std::make_unique<SardineFeedbackCommand>());
    all.push_back(std::make_unique<SardineCommand>());
    all.push_back(std::make_unique<YativoCustomerCreateCommand>());
    all.push_back(std::make_unique<YativoKycStatusCommand>());
    all.push_back(std::make_unique<YativoCustomerListCommand>());
    all.push_back(std::make_unique<YativoCommand>());
    all.push_back(std::make_unique<CredentialsCommand>());
    all.push_back(std::make_unique<ReviewDecideCommand>());
    all.push_back(std::make_unique<ReviewSecondOpinionCommand>());
    all.push_back(std::make_unique<NotesCommand>());
    all.push_back(std::make_unique<AuditCommand>());
    all.push_back(std::make_unique<WorkspaceCommand>());
    all.push_back(std::make_unique<QueueCommand>());
    return all;
}

// After the options in --help: every variable the credential lookup reads (first match wins).
QString credentialVariablesHelp()
{
    return QCoreApplication::translate(
        "cli",
        "\nEnvironment (read before the OS keychain of the active environment):\n"
        "  KYCDESK_SPHERE_TOKEN                 Sphere API key (Bearer).\n"
        "  KYCDESK_SARDINE_CLIENT_ID            Sardine clientId (HTTP Basic user),\n"
        "  KYCDESK_SARDINE_CLIENT_SECRET        with its clientSecret.\n"
        "  KYCDESK_YATIVO_ACCOUNT_ID            Yativo account id for /auth/login,\n"
        "  KYCDESK_YATIVO_APP_SECRET            with its app secret.\n"
        "  KYCDESK_YATIVO_TOKEN                 A ready Yativo bearer token instead of logging in\n"
        "                                       (it expires after about 600 s; no renewal).\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kycdesk"_s);
    QCoreApplication::setOrganizationName(u"KYC Desk"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "KYC Desk from a terminal.\n\nCommands:\n  sphere customers list [--kyc STATUS] [--type TYPE] "
        "[--search TEXT]\n  sphere customers get ID\n  sphere customers create --from-json FILE\n"
        "  sphere customers update ID --from-json FILE\n"
        "  sphere customers import --csv FILE [--report FILE] [--concurrency N]\n  sardine risk "
        "SPHERE_CUSTOMER_ID | sardine risk "
        "--from-json FILE\n"
        "  sardine identity CUSTOMER_ID\n"
        "  sardine feedback SESSION_KEY|--customer ID --status approved|declined|manual_review [--reason T]\n"
        "  sardine feedback --send-queued\n  yativo customers create --from-json FILE\n"
        "  sphere customers kyc-link ID | tos-link ID\n  sardine history CUSTOMER_ID\n"
        "  yativo customers kyc-status ID | yativo customers list\n  credentials set|clear "
        "VENDOR [--environment E]  (secret on stdin; "
        "ID:SECRET for sardine and yativo)\n"
        "  review decide CUSTOMER_ID approve|reject|escalate|request-info --reason TEXT [--comment TEXT]\n"
        "  review confirm|return DECISION_ID --reason TEXT | review awaiting\n"
        "  notes add CUSTOMER_ID TEXT | notes list CUSTOMER_ID\n"
        "  audit verify | audit list [--customer ID] [--since DATE]\n"
        "  workspace migrate|status|verify | workspace import FILE | workspace four-eyes [RULE...|none]\n"
        "  queue next [--queue NAME] [--lease MINUTES] | queue release CUSTOMER_ID\n"
        "\nCredentials: KYCDESK_SPHERE_TOKEN, else the OS keychain."));
    parser.addHelpOption();
    // Not addVersionOption(): the application name is "kycdesk" so the CLI shares the app's settings.
    const QCommandLineOption versionOption(u"version"_s,
                                           QCoreApplication::translate("cli", "Print the version and exit."));
    parser.addOption(versionOption);
    parser.addOptions({
        { u"json"_s,
          QCoreApplication::translate("cli", "Print the vendor's JSON (decoded and re-encoded).") },
        { u"raw"_s,
          QCoreApplication::translate("cli",
                                      "Print each response body of the command's vendor exactly as "
                                      "received (envelope and request id included).") },
        { u"base-url"_s, QCoreApplication::translate("cli", "Base URL for every vendor."), u"url"_s },
        { u"sphere-base-url"_s, QCoreApplication::translate("cli", "Base URL for Sphere only."), u"url"_s },
        { u"sardine-base-url"_s, QCoreApplication::translate("cli", "Base URL for Sardine only."), u"url"_s },
        { u"yativo-base-url"_s, QCoreApplication::translate("cli", "Base URL for Yativo only."), u"url"_s },
        { u"from-json"_s, QCoreApplication::translate("cli", "Request body from a JSON file."), u"file"_s },
        { u"kyc"_s, QCoreApplication::translate("cli", "List: only this KYC status."), u"status"_s },
        { u"type"_s, QCoreApplication::translate("cli", "List: individual or business."), u"type"_s },
        { u"search"_s, QCoreApplication::translate("cli", "List: free-text search."), u"text"_s },
        { u"csv"_s, QCoreApplication::translate("cli", "Import: one customer a row (see README)."),
          u"file"_s },
        { u"report"_s, QCoreApplication::translate("cli", "Import: also write the per-row report as CSV."),
          u"file"_s },
        { u"concurrency"_s,
          QCoreApplication::translate("cli", "Import: requests in flight at once (default 4, at most 32)."),
          u"N"_s },
        { u"verbose"_s, QCoreApplication::translate("cli", "Log requests (redacted) to stderr.") },
        { u"environment"_s, QCoreApplication::translate("cli", "embedded, sandbox, production or custom."),
          u"E"_s },
        { u"timeout"_s,
          QCoreApplication::translate(
              "cli",
              "Deadline of each request in seconds (default per kind: 30 for a record, "
              "60 for a list page or a create, 600 with documents)."),
          u"seconds"_s },
        { u"workspace"_s,
          QCoreApplication::translate("cli",
                                      "Review commands: the workspace file, or the team server as "
                                      "postgresql://USER@HOST:PORT/DB (password from PGPASSWORD or "
                                      "~/.pgpass; default: the app's own workspace.sqlite)."),
          u"file|url"_s },
        { u"lease"_s, QCoreApplication::translate("cli", "queue next: minutes the claim lasts (default 30)."),
          u"minutes"_s },
        { u"reason"_s,
          QCoreApplication::translate("cli", "review decide, sardine feedback: the decision's reason."),
          u"text"_s },
        { u"comment"_s, QCoreApplication::translate("cli", "review decide: free text with the reason."),
          u"text"_s },
        { u"customer"_s,
          QCoreApplication::translate(
              "cli", "audit list: only this customer's rows; sardine feedback: the customer."),
          u"id"_s },
        { u"status"_s,
          QCoreApplication::translate("cli", "sardine feedback: approved, declined or manual_review."),
          u"status"_s },
        { u"queue"_s,
          QCoreApplication::translate(
              "cli",
              "queue next: needs-review (default), requirements-outstanding, "
              "requirement:KEY, high-risk, terms-pending, rejected, awaiting-second-approval or all."),
          u"name"_s },
        { u"send-queued"_s,
          QCoreApplication::translate("cli", "sardine feedback: send what the workspace still holds.") },
        { u"since"_s, QCoreApplication::translate("cli", "audit list: only rows since this date (UTC)."),
          u"date"_s },
        { u"stall-timeout"_s,
          QCoreApplication::translate(
              "cli", "Fail a request when no data moves for this many seconds (default 30)."),
          u"seconds"_s },
    });
    parser.addPositionalArgument(u"command"_s,
                                 QCoreApplication::translate("cli", "sphere customers list|get ID"));
    if (!parser.parse(app.arguments()))
        return failWith(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        out() << parser.helpText() << credentialVariablesHelp();
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out() << "kycdesk-cli " << BuildInfo::versionText() << '\n';
        return 0;
    }
    // One line on stderr on failure: the transport's own notices stay out unless asked for.
    installEscapingMessageHandler();
    if (!parser.isSet(u"verbose"_s))
        QLoggingCategory::setFilterRules(u"kycdesk.*.info=false\nkycdesk.*.warning=false"_s);
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(u"raw"_s))
        RawResponsePrinter::silenceDecodedOutput(cli::out());
    for (const std::unique_ptr<Command> &command : commands()) {
        if (command->matches(args))
            return command->execute(app, parser, args);
    }
    if (args.isEmpty())
        return failWith(QCoreApplication::translate("cli", "no command given; see --help"));
    return failWith(
        QCoreApplication::translate("cli", "unknown command \"%1\"; see --help").arg(args.join(u' ')));
}
