#pragma once

#include "ReviewQueue.h"

#include <functional>
#include <QTimer>
#include <QWidget>

class CustomerTableModel;
class QSettings;
class QTreeView;
class QPushButton;
class ReviewQueueModel;

// The sidebar of work queues beside the book: the built-in queues, customers grouped by missing
// requirement, and the analyst's saved searches, each with its count and how long its oldest item
// has waited. Counts follow the book (a quarter of a second after it changes, and every minute for
// the ages). Choosing a queue says so with queueChosen(); the window narrows the book to it.
class ReviewQueuePanel : public QWidget
{
    Q_OBJECT

public:
    ReviewQueuePanel(CustomerTableModel *book, QSettings *settings, QWidget *parent = nullptr);

    ReviewQueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Where the id-based queues (high risk, decided by me today) get their customers.
    void setIdSource(std::function<QSet<QString>(ReviewQueue::Kind)> idsFor);

    void recountSoon();
    void recountNow();

    // Keeps the book's current filters as a saved search called `name` (replacing one of that
    // name) and selects it. False, with nothing changed, for an empty name.
    bool addSavedSearch(const QString &name, const QString &text, std::optional<KycStatus> kyc,
                        std::optional<CustomerType> type);
    bool removeSavedSearch(const QString &name);
    void selectQueue(const QModelIndex &index);

Q_SIGNALS:
    void queueChosen(const ReviewQueue &queue);
    // "Save search…": the window knows the filters and asks for a name.
    void saveSearchRequested();

private:
    void reloadQueues();
    void showContextMenu(const QPoint &at);

    CustomerTableModel *m_book;
    QSettings *m_settings;
    ReviewQueueModel *m_model;
    QTreeView *m_view;
    QPushButton *m_saveButton;
    QTimer m_recountTimer;
    QTimer m_ageTimer;
};
