#pragma once

#include "ApiJob.h"
#include "VendorEnvironment.h"
#include "VendorRequestRecord.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

// The one small HTTP layer every vendor client shares: a QNetworkAccessManager, job creation,
// and a count of requests in flight for the status bar.
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QObject *parent = nullptr);

    // Creates a job and starts it on the next event-loop turn, so callers can connect first. It is
    // parented to the transport and deletes itself when done.
    ApiJob *send(const ApiEndpoint &endpoint, const ApiRequest &request);
    int requestsInFlight() const { return m_inFlight; }
    // Cancels every request in flight to one vendor (its environment changed: an answer from the
    // old one must not land in the new one). Each cancelled job finishes with ApiError::Cancelled.
    void abortInFlight(Vendor vendor);
    QNetworkAccessManager *network() const { return m_network; }

Q_SIGNALS:
    void activityChanged(int requestsInFlight);
    void requestFailed(const ApiError &error);
    // Every request that ended, answered or not (cancelled ones too), for the audit trail.
    void requestFinished(const VendorRequestRecord &record);
    // Every response that arrived, exactly as received (whatever its status), before any decoding:
    // for a record of what the vendor said (kycdesk-cli --raw).
    void responseArrived(const ApiEndpoint &endpoint, const ApiRequest &request, const ApiResponse &response);

private:
    static VendorRequestRecord recordOf(const ApiJob &job);

    QNetworkAccessManager *m_network;
    int m_inFlight = 0;
    QHash<Vendor, QList<QPointer<ApiJob>>> m_jobsByVendor; // by ApiEndpoint::vendor
};
