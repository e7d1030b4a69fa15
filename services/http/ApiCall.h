#pragma once

#include "ApiJob.h"
#include "BulkDecodePool.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <type_traits>
#include <utility>

// The one way a vendor client turns a response into its typed answer: a transport failure
// (deadline, TLS, cancel, size cap …) is passed on as it is; otherwise the vendor's codec reads the
// HTTP status and body, its own error envelope included, so no client decides HTTP errors itself.
// `decode` is any callable (int httpStatus, const QByteArray &body) -> Result<T>; `done` takes a
// const Result<T> &.
namespace ApiCall {

template<typename Decode> using Answer = std::invoke_result_t<const Decode &, int, const QByteArray &>;

template<typename Decode> Answer<Decode> decoded(const Result<ApiResponse> &response, const Decode &decode)
{
    if (!response)
        return response.error();
    return decode(response.value().httpStatus, response.value().body);
}

// For a response that reaches the client through a callback rather than a job's signal (Yativo
// sends after logging in, and again after a 401).
template<typename Decode, typename Done> auto decoding(Decode decode, Done done)
{
    return [decode = std::move(decode), done = std::move(done)](const Result<ApiResponse> &response) {
        done(decoded(response, decode));
    };
}

// `done` hears the job's typed answer on `context`'s thread, and only while `context` lives.
template<typename Decode, typename Done>
ApiJob *deliver(ApiJob *job, QObject *context, Decode decode, Done done)
{
    QObject::connect(job, &ApiJob::finished, context,
                     [job, handle = decoding(std::move(decode), std::move(done))] { handle(job->result()); });
    return job;
}

// `done` hears the future's result on `context`'s thread, and not at all once `context` is gone: the
// result comes through a watcher `context` owns (Qt 6.4's QFuture::then(context, …) asserts when its
// context is gone by the time the work ends).
template<typename T, typename Done> void deliverWhenDone(QObject *context, QFuture<T> future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        watcher->deleteLater();
        QFuture<T> finished = watcher->future();
        if (finished.resultCount() == 0) {
            // What the work threw is thrown here, as result() would; a future cancelled without a
            // result (QtConcurrent::run once the application has let its pool go) has nothing to say.
            finished.waitForFinished();
            return;
        }
        done(finished.result());
    });
    watcher->setFuture(std::move(future));
}

// `work` runs on Qt's global thread pool; `done` hears its result as deliverWhenDone says.
template<typename Work, typename Done> void onPoolThenDeliver(QObject *context, Work work, Done done)
{
    deliverWhenDone(context, QtConcurrent::run(std::move(work)), std::move(done));
}

// The same as deliver, with the decoding on BulkDecodePool: a page of 1000 customers is about a
// megabyte of JSON, which would stall the caller's thread (the UI's) while it is read. A context that
// goes first (a walk stopped at its row cap while a page is decoding) takes the delivery with it.
template<typename Decode, typename Done>
ApiJob *deliverDecodedOffThread(ApiJob *job, QObject *context, Decode decode, Done done)
{
    QObject::connect(
        job, &ApiJob::finished, context, [job, context, decode = std::move(decode), done = std::move(done)] {
            const Result<ApiResponse> &response = job->result();
            if (!response) {
                done(response.error());
                return;
            }
            const ApiResponse copy = response.value(); // shares the body's bytes
            deliverWhenDone(
                context, BulkDecodePool::run([copy, decode] { return decode(copy.httpStatus, copy.body); }),
                done);
        });
    return job;
}

} // namespace ApiCall
