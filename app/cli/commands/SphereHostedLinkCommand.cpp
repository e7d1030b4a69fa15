#include "SphereHostedLinkCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "LinkPolicy.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "VendorCommandSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereHostedLinkCommand::SphereHostedLinkCommand(HostedLinkKind kind)
    : Command({ u"sphere"_s, u"customers"_s, kind == HostedLinkKind::Kyc ? u"kyc-link"_s : u"tos-link"_s })
    , m_kind(kind)
{ }

int SphereHostedLinkCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                     const QStringList &args)
{
    if (args.size() != 4)
        return failWith(m_kind == HostedLinkKind::Kyc ? tr("usage: sphere customers kyc-link ID")
                                                      : tr("usage: sphere customers tos-link ID"));
    const VendorCommandSession sphere(Vendor::Sphere, parser);
    if (!sphere.isReady())
        return failWith(sphere.problem());
    int exitCode = 0;
    const HostedLinkKind kind = m_kind;
    sphere.sphere()->createHostedLink(kind, args.at(3), &app, [&](const Result<HostedLink> &r) {
        if (!r) {
            exitCode = failWith(r.error());
        } else if (!LinkPolicy::isOfferable(QUrl(r.value().url))) {
            // Not printed even with --json: a script would open it.
            exitCode = failWith(tr("Sphere sent a link that is not an https address; it is not shown"));
        } else if (parser.isSet(u"json"_s)) {
            printJson(SphereCodec::encode(r.value()));
        } else {
            CliOutput::printHostedLink(out(), kind, r.value());
        }
        app.quit();
    });
    return runUntilDone(app, exitCode);
}
