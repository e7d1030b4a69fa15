#pragma once

#include <array>
#include <chrono>
#include <QByteArray>
#include <QString>
#include <QUrl>

// What a request is for. Each kind has its own absolute deadline and response-size cap: a list page
// is large, a single record small, a create with scanned documents slow to upload.
enum class RequestKind {
    Read, // one record: a customer, wallet, bank account, identity, KYC status, link
    ListPage, // one page of a listing (also Sardine's history, a bare array)
    Submit, // a create / update / login without documents
    SubmitWithDocuments, // a create or update whose body carries base64 documents
    RiskCheck, // Sardine's risk answer
};
inline constexpr int kRequestKindCount = 5;

// The limits of one request kind, enforced by ApiJob.
struct RequestLimits
{
    std::chrono::milliseconds deadline; // from the first byte sent to the last byte received
    qint64 maxResponseBytes; // the body is not read past this; the request fails saying so
};

// Where one vendor lives and how to authenticate to it; one per vendor x environment.
struct ApiEndpoint
{
    QString vendor; // "Sphere", "Sardine", "Yativo": used in messages and logs
    QUrl baseUrl;
    QByteArray authorization; // the whole Authorization header value ("Bearer …", "Basic …")
    // No byte in either direction for this long fails the request, however far its deadline is.
    std::chrono::milliseconds stallTimeout { std::chrono::seconds(30) };
    std::array<RequestLimits, kRequestKindCount> limits = defaultLimits();
    // List pages on the wire at once when a listing is walked (CustomerListJob). Measured with
    // `kycdesk-bench --latency 50` (100 000 customers, pages of 1 000): 3 loaded in 0.40× a
    // sequential curl of the same pages, 6 in 0.23×; on loopback 6 is no slower than 3.
    static constexpr int kDefaultListPagesInFlight = 6;
    static constexpr int kMaxListPagesInFlight = 32;
    int listPagesInFlight = kDefaultListPagesInFlight;

    RequestLimits &limitsFor(RequestKind kind) { return limits[std::size_t(kind)]; }
    const RequestLimits &limitsFor(RequestKind kind) const { return limits[std::size_t(kind)]; }
    // One deadline for every kind (kycdesk-cli --timeout, Test connection).
    void setDeadline(std::chrono::milliseconds deadline)
    {
        for (RequestLimits &l : limits)
            l.deadline = deadline;
    }

    static constexpr std::array<RequestLimits, kRequestKindCount> defaultLimits()
    {
        using namespace std::chrono_literals;
        constexpr qint64 MiB = 1024 * 1024;
        // A page of 1000 customers is about 1 MiB of JSON, one customer a few KiB, a risk answer
        // tens of KiB: each cap leaves a wide margin and still stops a runaway body early.
        return { {
            { 30s, 8 * MiB }, // Read
            { 60s, 16 * MiB }, // ListPage
            { 60s, 8 * MiB }, // Submit
            { 10min, 8 * MiB }, // SubmitWithDocuments: tens of MB up a slow office link
            { 60s, 4 * MiB }, // RiskCheck
        } };
    }

    static QByteArray bearer(const QString &token) { return "Bearer " + token.toUtf8(); }
    static QByteArray basic(const QString &user, const QString &password)
    {
        return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
    }
};

// The request a vendor client wants made; the transport adds policy (auth, limits, checks).
struct ApiRequest
{
    QByteArray verb = "GET";
    QString path; // appended to the endpoint's base URL path, e.g. "/v1/customer/customer_…"
    QList<std::pair<QString, QString>> query;
    QByteArray body; // JSON, for POST
    QByteArray idempotencyKey; // sent as Idempotency-Key on creates
    RequestKind kind = RequestKind::Read;

    bool isIdempotent() const { return verb == "GET" || verb == "HEAD" || !idempotencyKey.isEmpty(); }
};

// What came back at the HTTP level; vendor envelopes are decoded by each client's codec.
struct ApiResponse
{
    int httpStatus = 0;
    QByteArray body;
};
