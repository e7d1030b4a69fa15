#include "CustomerImportRunner.h"

#include "SphereClient.h"

#include <algorithm>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

CustomerImportRunner::CustomerImportRunner(SphereClient *client, QList<ImportRow> rows, int concurrency,
                                           qint64 maxDocumentBytes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_rows(std::move(rows))
    , m_concurrency(std::clamp(concurrency, 1, kMaxConcurrency))
    , m_maxDocumentBytes(maxDocumentBytes)
{
    m_outcomes.resize(m_rows.size());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        m_outcomes[i].row = m_rows.at(i).row;
        m_outcomes[i].line = m_rows.at(i).line;
        m_outcomes[i].name = m_rows.at(i).displayName();
    }
}

int CustomerImportRunner::count(ImportOutcome::Status status) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [status](const ImportOutcome &o) { return o.status == status; }));
}

void CustomerImportRunner::start()
{
    if (m_started)
        return;
    m_started = true;
    // Queued, so a caller connecting after start() (or an empty file) still sees finished().
    QTimer::singleShot(0, this, &CustomerImportRunner::pump);
}

bool CustomerImportRunner::stopsTheImport(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureTransport:
    case ApiError::Kind::Configuration:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::RedirectRefused: // every row would be redirected the same way
        return true;
    case ApiError::Kind::HttpStatus:
        return error.httpStatus == 401 || error.httpStatus == 403;
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Decode:
    case ApiError::Kind::LimitExceeded:
        return false;
    }
    return false;
}

void CustomerImportRunner::pump()
{
    while (m_next < m_rows.size() && m_inFlight < m_concurrency) {
        const qsizetype index = m_next++;
        const ImportRow &row = m_rows.at(index);
        ImportOutcome outcome = m_outcomes.at(index);
        if (row.blank) {
            outcome.status = ImportOutcome::Status::Skipped;
            outcome.issues = { { QString(), tr("empty row") } };
            complete(index, outcome);
        } else if (m_fatal) {
            outcome.status = ImportOutcome::Status::Skipped;
            outcome.issues
                = { { QString(), tr("not sent: the import stopped (%1)").arg(m_fatal->userMessage()) } };
            complete(index, outcome);
        } else if (!row.issues.isEmpty()) {
            outcome.status = ImportOutcome::Status::Failed;
            outcome.issues = row.issues;
            complete(index, outcome);
        } else {
            send(index);
        }
    }
    if (!m_reportedFinished && m_finishedRows == m_rows.size() && m_inFlight == 0) {
        m_reportedFinished = true;
        Q_EMIT finished();
    }
}

void CustomerImportRunner::send(qsizetype index)
{
    CustomerRequest request = m_rows.at(index).request;
    const QList<FieldIssue> documentIssues
        = CustomerCsvImport::loadDocuments(&request, m_maxDocumentBytes, m_rows.at(index).ownerNumbers);
    if (!documentIssues.isEmpty()) {
        ImportOutcome outcome = m_outcomes.at(index);
        outcome.status = ImportOutcome::Status::Failed;
        outcome.issues = documentIssues;
        complete(index, outcome);
        return;
    }
    ++m_inFlight;
    m_client->createCustomer(
        request, m_rows.at(index).idempotencyKey, this, [this, index](const Result<Customer> &result) {
            --m_inFlight;
            ImportOutcome outcome = m_outcomes.at(index);
            if (result) {
                outcome.status = ImportOutcome::Status::Created;
                outcome.customerId = result.value().id;
            } else {
                const ApiError &error = result.error();
                if (stopsTheImport(error) && !m_fatal)
                    m_fatal = error;
                outcome.status = ImportOutcome::Status::Failed;
                outcome.issues = { { CustomerRequestValidator::fieldFromVendorMessage(error.message),
                                     error.userMessage() } };
            }
            complete(index, outcome);
            pump();
        });
}

void CustomerImportRunner::complete(qsizetype index, ImportOutcome outcome)
{
    m_outcomes[index] = std::move(outcome);
    ++m_finishedRows;
    Q_EMIT rowFinished(m_outcomes.at(index));
}
