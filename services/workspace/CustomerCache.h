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
    // The listing of `rows` rows, as CustomerRowSnapshot compressed it chunk by chunk, in order:
    // replaces what was kept for `environment`. Each chunk is a row of its own, so the database never
    // copies the whole book at once (at a million rows a single value was 66 MB, copied on the way in).
    std::optional<WorkspaceError> keepBook(const QString &environment, int rows,
                                           const QList<CustomerRowSnapshot::CompressedChunk> &chunks);
    // Nothing when no listing was kept for `environment`, or the one kept cannot be read.
    std::optional<KeptBook> keptBook(const QString &environment) const;

private:
    WorkspaceDatabase *m_database;
};
