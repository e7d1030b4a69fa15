#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

// What went wrong with a vendor call, as a value. Every client returns one of these instead of
// throwing, crashing or handing back a default-constructed object.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        Network, // host unreachable, connection refused, DNS, ...
        Timeout, // the request's deadline passed, or no byte moved for the stall timeout
        Tls, // certificate or handshake failure; never ignored
        InsecureTransport, // http:// to a non-loopback host, or a redirect that downgrades
        HttpStatus, // the vendor answered with an error status (message is the vendor's)
        Decode, // the body is not what the contract says (jsonPath names where)
        Configuration, // missing base URL / credentials, bad input before any request
        Cancelled,
        RedirectRefused, // a redirect to another origin, or too many redirects (a loop)
        LimitExceeded, // an answer past a limit KYC Desk enforces: body size, Retry-After, pages
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString vendor; // "Sphere", "Sardine", "Yativo"
    QString message; // vendor's message, or the system's
    QString vendorCode; // the vendor's error code/name when it gives one
    QString jsonPath; // Decode: where in the body, e.g. "data.customers[3].kyc"
    QString requestId; // vendor request/correlation id, for support tickets

    static ApiError network(const QString &vendor, const QString &message);
    static ApiError timeout(const QString &vendor, qint64 milliseconds);
    static ApiError timeout(const QString &vendor, const QString &message);
    static ApiError redirectRefused(const QString &vendor, const QString &message);
    static ApiError limitExceeded(const QString &vendor, const QString &message);
    static ApiError decode(const QString &vendor, const QString &jsonPath, const QString &message);
    static ApiError http(const QString &vendor, int status, const QString &message);
    static ApiError configuration(const QString &vendor, const QString &message);
    static ApiError cancelled(const QString &vendor);

    // One sentence an analyst can act on ("Sphere rejected the API token (HTTP 401): ...").
    QString userMessage() const;
    // "Sardine client ID and client secret": the credential behind a 401/403 of this vendor.
    QString credentialName() const;
    static QString kindName(Kind kind);

private:
    QString describe() const; // userMessage() without the request id
};

Q_DECLARE_METATYPE(ApiError)
