#include "CliSupport.h"

#include "TerminalSafeDevice.h"
#include "TerminalText.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace cli {

QTextStream &out()
{
    static TerminalSafeDevice device(stdout);
    static QTextStream stream(&device);
    return stream;
}

int failWith(const QString &message)
{
    // Messages carry vendor text (an error's message, a field name from the answer).
    QTextStream err(stderr);
    err << "kycdesk-cli: " << TerminalText::escapeValue(message.simplified()) << '\n';
    return 1;
}

int failWith(const ApiError &error)
{
    return failWith(error.userMessage());
}

void warn(const QString &message)
{
    // Warnings quote vendor text (ids listed twice, page numbers the vendor chose).
    QTextStream err(stderr);
    err << "kycdesk-cli: "
        << QCoreApplication::translate("cli", "warning: %1")
               .arg(TerminalText::escapeValue(message.simplified()))
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

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc
        = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << doc.toJson(QJsonDocument::Indented);
    out().flush();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
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

int runUntilDone(QCoreApplication &app, const int &exitCode)
{
    app.exec();
    out().flush();
    return exitCode;
}

} // namespace cli
