#include "CustomerBook.h"

#include "CustomerFeed.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerRowSnapshot.h"
#include "CustomerTableModel.h"
#include "FreedMemory.h"

#include <QItemSelectionModel>
#include <QTimer>

namespace {
// The first page goes on screen at once; later ones at most this often.
constexpr int kFlushIntervalMs = 250;
constexpr auto kSelectRow = QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;
constexpr int kHandBackAfterMs = 2000;
} // namespace

CustomerBook::CustomerBook(FeedFactory feeds, QObject *parent)
    : QObject(parent)
    , m_feeds(std::move(feeds))
    , m_model(new CustomerTableModel(this))
    , m_proxy(new CustomerFilterProxyModel(this))
    , m_selection(new QItemSelectionModel(m_proxy, this))
    , m_flushTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &CustomerBook::flushPending);
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentChanged(currentId()); });
}

CustomerBook::~CustomerBook()
{
    if (m_feed) {
        m_feed->disconnect(this); // no signal of ours while half destroyed
        m_feed->abort();
    }
}

void CustomerBook::reload(const QString &reselectId)
{
    abortFeed();
    CustomerQuery query;
    query.tableFieldsOnly = true; // the dossier fetches each customer whole
    // The new walk starts before the old book is cleared: its rows arrive through this thread's
    // event loop, so never into the old table.
    CustomerFeed *feed = m_feeds(query, this);
    m_feed = feed;
    connect(feed, &CustomerFeed::rowsReady, this,
            [this](const CustomerRowBatch &rows, const Pagination &) { onRows(rows); });
    connect(feed, &CustomerFeed::activityChanged, this, &CustomerBook::activityChanged);
    connect(feed, &CustomerFeed::finished, this, [this, feed] { onFeedFinished(feed); });
    feed->start();

    m_reselectId = reselectId;
    m_pending.clear();
    // A kept copy stays on screen until fresh rows come to replace it.
    m_replaceKeptCopy = isStale();
    if (!m_replaceKeptCopy)
        m_model->clear();
    m_sinceFlush.invalidate();
    Q_EMIT loadingChanged(true);
}

void CustomerBook::clear()
{
    abortFeed();
    m_pending.clear();
    m_reselectId.clear();
    m_model->clear();
    dropKeptCopy();
    // The book's pages go back to the kernel only if it is still empty a little later: a change of
    // environment clears it and reloads at once, and the new book reuses them. Trimming also holds
    // malloc's one arena (FreedMemory.h) while it runs, which every thread would wait for mid-load.
    QTimer::singleShot(kHandBackAfterMs, this, [this] {
        if (!isLoading() && m_model->rowCount() == 0)
            FreedMemory::handBackSoon();
    });
}

void CustomerBook::showKeptCopy(CustomerRowBatch rows, const QDateTime &keptAt, KeptCopySource readAgain)
{
    if (isLoading())
        return; // fresh rows are on their way: they win
    m_model->clear();
    m_model->appendRows(QList<CustomerRowBatch> { std::move(rows) });
    m_readKeptCopy = std::move(readAgain);
    m_keptAt = keptAt;
    m_replaceKeptCopy = false;
    Q_EMIT staleChanged(m_keptAt);
    Q_EMIT rowsShown(m_model->rowCount());
}

void CustomerBook::dropKeptCopy()
{
    m_replaceKeptCopy = false;
    m_readKeptCopy = {};
    if (!m_keptAt.isValid())
        return;
    m_keptAt = {};
    Q_EMIT staleChanged(m_keptAt);
}

QByteArray CustomerBook::snapshot() const
{
    return CustomerRowSnapshot::encode(m_model->rowCount(), snapshotRows());
}

CustomerRowSnapshot::RowSource CustomerBook::snapshotRows() const
{
    return [model = m_model](int i, const CustomerRow **row, QStringView *name, QStringView *email,
                             QAnyStringView *id, QByteArrayView *searchText, QStringView *unknownStatuses) {
        const CustomerRow &r = model->rowAt(i);
        *row = &r;
        *name = model->name(r);
        *email = model->email(r);
        *id = model->id(r);
        *searchText = model->searchText(r);
        *unknownStatuses = model->unknownStatuses(r);
    };
}

void CustomerBook::abortFeed()
{
    if (m_feed && !m_feed->isFinished())
        m_feed->abort(); // finished() comes at once: the rows still pending reach the table
    m_feed.clear();
}

bool CustomerBook::isLoading() const
{
    return m_feed && !m_feed->isFinished();
}

qint64 CustomerBook::loaded() const
{
    return m_feed ? m_feed->loaded() : m_model->rowCount();
}

qint64 CustomerBook::total() const
{
    return m_feed ? m_feed->total() : m_model->rowCount();
}

void CustomerBook::onRows(const CustomerRowBatch &rows)
{
    m_pending.append(rows);
    if (!m_sinceFlush.isValid() || m_sinceFlush.elapsed() >= kFlushIntervalMs)
        flushPending();
    else if (!m_flushTimer->isActive())
        m_flushTimer->start(kFlushIntervalMs - int(m_sinceFlush.elapsed()));
}

void CustomerBook::onFeedFinished(CustomerFeed *feed)
{
    m_flushTimer->stop();
    flushPending();
    if (m_keptAt.isValid()) {
        if (!feed->error()) {
            if (m_replaceKeptCopy)
                m_model->clear(); // a complete walk with no rows: the book is empty now
            dropKeptCopy();
        } else if (feed->error()->kind != ApiError::Kind::Cancelled && !m_replaceKeptCopy) {
            // Part of a fresh book is worse than all of an old one, which says how old it is.
            if (auto kept = m_readKeptCopy ? m_readKeptCopy() : std::nullopt) {
                const QString current = currentId();
                m_model->clear();
                m_model->appendRows(QList<CustomerRowBatch> { std::move(kept->rows) });
                if (kept->keptAt != m_keptAt) // another desk kept a newer one meanwhile
                    Q_EMIT staleChanged(m_keptAt = kept->keptAt);
                if (!current.isEmpty())
                    setCurrentId(current);
                Q_EMIT rowsShown(m_model->rowCount());
            } else {
                dropKeptCopy(); // gone from where it was kept: the rows shown are what the walk read
            }
        }
    }
    Q_EMIT loadingChanged(false);
    if (feed->error() && feed->error()->kind != ApiError::Kind::Cancelled)
        Q_EMIT loadFailed(*feed->error(), feed->loaded());
    else if (!feed->error())
        Q_EMIT loadFinished(feed->loaded(), feed->warnings());
}

void CustomerBook::flushPending()
{
    m_sinceFlush.start();
    if (m_pending.isEmpty())
        return;
    if (m_replaceKeptCopy) {
        // The kept copy goes; the customer the analyst has open keeps its row once it is back.
        if (m_reselectId.isEmpty())
            m_reselectId = currentId();
        m_model->clear();
        m_replaceKeptCopy = false; // still stale (m_keptAt) until the walk is complete
    }
    m_model->appendRows(std::exchange(m_pending, {}));
    if (m_feed)
        Q_EMIT progressChanged(m_feed->loaded(), m_feed->total());
    if (!m_reselectId.isEmpty() && !m_selection->currentIndex().isValid()) {
        const int row = m_model->rowOfId(m_reselectId);
        if (row >= 0) {
            m_selection->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)), kSelectRow);
            m_reselectId.clear();
        }
    }
    Q_EMIT rowsShown(m_model->rowCount());
}

QString CustomerBook::currentId() const
{
    const QModelIndex current = m_selection->currentIndex();
    return current.isValid() ? m_proxy->data(current, CustomerTableModel::IdRole).toString() : QString();
}

bool CustomerBook::selectNext()
{
    const int next = m_selection->currentIndex().isValid() ? m_selection->currentIndex().row() + 1 : 0;
    if (next >= m_proxy->rowCount())
        return false;
    setCurrentRow(next);
    return true;
}

void CustomerBook::setCurrentId(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_selection->setCurrentIndex(index, kSelectRow);
}

void CustomerBook::setCurrentRow(int proxyRow)
{
    if (proxyRow >= 0 && proxyRow < m_proxy->rowCount())
        m_selection->setCurrentIndex(m_proxy->index(proxyRow, 0), kSelectRow);
}

void CustomerBook::clearSelection()
{
    m_reselectId.clear();
    m_selection->clearSelection();
    m_selection->setCurrentIndex({}, QItemSelectionModel::Clear);
}

void CustomerBook::upsertCustomer(const Customer &customer)
{
    m_model->upsertCustomer(customer);
}
