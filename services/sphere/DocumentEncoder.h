#pragma once

#include <QByteArray>
#include <QFutureWatcher>
#include <QObject>

// Base64-encodes a document on a worker thread (QtConcurrent) in chunks, reporting progress, so a
// 10 MB scan never freezes the form. One encoder per document field; start() again restarts it.
class DocumentEncoder : public QObject
{
    Q_OBJECT

public:
    explicit DocumentEncoder(QObject *parent = nullptr);
    ~DocumentEncoder() override; // cancels and waits for the worker

    void start(const QByteArray &content);
    void cancel();
    bool isRunning() const;
    QByteArray result() const { return m_result; } // valid after finished()

    // The blocking form of the same encoding (CLI, tests, worker threads).
    static QByteArray encode(const QByteArray &content);

Q_SIGNALS:
    void progress(int percent); // 0..100, from the worker, delivered on this object's thread
    void finished(const QByteArray &base64);

private:
    QFutureWatcher<QByteArray> m_watcher;
    QByteArray m_result;
};
