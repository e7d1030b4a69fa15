#include "ApiError.h"

namespace {
// Every factory fills the same three fields; only the kind and the extras differ.
ApiError makeError(ApiError::Kind kind, const QString &vendor, const QString &message = {})
{
    ApiError e;
    e.kind = kind;
    e.vendor = vendor;
    e.message = message;
    return e;
}
} // namespace

ApiError ApiError::network(const QString &vendor, const QString &message)
{
    return makeError(Kind::Network, vendor, message);
}

ApiError ApiError::timeout(const QString &vendor, qint64 milliseconds)
{
    return timeout(vendor,
                   milliseconds % 1000 == 0
                       ? tr("no complete answer within %n second(s)", nullptr, int(milliseconds / 1000))
                       : tr("no complete answer within %1 s").arg(double(milliseconds) / 1000.0, 0, 'f', 1));
}

ApiError ApiError::timeout(const QString &vendor, const QString &message)
{
    return makeError(Kind::Timeout, vendor, message);
}

ApiError ApiError::redirectRefused(const QString &vendor, const QString &message)
{
    return makeError(Kind::RedirectRefused, vendor, message);
}

ApiError ApiError::limitExceeded(const QString &vendor, const QString &message)
{
    return makeError(Kind::LimitExceeded, vendor, message);
}

ApiError ApiError::decode(const QString &vendor, const QString &jsonPath, const QString &message)
{
    ApiError e = makeError(Kind::Decode, vendor, message);
    e.jsonPath = jsonPath;
    return e;
}

ApiError ApiError::http(const QString &vendor, int status, const QString &message)
{
    ApiError e = makeError(Kind::HttpStatus, vendor, message);
    e.httpStatus = status;
    return e;
}

ApiError ApiError::configuration(const QString &vendor, const QString &message)
{
    return makeError(Kind::Configuration, vendor, message);
}

ApiError ApiError::cancelled(const QString &vendor)
{
    return makeError(Kind::Cancelled, vendor);
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return tr("network error");
    case Kind::Timeout:
        return tr("timeout");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::InsecureTransport:
        return tr("insecure transport refused");
    case Kind::HttpStatus:
        return tr("HTTP error");
    case Kind::Decode:
        return tr("unexpected response");
    case Kind::Configuration:
        return tr("configuration error");
    case Kind::Cancelled:
        return tr("cancelled");
    case Kind::RedirectRefused:
        return tr("redirect refused");
    case Kind::LimitExceeded:
        return tr("limit exceeded");
    }
    return {};
}

QString ApiError::credentialName() const
{
    // Which credential an analyst has to look at, in the vendor's own terms.
    if (vendor == u"Sphere")
        return tr("Sphere API token");
    if (vendor == u"Sardine")
        return tr("Sardine client ID and client secret");
    if (vendor == u"Yativo")
        return tr("Yativo account ID and app secret");
    return tr("credentials");
}

QString ApiError::userMessage() const
{
    const QString sentence = describe();
    // The vendor's request id lets its support find the call; it is not secret.
    return requestId.isEmpty() ? sentence : tr("%1 [request id %2]").arg(sentence, requestId);
}

QString ApiError::describe() const
{
    const QString who = vendor.isEmpty() ? tr("The vendor") : vendor;
    switch (kind) {
    case Kind::Network:
        return tr("%1 could not be reached: %2").arg(who, message);
    case Kind::Timeout:
        return tr("%1 did not answer in time (%2).").arg(who, message);
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2").arg(who, message);
    case Kind::InsecureTransport:
        return tr("Refused to talk to %1 without encryption: %2").arg(who, message);
    case Kind::HttpStatus:
        if (httpStatus == 401)
            return tr("%1 rejected the credentials (HTTP 401) — check the %2: %3")
                .arg(who, credentialName(), message);
        if (httpStatus == 403)
            return tr("%1 refused access with these credentials (HTTP 403) — the %2 lacks a permission: %3")
                .arg(who, credentialName(), message);
        if (httpStatus == 404)
            return tr("%1 does not know this record (HTTP 404): %2").arg(who, message);
        if (httpStatus == 429)
            return tr("%1 is rate limiting requests (HTTP 429): %2").arg(who, message);
        if (httpStatus >= 500)
            return tr("%1 had an internal error (HTTP %2): %3").arg(who).arg(httpStatus).arg(message);
        return tr("%1 refused the request (HTTP %2): %3").arg(who).arg(httpStatus).arg(message);
    case Kind::Decode:
        return tr("%1 sent a response KYC Desk cannot read at %2: %3").arg(who, jsonPath, message);
    case Kind::Configuration:
        // A request refused locally by a documented rule (vendorCode names it, e.g. an approved
        // customer) is not a configuration problem: its own sentence says what to do.
        if (!vendorCode.isEmpty())
            return message;
        return tr("%1 is not configured: %2").arg(who, message);
    case Kind::Cancelled:
        return tr("The request to %1 was cancelled.").arg(who);
    case Kind::RedirectRefused:
        return tr("%1 redirected the request, and KYC Desk did not follow: %2").arg(who, message);
    case Kind::LimitExceeded:
        return tr("%1's answer went past a limit KYC Desk enforces: %2").arg(who, message);
    }
    return message;
}
