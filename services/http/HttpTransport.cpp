#include "HttpTransport.h"

#include <QNetworkAccessManager>

HttpTransport::HttpTransport(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<ApiError>();
}

VendorRequestRecord HttpTransport::recordOf(const ApiJob &job)
{
    VendorRequestRecord record;
    record.vendor = job.endpoint().vendor;
    record.method = job.request().verb;
    record.path = job.request().path;
    record.durationMs = job.elapsedMs();
    if (job.result().ok()) {
        record.httpStatus = job.result().value().httpStatus;
    } else {
        const ApiError &error = job.result().error();
        record.httpStatus = error.httpStatus;
        record.errorKind = ApiError::kindName(error.kind);
        record.requestId = error.requestId;
    }
    return record;
}

ApiJob *HttpTransport::send(const ApiEndpoint &endpoint, const ApiRequest &request)
{
    auto *job = new ApiJob(m_network, endpoint, request, this);
    ++m_inFlight;
    Q_EMIT activityChanged(m_inFlight);
    const std::optional<Vendor> vendor = VendorEnvironment::vendorFromKey(endpoint.vendor);
    if (vendor)
        m_jobsByVendor[*vendor].append(job);
    connect(job, &ApiJob::finished, this, [this, job, vendor] {
        if (vendor)
            m_jobsByVendor[*vendor].removeAll(job);
        --m_inFlight;
        Q_EMIT activityChanged(m_inFlight);
        Q_EMIT requestFinished(recordOf(*job));
        if (job->result().ok())
            Q_EMIT responseArrived(job->endpoint(), job->request(), job->result().value());
        else if (job->result().error().kind != ApiError::Kind::Cancelled)
            Q_EMIT requestFailed(job->result().error());
    });
    // Started from the event loop, so a caller always connects to finished() before a job
    // that fails at once (bad URL, insecure transport) can emit it.
    QMetaObject::invokeMethod(job, &ApiJob::start, Qt::QueuedConnection);
    return job;
}

void HttpTransport::abortInFlight(Vendor vendor)
{
    const QList<QPointer<ApiJob>> jobs = m_jobsByVendor.take(vendor);
    for (const QPointer<ApiJob> &job : jobs) {
        if (job)
            job->abort();
    }
}
