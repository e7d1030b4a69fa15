#include "CliSupport.h"

#include "YativoClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace cli {

std::optional<ApiEndpoint> sardineEndpoint(QCoreApplication &app, const QCommandLineParser &parser,
                                           QString *problem)
{
    const QString base = vendorBaseUrl(parser, Vendor::Sardine, problem);
    if (!problem->isEmpty())
        return std::nullopt;
    const auto credential = twoPartCredential(app, parser, Vendor::Sardine, "KYCDESK_SARDINE_CLIENT_ID",
                                              "KYCDESK_SARDINE_CLIENT_SECRET", problem);
    if (!credential)
        return std::nullopt;
    return ApiEndpoint { u"Sardine"_s, QUrl(base), ApiEndpoint::basic(credential->id, credential->secret),
                         std::chrono::seconds(30) };
}

std::unique_ptr<YativoClient> yativoClient(QCoreApplication &app, const QCommandLineParser &parser,
                                           HttpTransport *transport, QString *problem)
{
    const QString base = vendorBaseUrl(parser, Vendor::Yativo, problem);
    if (!problem->isEmpty())
        return nullptr;
    const QString token = qEnvironmentVariable("KYCDESK_YATIVO_TOKEN").trimmed();
    if (!token.isEmpty()) {
        auto client = std::make_unique<YativoClient>(transport, QUrl(base), QString(), QString());
        client->setStaticToken(token);
        return client;
    }
    const auto credential = twoPartCredential(app, parser, Vendor::Yativo, "KYCDESK_YATIVO_ACCOUNT_ID",
                                              "KYCDESK_YATIVO_APP_SECRET", problem);
    if (!credential)
        return nullptr;
    return std::make_unique<YativoClient>(transport, QUrl(base), credential->id, credential->secret);
}

} // namespace cli
