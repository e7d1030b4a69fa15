#pragma once

#include "ApiEndpoint.h"
#include "Result.h"

#include <chrono>
#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One request to one vendor, with the policy every request shares in one place (after
// Nextcloud's AbstractNetworkJob): https-only except on loopback, on every redirect hop too;
// redirects followed by hand and only within the same origin (so credentials and bodies never
// leave it), at most kMaxRedirects; TLS errors never ignored; one absolute deadline per job
// (redirects, 429 retries and the waits between them included) and a response size cap per request
// kind plus a stall timeout; bounded back-off on 429 for idempotent requests, never waiting longer
// than kMaxRetryAfter nor past the deadline; and redacted logging. HTTP error statuses are not
// decided here: the vendor's codec reads its own error envelope. The job deletes itself after
// finished().
class ApiJob : public QObject
{
    Q_OBJECT

public:
    ApiJob(QNetworkAccessManager *network, ApiEndpoint endpoint, ApiRequest request,
           QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    void abort();

    const ApiEndpoint &endpoint() const { return m_endpoint; }
    const ApiRequest &request() const { return m_request; }
    // Valid after finished(): the HTTP response, or why there is none.
    const Result<ApiResponse> &result() const { return m_result; }
    // Since start(), retries and redirects included.
    qint64 elapsedMs() const { return m_elapsed.isValid() ? m_elapsed.elapsed() : 0; }
    QUrl url() const;

    // Refuses plain http:// to anything but loopback; returns the reason or an empty string.
    static QString transportProblem(const QUrl &url);
    // "https://host:443": scheme, host and port (the default port written out), what a redirect
    // must keep to be followed.
    static QString origin(const QUrl &url);
    // Seconds a Retry-After value asks for (delta-seconds or an HTTP-date, RFC 9110 10.2.3);
    // nullopt when it is neither. Huge values saturate instead of overflowing; past dates give 0.
    static std::optional<qint64> retryAfterSeconds(const QByteArray &value, const QDateTime &nowUtc);

    static constexpr int kMaxRateLimitRetries = 3;
    static constexpr int kMaxRedirects = 5;
    static constexpr std::chrono::seconds kMaxRetryAfter { 60 };
    static constexpr qint64 kReadBufferBytes = 1024 * 1024;

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void finished();
    // A 429 answered, and the request goes out again after `wait` (Retry-After, or a back-off).
    void rateLimited(std::chrono::milliseconds wait);

private:
    void startAttempt();
    void send();
    void readAvailable(QNetworkReply *reply);
    void onReplyFinished();
    void followRedirect(QNetworkReply *reply, int status);
    void retryAfterRateLimit(QNetworkReply *reply);
    void stopWith(const ApiError &error); // aborts the reply (if any) and finishes with `error`
    void checkDeclaredLength(QNetworkReply *reply);
    QString kindName() const;
    void finish(Result<ApiResponse> result);

    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
    ApiRequest m_request;
    // The hop on the wire: a redirect changes the URL, and a 301/302/303 the verb and body.
    QUrl m_target;
    QByteArray m_verb;
    QByteArray m_body;
    QByteArray m_received;
    QPointer<QNetworkReply> m_reply;
    QTimer m_stall;
    QTimer m_deadline;
    QTimer m_retry;
    QElapsedTimer m_elapsed;
    Result<ApiResponse> m_result;
    std::optional<ApiError> m_stopReason;
    QString m_tlsProblem;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_aborted = false;
    bool m_finished = false;
};
