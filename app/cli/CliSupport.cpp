#include "CliSupport.h"

#include "TerminalText.h"
#include "YativoClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace cli {

void warn(const QString &message)
{
    // Warnings quote vendor text (ids listed twice, page numbers the vendor chose).
    QTextStream err(stderr);
    err << "kycdesk-cli: "
        << QCoreApplication::translate("cli", "warning: %1").arg(TerminalText::escapeValue(message.simplified()))
        << '\n';
}

void installEscapingMessageHandler()
{
    // --verbose logs redacted requests and vendor messages to stderr: a vendor's ESC sequence
    // there would reach the terminal as it does through any other output.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
        const QString line = qFormatLogMessage(type, context, message);
        QTextStream err(stderr);
        err << TerminalText::escapeValue(line) << '\n';
    });
}

QString applyNetworkOptions(const QCommandLineParser &parser, ApiEndpoint &endpoint)
{
    const auto duration = [&parser](const QString &option, std::chrono::milliseconds *into) -> QString {
        if (!parser.isSet(option))
            return {};
        bool ok = false;
        const double seconds = parser.value(option).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 86400)
            return QCoreApplication::translate("cli", "--%1 must be a number of seconds between 0 and 86400")
                .arg(option);
        *into = std::chrono::milliseconds(qint64(seconds * 1000));
        return {};
    };
    std::chrono::milliseconds deadline { 0 };
    if (QString problem = duration(u"timeout"_s, &deadline); !problem.isEmpty())
        return problem;
    if (deadline.count() > 0)
        endpoint.setDeadline(deadline);
    return duration(u"stall-timeout"_s, &endpoint.stallTimeout);
}

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
    ApiEndpoint endpoint { u"Sardine"_s, QUrl(base), ApiEndpoint::basic(credential->id, credential->secret) };
    *problem = applyNetworkOptions(parser, endpoint);
    if (!problem->isEmpty())
        return std::nullopt;
    return endpoint;
}

std::unique_ptr<YativoClient> yativoClient(QCoreApplication &app, const QCommandLineParser &parser,
                                           HttpTransport *transport, QString *problem)
{
    const QString base = vendorBaseUrl(parser, Vendor::Yativo, problem);
    if (!problem->isEmpty())
        return nullptr;
    ApiEndpoint limits;
    *problem = applyNetworkOptions(parser, limits);
    if (!problem->isEmpty())
        return nullptr;
    const QString token = qEnvironmentVariable("KYCDESK_YATIVO_TOKEN").trimmed();
    if (!token.isEmpty()) {
        auto client = std::make_unique<YativoClient>(transport, QUrl(base), QString(), QString());
        client->setStaticToken(token);
        client->setLimits(limits);
        return client;
    }
    const auto credential = twoPartCredential(app, parser, Vendor::Yativo, "KYCDESK_YATIVO_ACCOUNT_ID",
                                              "KYCDESK_YATIVO_APP_SECRET", problem);
    if (!credential)
        return nullptr;
    auto client = std::make_unique<YativoClient>(transport, QUrl(base), credential->id, credential->secret);
    client->setLimits(limits);
    return client;
}

} // namespace cli
