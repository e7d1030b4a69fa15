#include "CredentialsCommand.h"

#include "CliConnection.h"
#include "CliSupport.h"
#include "KeychainCredentialStore.h"

#include <cstdio>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

CredentialsCommand::CredentialsCommand() : Command({ u"credentials"_s }) { }

int CredentialsCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                const QStringList &args)
{
    if (args.size() != 3 || (args.at(1) != u"set" && args.at(1) != u"clear"))
        return failWith(tr("usage: credentials set|clear VENDOR [--environment E]"));
    const auto vendor = VendorEnvironment::vendorFromKey(args.at(2));
    if (!vendor)
        return failWith(tr("unknown vendor \"%1\" (sphere, sardine, yativo)").arg(args.at(2)));
    QString problem;
    const EnvironmentKind environment = activeEnvironment(parser, *vendor, &problem);
    if (!problem.isEmpty())
        return failWith(problem);

    KeychainCredentialStore store;
    std::optional<ApiError> error;
    bool done = false;
    const auto finished = [&](const std::optional<ApiError> &e) {
        error = e;
        done = true;
    };
    if (args.at(1) == u"set") {
        QTextStream in(stdin);
        const QString line = in.readLine();
        VendorCredential credential;
        if (VendorEnvironment::hasTwoPartCredential(*vendor)) {
            const qsizetype colon = line.indexOf(u':');
            if (colon <= 0)
                return failWith(tr("%1 needs \"%2:%3\" on standard input")
                                    .arg(VendorEnvironment::vendorName(*vendor),
                                         VendorEnvironment::credentialIdLabel(*vendor),
                                         VendorEnvironment::credentialSecretLabel(*vendor)));
            credential = { line.left(colon), line.mid(colon + 1) };
        } else {
            credential.secret = line;
        }
        if (const auto invalid = CredentialStore::validate(*vendor, credential))
            return failWith(invalid->message);
        store.write(*vendor, environment, credential, &app, finished);
    } else {
        store.remove(*vendor, environment, &app, finished);
    }
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (error)
        return failWith(tr("keychain: %1").arg(error->message));
    out() << (args.at(1) == u"set" ? tr("stored %1 credentials for %2 in %3\n")
                                   : tr("removed %1 credentials for %2 from %3\n"))
                 .arg(VendorEnvironment::vendorName(*vendor), VendorEnvironment::environmentName(environment),
                      store.description());
    return 0;
}
