#pragma once

#include "ApiError.h"
#include "CustomerRow.h"
#include "ListWarning.h"
#include "SphereTypes.h"

#include <optional>
#include <QList>
#include <QObject>

// The customer listing as it arrives, page after page: what the customer book reads, whoever walks
// the vendor's pages (on this thread, or on a thread of its own). A feed delivers pages in order,
// then finished() once; after abort() nothing but finished() (with a Cancelled error) is emitted.
// It deletes itself after finished(). With CustomerQuery::tableFieldsOnly the pages arrive as the
// table's compact rows (rowsReady), otherwise as Customer values (pageReady).
class CustomerFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void start() = 0;
    virtual void abort() = 0;

    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; } // as the vendor announces it
    bool isFinished() const { return m_finished; }
    const std::optional<ApiError> &error() const { return m_error; } // once finished
    // What the walk put right (duplicates, a listing that would not end), once finished.
    const QList<ListWarning> &warnings() const { return m_warnings; }

Q_SIGNALS:
    void rowsReady(const CustomerRowBatch &rows, const Pagination &pagination);
    void pageReady(const QList<Customer> &customers, const Pagination &pagination);
    void progress(qint64 loaded, qint64 total);
    void finished(); // check error()
    // Requests of this feed on the wire, when it has a transport of its own (for the status bar).
    void activityChanged(int requestsInFlight);

protected:
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    std::optional<ApiError> m_error;
    QList<ListWarning> m_warnings;
    bool m_finished = false;
};
