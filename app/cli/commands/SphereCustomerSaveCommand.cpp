#include "SphereCustomerSaveCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "RequestFile.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"
#include "VendorCommandSession.h"

#include <QCommandLineParser>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomerSaveCommand::SphereCustomerSaveCommand(CustomerRequestValidator::Mode mode)
    : Command({ u"sphere"_s, u"customers"_s,
                mode == CustomerRequestValidator::Mode::Create ? u"create"_s : u"update"_s })
    , m_mode(mode)
{ }

int SphereCustomerSaveCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                       const QStringList &args)
{
    const VendorCommandSession sphere(Vendor::Sphere, parser);
    if (!sphere.isReady())
        return failWith(sphere.problem());
    if (args.size() != (creates() ? 3 : 4) || !parser.isSet(u"from-json"_s))
        return failWith(creates() ? tr("usage: sphere customers create --from-json FILE")
                                  : tr("usage: sphere customers update ID --from-json FILE"));
    const QString file = parser.value(u"from-json"_s);
    const auto request = readCustomerRequest(file, m_mode);
    if (!request)
        return 1;
    if (!creates() && SphereRequestCodec::isEmpty(*request))
        return failWith(tr("%1 sets no field to change").arg(file));
    return sendAndPrint<Customer>(
        app, parser, [](const Customer &c) { return SphereCodec::encode(c); },
        &CliOutput::printCustomerDetails,
        [&](const auto &onAnswer) {
            if (creates()) {
                // A fresh key per invocation: the client's own 429 retries reuse it, so a retried
                // request never creates the customer twice.
                sphere.sphere()->createCustomer(
                    *request, QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8(), &app, onAnswer);
            } else {
                sphere.sphere()->updateCustomer(args.at(3), *request, &app, onAnswer);
            }
        });
}
