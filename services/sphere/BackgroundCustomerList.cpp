#include "BackgroundCustomerList.h"

#include "CustomerListJob.h"
#include "HttpTransport.h"
#include "SphereClient.h"

BackgroundCustomerList::BackgroundCustomerList(ApiEndpoint endpoint, CustomerQuery query, QObject *parent)
    : CustomerFeed(parent)
    , m_endpoint(std::move(endpoint))
    , m_query(std::move(query))
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("customer-list"));
    m_worker->moveToThread(m_thread);
    // Deleted on its own thread, after the thread's event loop has stopped (QThread's documented
    // pattern): the transport, client and job go with it.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

BackgroundCustomerList::~BackgroundCustomerList()
{
    if (!m_thread)
        return; // stopped and deleted already
    if (!m_thread->isRunning() && !m_thread->isFinished()) { // never started
        delete m_worker;
        delete m_thread;
        return;
    }
    // Aborted or finished just before (a window closing mid-load aborts, then deletes this), or
    // still walking: either way the thread may still be tearing down its network access manager,
    // and must not run into the application's exit. It deletes itself afterwards.
    m_thread->quit();
    m_thread->wait();
}

void BackgroundCustomerList::start()
{
    m_thread->start();
    QPointer<BackgroundCustomerList> self(this);
    QObject *worker = m_worker;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        worker,
        [self, worker, thread, endpoint = m_endpoint, query = m_query] {
            auto *transport = new HttpTransport(worker);
            auto *client = new SphereClient(transport, endpoint, worker);
            CustomerListJob *job = client->listAllCustomers(query);
            // Everything is handed over by value to the owner's thread, through the QThread object:
            // it lives there and outlasts the worker, while the owner may already be gone (`self` is
            // only looked at on the owner's thread). What arrives after an abort is dropped.
            const auto post = [self, thread](auto &&deliver) {
                QMetaObject::invokeMethod(
                    thread,
                    [self, deliver = std::forward<decltype(deliver)>(deliver)] {
                        if (self && !self->m_finished)
                            deliver(self.data());
                    },
                    Qt::QueuedConnection);
            };
            // What changes the counts carries them as the job has them then: whoever takes a page's
            // rows (the book, which moves its progress bar then) reads loaded() and total() at once,
            // before the progress signal that follows them has crossed over.
            const auto postCounted = [post, job](auto &&deliver) {
                post([loaded = job->loaded(), total = job->total(),
                      deliver = std::forward<decltype(deliver)>(deliver)](BackgroundCustomerList *owner) {
                    owner->m_loaded = loaded;
                    owner->m_total = total;
                    deliver(owner);
                });
            };
            QObject::connect(job, &CustomerListJob::rowsReady, worker,
                             [postCounted](const CustomerRowBatch &rows, const Pagination &pagination) {
                                 postCounted([rows, pagination](BackgroundCustomerList *owner) {
                                     Q_EMIT owner->rowsReady(rows, pagination);
                                 });
                             });
            QObject::connect(job, &CustomerListJob::pageReady, worker,
                             [postCounted](const QList<Customer> &customers, const Pagination &pagination) {
                                 postCounted([customers, pagination](BackgroundCustomerList *owner) {
                                     Q_EMIT owner->pageReady(customers, pagination);
                                 });
                             });
            QObject::connect(job, &CustomerListJob::progress, worker,
                             [postCounted](qint64 loaded, qint64 total) {
                                 postCounted([loaded, total](BackgroundCustomerList *owner) {
                                     Q_EMIT owner->progress(loaded, total);
                                 });
                             });
            QObject::connect(transport, &HttpTransport::activityChanged, worker, [post](int inFlight) {
                post([inFlight](BackgroundCustomerList *owner) { Q_EMIT owner->activityChanged(inFlight); });
            });
            QObject::connect(job, &CustomerListJob::finished, worker, [postCounted, job] {
                postCounted(
                    [error = job->error(), warnings = job->warnings()](BackgroundCustomerList *owner) {
                        owner->m_warnings = warnings;
                        owner->finish(error);
                    });
            });
        },
        Qt::QueuedConnection);
}

void BackgroundCustomerList::abort()
{
    if (m_finished)
        return;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            for (CustomerListJob *job : worker->findChildren<CustomerListJob *>())
                job->abort();
        },
        Qt::QueuedConnection);
    finish(ApiError::cancelled(m_endpoint.vendor));
}

void BackgroundCustomerList::finish(std::optional<ApiError> error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT activityChanged(0); // whatever was still on the wire is dropped with the thread
    Q_EMIT finished();
    // Gone once its thread has stopped, so the destructor's wait does not hold up this thread.
    if (m_thread && m_thread->isRunning()) {
        connect(m_thread, &QThread::finished, this, &QObject::deleteLater);
        m_thread->quit();
    } else {
        deleteLater();
    }
}
