#pragma once

// What every kycdesk-cli command shares: its output streams, the one-line failure, the network
// options, and running the event loop until the command's answer is in.

#include "ApiEndpoint.h"
#include "ApiError.h"
#include "Result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

class QCoreApplication;
class QTextStream;

namespace cli {

QTextStream &out();
// "kycdesk-cli: <message>" on stderr, control characters escaped; returns the exit status 1.
int failWith(const QString &message);
int failWith(const ApiError &error);
// "kycdesk-cli: warning: …" on stderr: something the vendor did that was put right.
void warn(const QString &message);
// Qt's log messages (--verbose) on stderr with control characters escaped, like every other line.
void installEscapingMessageHandler();
void printJson(const QJsonValue &value);
// QCoreApplication::translate in the "cli" context.
QString tr(const char *text);

// --timeout (every request's deadline) and --stall-timeout, in seconds, onto `endpoint`; returns
// why a value is unusable, or an empty string.
QString applyNetworkOptions(const QCommandLineParser &parser, ApiEndpoint &endpoint);

// Runs the event loop until the command's callback quits it; returns the exit status it set.
int runUntilDone(QCoreApplication &app, const int &exitCode);

// The callback of a command's one answer: the error as its one line (exit status 1), else the
// answer as --json (`encode`) or as text for people (`printText`); then the event loop ends.
template<typename T, typename Encode, typename PrintText>
auto printAnswer(QCoreApplication &app, int &exitCode, bool json, Encode encode, PrintText printText)
{
    return [&app, &exitCode, json, encode, printText](const Result<T> &answer) {
        if (!answer)
            exitCode = failWith(answer.error());
        else if (json)
            printJson(encode(answer.value()));
        else
            printText(out(), answer.value());
        app.quit();
    };
}

// A command's one request and its answer: `send` is given printAnswer's callback (--json from the
// parser) and sends the request; the event loop runs until the answer is in. Returns the exit status.
template<typename T, typename Encode, typename PrintText, typename Send>
int sendAndPrint(QCoreApplication &app, const QCommandLineParser &parser, Encode encode, PrintText printText,
                 Send send)
{
    int exitCode = 0;
    send(printAnswer<T>(app, exitCode, parser.isSet(QStringLiteral("json")), encode, printText));
    return runUntilDone(app, exitCode);
}

// --json of a list answer: each item as `encode` writes it.
template<typename T, typename Encode> QJsonArray encodeEach(const QList<T> &items, Encode encode)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(encode(item));
    return array;
}

} // namespace cli
