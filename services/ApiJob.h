#pragma once

#include "ApiEndpoint.h"
#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// One request to one vendor, with the policy every request shares in one place (after
// Nextcloud's AbstractNetworkJob): https-only except on loopback, no redirect that downgrades,
// TLS errors never ignored, a transfer timeout, bounded back-off on 429 for idempotent requests,
// and redacted logging. HTTP error statuses are not decided here: the vendor's codec reads its
// own error envelope. The job deletes itself after finished().
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
    QUrl url() const;

    // Refuses plain http:// to anything but loopback; returns the reason or an empty string.
    static QString transportProblem(const QUrl &url);

    static constexpr int kMaxRateLimitRetries = 3;

Q_SIGNALS:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    void send();
    void onReplyFinished();
    void onTimeout();
    void finish(Result<ApiResponse> result);

    QNetworkAccessManager *m_network;
    ApiEndpoint m_endpoint;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeout;
    QElapsedTimer m_elapsed;
    Result<ApiResponse> m_result;
    QString m_tlsProblem;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_finished = false;
};
