#include "ListWalkGuard.h"

#include <QLocale>

ListWalkGuard::ListWalkGuard(QString vendor, qint64 maxPages, qint64 maxRows, qint64 maxIdBytes)
    : m_vendor(std::move(vendor))
    , m_maxPages(std::max<qint64>(1, maxPages))
    , m_maxRows(std::max<qint64>(1, maxRows))
    , m_maxIdBytes(std::max<qint64>(1, maxIdBytes))
{ }

bool ListWalkGuard::admit(QAnyStringView id)
{
    if (!m_seen.insert(id)) {
        noteDuplicate(id);
        return false;
    }
    ++m_freshOnPage;
    return true;
}

QList<bool> ListWalkGuard::admitAll(const QList<QAnyStringView> &ids)
{
    QList<bool> fresh = m_seen.insertAll(ids);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (fresh.at(i))
            ++m_freshOnPage;
        else
            noteDuplicate(ids.at(i));
    }
    return fresh;
}

void ListWalkGuard::noteDuplicate(QAnyStringView id)
{
    ++m_duplicates;
    if (m_duplicateExamples.size() < 3)
        m_duplicateExamples.append(id.toString());
}

void ListWalkGuard::expectRows(qint64 total)
{
    // Never more than the row cap, whatever the vendor announces. Reserving what is there already
    // costs nothing (CompactIdSet::reserve only grows).
    m_seen.reserve(qsizetype(std::min(total, m_maxRows)));
}

ListWalkGuard::Step ListWalkGuard::afterPage(qint64 page, bool vendorSaysMore, qint64 totalPages)
{
    const qint64 fresh = std::exchange(m_freshOnPage, 0);
    if (m_seen.size() > m_maxRows) {
        m_error = ApiError::limitExceeded(m_vendor,
                                          tr("the listing has more than %1 rows, the most KYC Desk "
                                             "holds; stopped after page %2, what was loaded is incomplete")
                                              .arg(m_maxRows)
                                              .arg(page));
        return Step::Failed;
    }
    if (m_seen.storedBytes() > m_maxIdBytes) {
        m_error = ApiError::limitExceeded(m_vendor,
                                          tr("the listing's ids take more than %1, the most KYC Desk "
                                             "holds; stopped after page %2, what was loaded is incomplete")
                                              .arg(QLocale::system().formattedDataSize(m_maxIdBytes))
                                              .arg(page));
        return Step::Failed;
    }
    if (!vendorSaysMore)
        return Step::Done;
    if (totalPages > 0 && page >= totalPages) {
        m_warnings.append({ ListWarning::Kind::MorePagesThanAnnounced,
                            tr("%1 said more pages follow page %2, which it also called the last of %3; "
                               "stopped there")
                                .arg(m_vendor)
                                .arg(page)
                                .arg(totalPages) });
        return Step::Done;
    }
    if (fresh == 0) {
        m_warnings.append({ ListWarning::Kind::PageWithoutNewIds,
                            tr("%1's page %2 listed nobody new (the listing repeats itself); stopped there")
                                .arg(m_vendor)
                                .arg(page) });
        return Step::Done;
    }
    if (page >= m_maxPages) {
        m_error = ApiError::limitExceeded(m_vendor,
                                          tr("the listing did not end after %1 pages, the most KYC Desk "
                                             "reads; what was loaded is incomplete")
                                              .arg(m_maxPages));
        return Step::Failed;
    }
    return Step::Continue;
}

QList<ListWarning> ListWalkGuard::warnings() const
{
    QList<ListWarning> all = m_warnings;
    if (m_duplicates > 0)
        all.prepend(
            { ListWarning::Kind::DuplicateIds,
              tr("%1 listed %2 id(s) more than once across pages (for example %3); each was kept once")
                  .arg(m_vendor)
                  .arg(m_duplicates)
                  .arg(m_duplicateExamples.join(u", ")) });
    return all;
}
