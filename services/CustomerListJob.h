#pragma once

#include "CustomerRow.h"
#include "Result.h"
#include "SphereTypes.h"

#include <optional>
#include <QMap>
#include <QObject>
#include <QPointer>

class ApiJob;
class SphereClient;

// Walks every page of a customer listing. Page 1 tells how many pages there are; the next pages
// are requested a few at a time (kParallelPages) so that transfer and decoding overlap, and are
// handed out strictly in order. The walk ends on the first page that says hasNext == false,
// never on a page count alone, so a listing that grows while it is read is still read to its end.
// With CustomerQuery::tableFieldsOnly the pages arrive as the table's compact rows (rowsReady)
// instead of Customer values (pageReady).
class CustomerListJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kParallelPages = 3; // requests on the wire at once
    static constexpr int kPagesAhead = 6; // requested but not yet handed out, decoding included

    CustomerListJob(SphereClient *client, CustomerQuery query, QObject *parent = nullptr);

    void start();
    void abort();

    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }
    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }

Q_SIGNALS:
    void pageReady(const QList<Customer> &customers, const Pagination &pagination);
    void rowsReady(const CustomerRowBatch &rows, const Pagination &pagination); // tableFieldsOnly
    void progress(qint64 loaded, qint64 total);
    void finished(); // check error(); the job deletes itself afterwards

private:
    struct Page
    {
        QList<Customer> customers;
        CustomerRowBatch rows;
        Pagination pagination;
    };

    void requestPage(int page);
    void requestMore();
    void onPage(int page, const std::optional<ApiError> &error, Page result);
    void deliverReadyPages();
    void fail(const ApiError &error);
    void complete();

    SphereClient *m_client;
    CustomerQuery m_query;
    QMap<int, Page> m_ready; // decoded, waiting for earlier pages
    QList<QPointer<ApiJob>> m_jobs;
    int m_nextToRequest = 1;
    int m_nextToDeliver = 1;
    int m_knownPages = 1;
    int m_onWire = 0; // requests whose response has not arrived
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    std::optional<ApiError> m_error;
    bool m_finished = false;
    bool m_lastPageSeen = false;
};
