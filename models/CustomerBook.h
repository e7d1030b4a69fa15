#pragma once

#include "ApiError.h"
#include "CustomerRow.h"
#include "CustomerRowSnapshot.h"
#include "ListWarning.h"
#include "SphereTypes.h"

#include <functional>
#include <optional>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class CustomerFeed;
class CustomerFilterProxyModel;
class CustomerTableModel;
class QItemSelectionModel;
class QTimer;

// The customer book: every customer of the vendor in a table model, filtered and sorted by a
// proxy, with the analyst's current row. It reads the listing from a CustomerFeed (made by the
// factory it is given, so this layer never sees the network), hands the pages to the model in
// batches, and selects the customer that was shown before a reload once its row is back.
// A view shows proxy() with selectionModel().
class CustomerBook : public QObject
{
    Q_OBJECT

public:
    using FeedFactory = std::function<CustomerFeed *(const CustomerQuery &query, QObject *parent)>;

    explicit CustomerBook(FeedFactory feeds, QObject *parent = nullptr);
    ~CustomerBook() override; // a walk still running is aborted

    CustomerTableModel *model() const { return m_model; }
    CustomerFilterProxyModel *proxy() const { return m_proxy; }
    QItemSelectionModel *selectionModel() const { return m_selection; }

    // Reads the whole book again; `reselectId` becomes current when its row arrives, unless the
    // analyst picked another row first.
    void reload(const QString &reselectId = {});
    // The vendor's environment changed: the walk stops, the rows go, the reselection is forgotten.
    void clear();
    bool isLoading() const;
    qint64 loaded() const; // by the running walk
    qint64 total() const; // as the vendor announces it

    QString currentId() const; // empty when no row is current
    void setCurrentId(const QString &id); // when the row is shown (not filtered out)
    void setCurrentRow(int proxyRow);
    // The row after the current one in the shown order (the next customer of the queue on screen);
    // false at the end, where the current row stays.
    bool selectNext();
    void clearSelection(); // and the reselection
    void upsertCustomer(const Customer &customer); // a fetch fresher than the listing

    // The listing kept from an earlier session, shown at once and marked stale with its age; the
    // next reload() replaces it as its rows arrive, and it stays marked stale until that walk is
    // complete. A walk that fails puts the kept copy back (still stale) rather than leave part of
    // the book: `readAgain` reads it from where it is kept, since holding a second copy of a
    // million rows through the walk would take a quarter of the app's memory budget.
    struct KeptCopy
    {
        CustomerRowBatch rows;
        QDateTime keptAt;
    };
    using KeptCopySource = std::function<std::optional<KeptCopy>()>;
    void showKeptCopy(CustomerRowBatch rows, const QDateTime &keptAt, KeptCopySource readAgain);
    bool isStale() const { return m_keptAt.isValid(); }
    const QDateTime &keptAt() const { return m_keptAt; }
    // The rows as they are, to keep for the next start (CustomerRowSnapshot::encode).
    QByteArray snapshot() const;
    // Row i of the table as CustomerRowSnapshot reads it, for a caller that serializes a part at a
    // time (KeptBookWriter). Valid while the book is; the rows may change in between.
    CustomerRowSnapshot::RowSource snapshotRows() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void progressChanged(qint64 loaded, qint64 total); // when a batch reaches the table
    void rowsShown(int rows); // after each batch reaches the table
    // The walk ended: complete (with what it put right), or incomplete with an error. A walk
    // cancelled by reload() or clear() ends with neither.
    void loadFinished(qint64 loaded, const QList<ListWarning> &warnings);
    void loadFailed(const ApiError &error, qint64 loaded);
    void activityChanged(int requestsInFlight); // requests of the walk on the wire
    void currentChanged(const QString &customerId); // empty when none
    // The book shows a kept copy of `keptAt` (valid), or fresh rows again (invalid).
    void staleChanged(const QDateTime &keptAt);

private:
    void onRows(const CustomerRowBatch &rows);
    void onFeedFinished(CustomerFeed *feed);
    void flushPending();
    void abortFeed();

    FeedFactory m_feeds;
    CustomerTableModel *m_model;
    CustomerFilterProxyModel *m_proxy;
    QItemSelectionModel *m_selection;
    QPointer<CustomerFeed> m_feed;
    // Pages are handed to the model in batches: every model change makes the view lay out its
    // rows again, so 100 pages one by one would cost 100 layouts of up to 100 000 rows.
    QList<CustomerRowBatch> m_pending; // appended to the model together
    QElapsedTimer m_sinceFlush;
    QTimer *m_flushTimer;
    QString m_reselectId;
    QDateTime m_keptAt; // valid while the rows shown are (or replace) a kept copy
    KeptCopySource m_readKeptCopy; // until a complete walk makes it useless
    bool m_replaceKeptCopy = false; // the running walk's first rows replace the kept copy
    void dropKeptCopy();
};
