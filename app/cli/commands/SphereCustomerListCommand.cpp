#include "SphereCustomerListCommand.h"

#include "CliOutput.h"
#include "CliSupport.h"
#include "CustomerListJob.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "VendorCommandSession.h"

#include <memory>
#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;
using namespace cli;

SphereCustomerListCommand::SphereCustomerListCommand() : Command({ u"sphere"_s, u"customers"_s, u"list"_s })
{ }

int SphereCustomerListCommand::execute(QCoreApplication &app, const QCommandLineParser &parser,
                                       const QStringList &)
{
    const VendorCommandSession sphere(Vendor::Sphere, parser);
    if (!sphere.isReady())
        return failWith(sphere.problem());
    CustomerQuery query;
    if (parser.isSet(u"kyc"_s))
        query.kycStatus = parser.value(u"kyc"_s);
    if (parser.isSet(u"type"_s))
        query.type = parser.value(u"type"_s);
    if (parser.isSet(u"search"_s))
        query.search = parser.value(u"search"_s);
    const bool json = parser.isSet(u"json"_s);
    int exitCode = 0;
    auto customers = std::make_shared<QList<Customer>>();
    CustomerListJob *job = sphere.sphere()->listAllCustomers(query);
    QObject::connect(
        job, &CustomerListJob::pageReady, &app,
        [customers](const QList<Customer> &page, const Pagination &) { customers->append(page); });
    QObject::connect(job, &CustomerListJob::finished, &app, [&, job, customers] {
        for (const ListWarning &w : job->warnings())
            warn(w.message);
        if (job->error()) {
            exitCode = failWith(*job->error());
        } else if (json) {
            printJson(encodeEach(*customers, [](const Customer &c) { return SphereCodec::encode(c); }));
        } else {
            CliOutput::printCustomerTable(out(), *customers);
        }
        app.quit();
    });
    return runUntilDone(app, exitCode);
}
