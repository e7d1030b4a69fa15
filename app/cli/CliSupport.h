#pragma once

// What every kycdesk-cli command shares: its output streams, the one-line failure, and where each
// vendor lives and which credential it takes (defined in main.cpp, used by the command files).

#include "ApiEndpoint.h"
#include "ApiError.h"
#include "CredentialStore.h"
#include "VendorEnvironment.h"

#include <memory>
#include <optional>
#include <QJsonValue>
#include <QString>

class HttpTransport;
class QCommandLineParser;
class QCoreApplication;
class QTextStream;
class YativoClient;

namespace cli {

QTextStream &out();
int failWith(const QString &message);
int failWith(const ApiError &error);
// "kycdesk-cli: warning: …" on stderr: something the vendor did that was put right.
void warn(const QString &message);
// Qt's log messages (--verbose) on stderr with control characters escaped, like every other line.
void installEscapingMessageHandler();
void printJson(const QJsonValue &value);

struct SphereSetup
{
    ApiEndpoint endpoint;
    QString problem;
};

EnvironmentKind activeEnvironment(const QCommandLineParser &parser, Vendor vendor, QString *problem);
std::optional<VendorCredential> readCredential(QCoreApplication &app, Vendor vendor,
                                               EnvironmentKind environment, QString *problem);
SphereSetup sphereEndpoint(QCoreApplication &app, const QCommandLineParser &parser);
QString vendorBaseUrl(const QCommandLineParser &parser, Vendor vendor, QString *problem);
std::optional<VendorCredential> twoPartCredential(QCoreApplication &app, const QCommandLineParser &parser,
                                                  Vendor vendor, const char *idVariable,
                                                  const char *secretVariable, QString *problem);

// --timeout (every request's deadline) and --stall-timeout, in seconds, onto `endpoint`; returns
// why a value is unusable, or an empty string.
QString applyNetworkOptions(const QCommandLineParser &parser, ApiEndpoint &endpoint);

// Sardine's base URL and Basic credentials (environment first, then the keychain); nullopt with
// `problem` set when either is missing.
std::optional<ApiEndpoint> sardineEndpoint(QCoreApplication &app, const QCommandLineParser &parser,
                                           QString *problem);

// KYCDESK_YATIVO_TOKEN (a ready bearer token) first, else the account id + app secret; nullptr
// with `problem` set when neither is there.
std::unique_ptr<YativoClient> yativoClient(QCoreApplication &app, const QCommandLineParser &parser,
                                           HttpTransport *transport, QString *problem);

} // namespace cli
