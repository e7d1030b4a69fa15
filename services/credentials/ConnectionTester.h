#pragma once

#include "ApiEndpoint.h"
#include "CredentialStore.h"
#include "VendorEnvironment.h"

#include <QObject>

class HttpTransport;

// "Test connection": one real, authenticated, read-only request per vendor, and its outcome in
// words an analyst understands (works / credentials refused / TLS problem / unreachable).
class ConnectionTester : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Success,
        CredentialsRefused,
        TlsProblem,
        Unreachable,
        InsecureUrl,
        UnexpectedAnswer
    };
    Q_ENUM(Outcome)

    struct Report
    {
        Outcome outcome = Outcome::Unreachable;
        QString message; // one sentence for the analyst
        int httpStatus = 0;
    };

    explicit ConnectionTester(HttpTransport *transport, QObject *parent = nullptr);

    // Deadline and stall timeout of a test: someone is waiting in the dialog.
    static constexpr std::chrono::seconds kTestTimeout { 15 };
    // The endpoint for a vendor from a base URL and a credential (Bearer for Sphere, Basic for
    // Sardine; Yativo logs in first, so its test is the login itself).
    static ApiEndpoint endpointFor(Vendor vendor, const QUrl &baseUrl, const VendorCredential &credential);

    void test(Vendor vendor, const QUrl &baseUrl, const VendorCredential &credential, QObject *context,
              std::function<void(const Report &)> done);

    static Report reportFor(Vendor vendor, const Result<ApiResponse> &response);

private:
    HttpTransport *m_transport;
};
