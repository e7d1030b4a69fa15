#pragma once

#include "CustomerArchive.h"
#include "CustomerRow.h"
#include "CustomerRowSnapshot.h"
#include "WorkspaceError.h"

#include <QCoreApplication>

class WorkspaceDatabase;

// What the desk last saw of Sphere, kept in the workspace per environment (its record key): the
// book's listing (CustomerRowSnapshot) and each customer opened (as Sphere sent it). Shown at once
// on the next start and whenever Sphere cannot be reached, always with its age. The workspace file
// is owner-only, like the risk history and the trail beside it.
class CustomerCache : public CustomerArchive
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCache)

public:
    static constexpr int kRetentionDays = 30; // a customer not opened for this long is not kept

    explicit CustomerCache(WorkspaceDatabase *database);

    void keepCustomer(const QString &environment, const Customer &customer) override;
    std::optional<KeptCustomer> keptCustomer(const QString &environment, const QString &id) const override;

    struct KeptBook
    {
        CustomerRowBatch rows;
        QDateTime keptAt;
    };
    // A listing is kept a chunk at a time (CustomerRowSnapshot compresses it so), each chunk a row
    // of its own written as it comes, so that the database never copies a whole book at once (at a
    // million rows a single value was 66 MB, half a second of the UI thread to write). The listing
    // kept before stays whole until finishKeptBook() replaces it with the chunks of `generation`.
    static QString newGeneration();
    std::optional<WorkspaceError> keepBookChunk(const QString &environment, const QString &generation,
                                                int chunk, const CustomerRowSnapshot::CompressedChunk &bytes);
    // Fails, keeping the listing before, when the chunks of `generation` are not all there (another
    // desk on the team server kept the same environment meanwhile).
    std::optional<WorkspaceError> finishKeptBook(const QString &environment, const QString &generation,
                                                 int rows, int chunks);
    // The chunks of a listing that will not be finished (the book was reloaded meanwhile).
    void abandonKeptBook(const QString &environment, const QString &generation);
    // All of the above at once.
    std::optional<WorkspaceError> keepBook(const QString &environment, int rows,
                                           const QList<CustomerRowSnapshot::CompressedChunk> &chunks);
    // Nothing when no listing was kept for `environment`, or the one kept cannot be read.
    std::optional<KeptBook> keptBook(const QString &environment) const;

private:
    WorkspaceDatabase *m_database;
};
