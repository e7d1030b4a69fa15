#pragma once

#include "ApiError.h"
#include "CompactIdSet.h"
#include "ListWarning.h"

#include <optional>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The rules that end a walk over a vendor's pages, the same for every listing: stop after the
// page the vendor says is the last (hasNext false, or page == totalPages), after a page that brings
// no id not seen before, and fail at a hard maximum of pages or of rows (the rows are held in
// memory, and a vendor choosing its own page size could otherwise send millions), or of bytes of ids
// (a vendor sending ids of kilobytes each). Ids seen twice are kept
// once and reported. Page numbers are 64-bit, so a vendor's page 2^32 + 1 is never page 1.
class ListWalkGuard
{
    Q_DECLARE_TR_FUNCTIONS(ListWalkGuard)

public:
    static constexpr qint64 kDefaultMaxPages = 10000;
    static constexpr qint64 kDefaultMaxRows = 1000000;
    // The ids a walk holds, in bytes: a million ids of 500 bytes. Checked after each page, so with
    // pages of at most 16 MiB the id set never nears its 4 GiB arena.
    static constexpr qint64 kDefaultMaxIdBytes = qint64(512) * 1024 * 1024;
    enum class Step { Continue, Done, Failed };

    explicit ListWalkGuard(QString vendor, qint64 maxPages = kDefaultMaxPages,
                           qint64 maxRows = kDefaultMaxRows, qint64 maxIdBytes = kDefaultMaxIdBytes);

    // Records `id`; false when it was listed before (drop it).
    bool admit(QAnyStringView id);
    // admit() for a page's ids at once (CompactIdSet::insertAll): true where an id is kept.
    QList<bool> admitAll(const QList<QAnyStringView> &ids);
    // The vendor's announced total, so the id set is sized once instead of rehashed as it grows.
    void expectRows(qint64 total);
    // Once a page's ids went through admit(): whether to ask for page + 1.
    Step afterPage(qint64 page, bool vendorSaysMore, qint64 totalPages);

    qint64 maxPages() const { return m_maxPages; }
    qint64 maxRows() const { return m_maxRows; }
    // Everything put right so far, duplicates summed up in one warning.
    QList<ListWarning> warnings() const;
    const std::optional<ApiError> &error() const { return m_error; }

private:
    void noteDuplicate(QAnyStringView id);

    QString m_vendor;
    qint64 m_maxPages;
    qint64 m_maxRows;
    qint64 m_maxIdBytes;
    CompactIdSet m_seen;
    QStringList m_duplicateExamples;
    qint64 m_duplicates = 0;
    qint64 m_freshOnPage = 0;
    QList<ListWarning> m_warnings;
    std::optional<ApiError> m_error;
};
