#pragma once

// Where each vendor lives and which credential it takes, for one kycdesk-cli command
// (shared/interfaces.md): the URL from --<vendor>-base-url, --base-url, else the app's settings;
// the credential from the environment variables, else the keychain entry of the active
// environment (--environment, else the settings), else — for the embedded environment — the
// sandbox's public demo credential. The resolution itself is VendorConnection's, as in the app;
// this file reads the options and words each failure for the terminal.

#include "VendorEnvironment.h"

#include <memory>
#include <QString>

class HttpTransport;
class QCommandLineParser;
class VendorConnection;

namespace cli {

// --environment, else the settings' environment of `vendor`; `problem` is set for an unknown key.
EnvironmentKind activeEnvironment(const QCommandLineParser &parser, Vendor vendor, QString *problem);
// --<vendor>-base-url, --base-url, else the settings' URL; `problem` is set when there is none or
// it is unusable.
QString vendorBaseUrl(const QCommandLineParser &parser, Vendor vendor, QString *problem);

// A Ready connection whose client (sphere(), sardine(), yativo()) sends through `transport`; nullptr
// with `problem` set when the URL, the credential or a network option is missing or bad.
std::unique_ptr<VendorConnection> connectSphere(HttpTransport *transport, const QCommandLineParser &parser,
                                                QString *problem);
std::unique_ptr<VendorConnection> connectSardine(HttpTransport *transport, const QCommandLineParser &parser,
                                                 QString *problem);
// KYCDESK_YATIVO_TOKEN (a ready bearer token, no login) first, else the account id + app secret.
std::unique_ptr<VendorConnection> connectYativo(HttpTransport *transport, const QCommandLineParser &parser,
                                                QString *problem);

} // namespace cli
