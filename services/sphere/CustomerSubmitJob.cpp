#include "CustomerSubmitJob.h"

#include "ApiCall.h"
#include "HttpTransport.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"

#include <algorithm>

CustomerSubmitJob::CustomerSubmitJob(HttpTransport *transport, ApiEndpoint endpoint, ApiRequest request,
                                     CustomerRequest customer, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_customer(std::move(customer))
    , m_result(ApiError::cancelled(m_endpoint.vendor))
{ }

CustomerSubmitJob::~CustomerSubmitJob()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

bool CustomerSubmitJob::hasDocuments(const CustomerRequest &r)
{
    bool any = false;
    SphereRequestCodec::forEachDocument(
        r, [&any](const std::optional<DocumentUpload> &document) { any = any || document.has_value(); });
    return any;
}

void CustomerSubmitJob::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(this, &CustomerSubmitJob::encode, Qt::QueuedConnection);
}

void CustomerSubmitJob::refuse(const ApiError &error)
{
    if (m_started)
        return;
    m_started = true;
    m_refusal = error;
    QMetaObject::invokeMethod(this, &CustomerSubmitJob::encode, Qt::QueuedConnection);
}

void CustomerSubmitJob::abort()
{
    if (m_job) {
        m_job->abort(); // finishes through send()'s handler with Cancelled
        return;
    }
    finish(ApiError::cancelled(m_endpoint.vendor));
}

void CustomerSubmitJob::setStage(Stage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void CustomerSubmitJob::encode()
{
    if (isFinished())
        return;
    if (m_refusal) {
        finish(*m_refusal);
        return;
    }
    setStage(Stage::Encoding);
    m_hasDocuments = hasDocuments(m_customer);
    if (!m_hasDocuments) {
        send(SphereRequestCodec::encodeBody(m_customer)); // a few hundred bytes: not worth a thread
        return;
    }
    ApiCall::onPoolThenDeliver(
        this, [customer = m_customer] { return SphereRequestCodec::encodeBody(customer); },
        [this](const QByteArray &body) {
            if (!isFinished())
                send(body);
        });
}

void CustomerSubmitJob::send(const QByteArray &body)
{
    m_customer = CustomerRequest(); // the documents now live in the body; do not hold them twice
    m_bodySize = body.size();
    m_request.body = body;
    m_request.kind = m_hasDocuments ? RequestKind::SubmitWithDocuments : RequestKind::Submit;
    setStage(Stage::Sending);
    m_job = m_transport->send(m_endpoint, m_request);
    m_request.body.clear();
    connect(m_job, &ApiJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // QNetworkAccessManager ends with (0, 0) once the reply is in, which would snap a
        // progress bar back to empty just before the result arrives.
        if (total > 0)
            Q_EMIT uploadProgress(sent, total);
    });
    connect(m_job, &ApiJob::finished, this, [this, job = m_job.data()] {
        m_job = nullptr;
        finish(ApiCall::decoded(job->result(), &SphereCodec::decodeCustomerResponse));
    });
}

void CustomerSubmitJob::finish(Result<Customer> result)
{
    if (isFinished())
        return;
    m_result = std::move(result);
    setStage(Stage::Finished);
    Q_EMIT finished();
    deleteLater();
}
