#pragma once

#include "ApiEndpoint.h"
#include "CustomerRow.h"
#include "ListWalkGuard.h"
#include "Result.h"
#include "SphereTypes.h"

#include <optional>
#include <QObject>
#include <QPointer>
#include <QThread>

// The whole customer list, walked by a CustomerListJob on a thread of its own (its own
// QNetworkAccessManager; the same ApiJob policy), for the customer table. On the UI thread every
// request waited behind the table's work — inserting, sorting and painting 100 000 rows — and the
// vendor, which answers one request at a time, sat idle meanwhile; here the next request goes out
// whatever the UI thread is doing. Signals arrive on the thread that created this object. Like
// CustomerListJob it deletes itself after finished() (once its thread has stopped); after abort()
// nothing but finished() (with a Cancelled error) is emitted.
class BackgroundCustomerList : public QObject
{
    Q_OBJECT

public:
    BackgroundCustomerList(ApiEndpoint endpoint, CustomerQuery query, QObject *parent = nullptr);
    ~BackgroundCustomerList() override; // a walk still running is stopped, and its thread waited for

    void start();
    void abort();

    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }
    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; }
    // What the walk put right (duplicates, a listing that would not end), once finished.
    const QList<ListWarning> &warnings() const { return m_warnings; }

Q_SIGNALS:
    void rowsReady(const CustomerRowBatch &rows, const Pagination &pagination); // tableFieldsOnly
    void pageReady(const QList<Customer> &customers, const Pagination &pagination); // otherwise
    void progress(qint64 loaded, qint64 total);
    void finished(); // check error()
    // Requests of this walk on the wire (its own transport's count, for the status bar).
    void activityChanged(int requestsInFlight);

private:
    void finish(std::optional<ApiError> error);

    ApiEndpoint m_endpoint;
    CustomerQuery m_query;
    // Deletes itself once stopped, so finishing never blocks the caller; only the destructor waits
    // for it (a window closed mid-load must not leave it running into the application's exit).
    QPointer<QThread> m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; parent of the thread's transport, client and job
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    std::optional<ApiError> m_error;
    QList<ListWarning> m_warnings;
    bool m_finished = false;
};
