#pragma once

#include "ApiEndpoint.h"
#include "Result.h"
#include "SphereRequestTypes.h"

#include <optional>
#include <QObject>
#include <QPointer>

class ApiJob;
class HttpTransport;

// One Sphere create (POST /v1/customer) or update (POST /v1/customer/:id), from the typed request
// to the typed customer. The body is encoded first — on the thread pool when it carries documents,
// because base64 of a few scans is tens of megabytes of JSON — and only then sent as one ApiJob.
// This object exists from the start, so a caller can connect to uploadProgress() and abort()
// while the body is still being encoded, before any ApiJob exists. It deletes itself after
// finished().
class CustomerSubmitJob : public QObject
{
    Q_OBJECT

public:
    enum class Stage { Pending, Encoding, Sending, Finished };
    Q_ENUM(Stage)

    // `request` carries verb, path and Idempotency-Key; its body is filled from `customer`.
    CustomerSubmitJob(HttpTransport *transport, ApiEndpoint endpoint, ApiRequest request,
                      CustomerRequest customer, QObject *parent = nullptr);
    ~CustomerSubmitJob() override;

    // Encodes, sends and decodes; call once. Starts on the next event-loop turn, so callers that
    // connect right after creating the job miss nothing.
    void start();
    // Finishes with `error` on the next event-loop turn without sending anything: a request that
    // is refused locally still reports through the same finished() path as one the vendor refused.
    void refuse(const ApiError &error);
    void abort();

    Stage stage() const { return m_stage; }
    bool isFinished() const { return m_stage == Stage::Finished; }
    // Valid after finished().
    const Result<Customer> &result() const { return m_result; }
    // The encoded body's size, once known (0 before); what uploadProgress() counts up to.
    qint64 bodySize() const { return m_bodySize; }

    // Whether encoding is worth a worker thread: only documents make a body large.
    static bool hasDocuments(const CustomerRequest &request);

Q_SIGNALS:
    void stageChanged(CustomerSubmitJob::Stage stage);
    void uploadProgress(qint64 sent, qint64 total);
    void finished();

private:
    void encode();
    void send(const QByteArray &body);
    void setStage(Stage stage);
    void finish(Result<Customer> result);

    HttpTransport *m_transport;
    ApiEndpoint m_endpoint;
    ApiRequest m_request;
    CustomerRequest m_customer;
    QPointer<ApiJob> m_job;
    Result<Customer> m_result;
    std::optional<ApiError> m_refusal;
    Stage m_stage = Stage::Pending;
    qint64 m_bodySize = 0;
    bool m_started = false;
    bool m_hasDocuments = false;
};
