#pragma once

#include "ApiEndpoint.h"
#include "CustomerFeed.h"
#include "ListWalkGuard.h"
#include "Result.h"
#include "SphereTypes.h"

#include <chrono>
#include <QDeadlineTimer>
#include <QMap>
#include <QPointer>
#include <QTimer>

class ApiJob;
class HttpTransport;

// Walks every page of a customer listing. Page 1 tells how many pages there are; the next pages
// are requested a few at a time (ApiEndpoint::listPagesInFlight) so that transfer and decoding
// overlap, and are handed out strictly in order. A vendor that answers 429 gets fewer at a time:
// the number on the wire halves and nothing new goes out until its Retry-After has passed, then
// grows back by one for every few pages answered without one, never again to a number that drew one. The walk
// ends as ListWalkGuard decides, on each page as it is handed out: after the page the vendor calls the last
// (hasNext false, or its own totalPages, so a listing that grows while it is read is still read to its end),
// after a page that lists nobody new, or with an error at CustomerQuery::maxPages. A customer listed twice is
// handed out once; warnings() says what was put right. With CustomerQuery::tableFieldsOnly the pages arrive
// as the table's compact rows (rowsReady) instead of Customer values (pageReady). The walk keeps the endpoint
// it was started with: every page comes from one environment, whatever the client is pointed at meanwhile. A
// CustomerFeed on the calling thread; BackgroundCustomerList runs one on a thread of its own.
class CustomerListJob : public CustomerFeed
{
    Q_OBJECT

public:
    // Requested but not yet handed out, decoding included; at least the pages in flight.
    static constexpr int kPagesAhead = 10;

    CustomerListJob(HttpTransport *transport, ApiEndpoint endpoint, CustomerQuery query,
                    QObject *parent = nullptr);

    void start() override;
    void abort() override;

private:
    struct Page
    {
        QList<Customer> customers;
        CustomerRowBatch rows;
        Pagination pagination;
    };

    void requestPage(qint64 page);
    void requestMore();
    void onRateLimited(std::chrono::milliseconds wait);
    int pagesAhead() const { return std::max(kPagesAhead, m_endpoint.listPagesInFlight); }
    void onPage(qint64 page, const std::optional<ApiError> &error, Page result);
    void deliverReadyPages();
    void dropRepeatedCustomers(Page &page);
    void fail(const ApiError &error);
    void complete();

    HttpTransport *m_transport;
    ApiEndpoint m_endpoint;
    CustomerQuery m_query;
    ListWalkGuard m_guard;
    QMap<qint64, Page> m_ready; // decoded, waiting for earlier pages
    QList<QPointer<ApiJob>> m_jobs;
    qint64 m_nextToRequest = 1;
    qint64 m_nextToDeliver = 1;
    qint64 m_knownPages = 1;
    int m_onWire = 0; // requests whose response has not arrived
    int m_wireLimit; // m_onWire's bound: the endpoint's pages in flight, less after a 429
    int m_wireCeiling; // m_wireLimit grows back to this after a 429
    int m_pagesSinceRateLimit = 0;
    QDeadlineTimer m_holdNewRequests; // until a Retry-After has passed
    QTimer *m_resumeTimer;
    bool m_lastPageSeen = false;
};
