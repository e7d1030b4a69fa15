#pragma once

#include "ApiEndpoint.h"
#include "CustomerFeed.h"
#include "SphereTypes.h"

#include <QPointer>
#include <QThread>

// The whole customer list, walked by a CustomerListJob on a thread of its own (its own
// QNetworkAccessManager; the same ApiJob policy), for the customer table. On the UI thread every
// request waited behind the table's work — inserting, sorting and painting 100 000 rows — and the
// vendor, which answers one request at a time, sat idle meanwhile; here the next request goes out
// whatever the UI thread is doing. Signals arrive on the thread that created this object; it
// deletes itself once finished and its thread has stopped.
class BackgroundCustomerList : public CustomerFeed
{
    Q_OBJECT

public:
    BackgroundCustomerList(ApiEndpoint endpoint, CustomerQuery query, QObject *parent = nullptr);
    ~BackgroundCustomerList() override; // a walk still running is stopped, and its thread waited for

    void start() override;
    void abort() override;

private:
    void finish(std::optional<ApiError> error);

    ApiEndpoint m_endpoint;
    CustomerQuery m_query;
    // Deletes itself once stopped, so finishing never blocks the caller; only the destructor waits
    // for it (a window closed mid-load must not leave it running into the application's exit).
    QPointer<QThread> m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; parent of the thread's transport, client and job
};
