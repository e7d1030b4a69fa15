#pragma once

#include "ApiError.h"
#include "CustomerCsvImport.h"

#include <optional>
#include <QList>
#include <QObject>

class SphereClient;

// Sends the rows of a CSV import (CustomerCsvImport) as Sphere creates, a bounded number at a time, each with
// its row's Idempotency-Key. Rows with local issues are reported without being sent; a row the vendor refuses
// is reported with its message and the rest go on. Only errors that would fail every row the same way
// (unreachable host, TLS, refused credentials) stop the import: the rows not sent yet are reported as
// skipped.
class CustomerImportRunner : public QObject
{
    Q_OBJECT

public:
    // Four in flight keeps a loopback sandbox and a remote vendor busy without nearing Sphere's ~100
    // requests/s; ApiJob backs off on 429 (the keyed creates are safe to retry).
    static constexpr int kDefaultConcurrency = 4;
    static constexpr int kMaxConcurrency = 32;

    CustomerImportRunner(SphereClient *client, QList<ImportRow> rows, int concurrency = kDefaultConcurrency,
                         qint64 maxDocumentBytes = CustomerRequestValidator::kDefaultMaxDocumentBytes,
                         QObject *parent = nullptr);

    void start();
    bool isFinished() const { return m_finishedRows == m_rows.size() && m_inFlight == 0; }

    // One per row, in row order (valid after finished()).
    const QList<ImportOutcome> &outcomes() const { return m_outcomes; }
    int count(ImportOutcome::Status status) const;
    // Set when an error stopped the import early.
    const std::optional<ApiError> &fatalError() const { return m_fatal; }

Q_SIGNALS:
    void rowFinished(const ImportOutcome &outcome);
    void finished();

private:
    void pump();
    void send(qsizetype index);
    void complete(qsizetype index, ImportOutcome outcome);
    static bool stopsTheImport(const ApiError &error);

    SphereClient *m_client;
    QList<ImportRow> m_rows;
    QList<ImportOutcome> m_outcomes;
    int m_concurrency;
    qint64 m_maxDocumentBytes;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    qsizetype m_finishedRows = 0;
    std::optional<ApiError> m_fatal;
    bool m_started = false;
    bool m_reportedFinished = false;
};
