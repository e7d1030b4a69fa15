#pragma once

#include <chrono>
#include <QByteArray>
#include <QString>
#include <QUrl>

// Where one vendor lives and how to authenticate to it; one per vendor x environment.
struct ApiEndpoint
{
    QString vendor; // "Sphere", "Sardine", "Yativo": used in messages and logs
    QUrl baseUrl;
    QByteArray authorization; // the whole Authorization header value ("Bearer …", "Basic …")
    std::chrono::milliseconds transferTimeout { std::chrono::seconds(30) };

    static QByteArray bearer(const QString &token) { return "Bearer " + token.toUtf8(); }
    static QByteArray basic(const QString &user, const QString &password)
    {
        return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
};

// The request a vendor client wants made; the transport adds policy (auth, timeout, checks).
struct ApiRequest
{
    QByteArray verb = "GET";
    QString path; // appended to the endpoint's base URL path, e.g. "/v1/customer/customer_…"
    QList<std::pair<QString, QString>> query;
    QByteArray body; // JSON, for POST
    QByteArray idempotencyKey; // sent as Idempotency-Key on creates

    bool isIdempotent() const { return verb == "GET" || verb == "HEAD" || !idempotencyKey.isEmpty(); }
};

// What came back at the HTTP level; vendor envelopes are decoded by each client's codec.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
};
