#include "CustomerListJob.h"

#include "ApiJob.h"
#include "CustomerPageRequest.h"

CustomerListJob::CustomerListJob(HttpTransport *transport, ApiEndpoint endpoint, CustomerQuery query,
                                 QObject *parent)
    : CustomerFeed(parent)
    , m_transport(transport)
    , m_endpoint(std::move(endpoint))
    , m_query(std::move(query))
    , m_guard(m_endpoint.vendor, m_query.maxPages, m_query.maxRows)
    , m_wireLimit(std::clamp(m_endpoint.listPagesInFlight, 1, ApiEndpoint::kMaxListPagesInFlight))
    , m_wireCeiling(m_wireLimit)
    , m_resumeTimer(new QTimer(this))
{
    m_resumeTimer->setSingleShot(true);
    connect(m_resumeTimer, &QTimer::timeout, this, &CustomerListJob::requestMore);
}

void CustomerListJob::start()
{
    requestPage(m_nextToRequest++);
}

void CustomerListJob::abort()
{
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
    fail(ApiError::cancelled(m_endpoint.vendor));
}

void CustomerListJob::requestPage(qint64 page)
{
    ++m_onWire;
    ApiJob *job = nullptr;
    if (m_query.tableFieldsOnly) {
        job = CustomerPageRequest::fetchRows(
            m_transport, m_endpoint, m_query, page, this,
            [this, page](const Result<CustomerRowPage> &result) {
                if (!result) {
                    onPage(page, result.error(), {});
                    return;
                }
                onPage(page, std::nullopt, { {}, result.value().rows, result.value().pagination });
            });
    } else {
        job = CustomerPageRequest::fetch(
            m_transport, m_endpoint, m_query, page, this, [this, page](const Result<CustomerPage> &result) {
                if (!result) {
                    onPage(page, result.error(), {});
                    return;
                }
                onPage(page, std::nullopt, { result.value().customers, {}, result.value().pagination });
            });
    }
    m_jobs.append(job);
    connect(job, &ApiJob::rateLimited, this, &CustomerListJob::onRateLimited);
    // The next request goes out as soon as this response is in, not once it is decoded: the vendor
    // answers one request at a time, and waiting for our decoder left it idle for a third of the load.
    connect(job, &ApiJob::finished, this, [this] {
        --m_onWire;
        requestMore();
    });
}

void CustomerListJob::requestMore()
{
    // A few requests on the wire, a bounded number of pages ahead of the table (pages decoded out of
    // order wait in m_ready), never beyond what the vendor said exists.
    if (!m_holdNewRequests.hasExpired()) {
        if (!m_resumeTimer->isActive())
            m_resumeTimer->start(std::max<qint64>(1, m_holdNewRequests.remainingTime()));
        return;
    }
    while (!m_finished && !m_lastPageSeen && m_onWire < m_wireLimit
           && m_nextToRequest - m_nextToDeliver < pagesAhead() && m_nextToRequest <= m_knownPages
           && m_nextToRequest <= m_guard.maxPages())
        requestPage(m_nextToRequest++);
    if (!m_finished && m_nextToRequest == m_nextToDeliver && !m_lastPageSeen
        && m_nextToRequest <= m_guard.maxPages())
        requestPage(m_nextToRequest++); // the listing grew past the page count we knew
}

void CustomerListJob::onRateLimited(std::chrono::milliseconds wait)
{
    // The request itself is retried by its ApiJob; the walk stops adding to the vendor's load. The
    // 429s of one burst count once: the first halves the pages on the wire and the number that
    // failed, less one, is the most the walk goes back up to.
    if (m_holdNewRequests.hasExpired()) {
        m_wireCeiling = std::max(1, std::min(m_wireCeiling, m_wireLimit - 1));
        m_wireLimit = std::max(1, m_wireLimit / 2);
    }
    m_pagesSinceRateLimit = 0;
    if (m_holdNewRequests.remainingTimeAsDuration() < wait)
        m_holdNewRequests.setRemainingTime(wait);
    m_resumeTimer->stop();
}

void CustomerListJob::onPage(qint64 page, const std::optional<ApiError> &error, Page result)
{
    if (m_finished)
        return;
    if (error) {
        fail(*error);
        return;
    }
    const Pagination p = result.pagination;
    if (p.page != page) {
        ApiError mismatch = ApiError::decode(m_endpoint.vendor, QStringLiteral("data.pagination.page"),
                                             tr("asked for page %1, got page %2").arg(page).arg(p.page));
        fail(mismatch);
        return;
    }
    m_total = p.total;
    m_knownPages = std::max({ m_knownPages, p.totalPages, p.hasNext ? page + 1 : page });
    m_ready.insert(page, std::move(result));
    deliverReadyPages(); // before requesting more: the walk's stop rules look at each page first
    if (m_finished)
        return;
    requestMore();
}

void CustomerListJob::deliverReadyPages()
{
    while (!m_ready.isEmpty() && m_ready.firstKey() == m_nextToDeliver) {
        Page page = m_ready.take(m_nextToDeliver);
        ++m_nextToDeliver;
        m_guard.expectRows(page.pagination.total);
        dropRepeatedCustomers(page);
        if (m_query.tableFieldsOnly) {
            m_loaded += page.rows.size();
            Q_EMIT rowsReady(page.rows, page.pagination);
        } else {
            m_loaded += page.customers.size();
            Q_EMIT pageReady(page.customers, page.pagination);
        }
        Q_EMIT progress(m_loaded, m_total);
        if (m_wireLimit < m_wireCeiling && ++m_pagesSinceRateLimit >= 2 * m_wireLimit) {
            ++m_wireLimit;
            m_pagesSinceRateLimit = 0;
        }
        const Pagination &p = page.pagination;
        switch (m_guard.afterPage(p.page, p.hasNext, p.totalPages)) {
        case ListWalkGuard::Step::Continue:
            break;
        case ListWalkGuard::Step::Done:
            m_lastPageSeen = true;
            complete();
            return;
        case ListWalkGuard::Step::Failed:
            fail(*m_guard.error());
            return;
        }
    }
}

void CustomerListJob::dropRepeatedCustomers(Page &page)
{
    if (!m_query.tableFieldsOnly) {
        page.customers.removeIf([this](const Customer &c) { return !m_guard.admit(c.id); });
        return;
    }
    // Rows share their page's text buffers: rebuilt only for the rare page that repeats someone.
    QList<QAnyStringView> ids;
    ids.reserve(page.rows.rows.size());
    for (const CustomerRow &row : std::as_const(page.rows.rows))
        ids.append(page.rows.id(row));
    const QList<bool> keep = m_guard.admitAll(ids);
    if (!keep.contains(false))
        return;
    CustomerRowBatch kept;
    for (qsizetype i = 0; i < keep.size(); ++i) {
        const CustomerRow &row = page.rows.rows.at(i);
        if (keep.at(i))
            kept.appendCopy(row, page.rows);
    }
    page.rows = std::move(kept);
}

void CustomerListJob::fail(const ApiError &error)
{
    if (m_finished)
        return;
    m_error = error;
    complete();
}

void CustomerListJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_warnings = m_guard.warnings();
    for (const QPointer<ApiJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
    Q_EMIT finished();
    deleteLater();
}
