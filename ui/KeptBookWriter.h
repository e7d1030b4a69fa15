#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

class CustomerCache;

// Writes each complete listing to the workspace for the next start (CustomerCache::keepBook) without
// holding up the window: the caller hands over the rows already serialized (a tenth of a second for
// 100 000 of them), the compression (about a second) runs on the thread pool, and the write follows on
// this thread when it is done. A listing kept while the one before is still being compressed replaces
// it. The cache must outlive this object: a write still pending when it is destroyed is finished then,
// so that closing the window right after a load still leaves the copy for the next start.
class KeptBookWriter : public QObject
{
    Q_OBJECT

public:
    KeptBookWriter(CustomerCache *cache, QObject *parent = nullptr);
    ~KeptBookWriter() override;

    void keep(const QString &environment, const QByteArray &serializedRows, int rows);
    bool isWriting() const { return m_pending.isValid(); }

private:
    void writePending();

    CustomerCache *m_cache;
    QFuture<QByteArray> m_pending;
    QFutureWatcher<QByteArray> m_watcher;
    QString m_environment;
    int m_rows = 0;
};
