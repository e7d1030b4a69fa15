#include "ReviewQueuePanel.h"

#include "CustomerTableModel.h"
#include "ReviewQueueModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ReviewQueuePanel::ReviewQueuePanel(CustomerTableModel *book, QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_book(book)
    , m_settings(settings)
    , m_model(new ReviewQueueModel(this))
    , m_view(new QTreeView(this))
    , m_saveButton(new QPushButton(tr("Save search…"), this))
{
    setObjectName(u"reviewQueuePanel"_s);
    auto *title = new QLabel(tr("Queues"), this);
    title->setObjectName(u"reviewQueueTitleLabel"_s);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_view->setObjectName(u"reviewQueueTreeView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ReviewQueueModel::Title, QHeaderView::Stretch);
    // The numbers' width, not their headers': the queues' names get the room (the headers elide).
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth();
    m_view->header()->setSectionResizeMode(ReviewQueueModel::Count, QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(ReviewQueueModel::OldestWaiting, QHeaderView::Interactive);
    m_view->setColumnWidth(ReviewQueueModel::Count,
                           metrics.horizontalAdvance(QLocale().toString(100000)) + padding);
    m_view->setColumnWidth(ReviewQueueModel::OldestWaiting, metrics.horizontalAdvance(u"0000 d"_s) + padding);
    m_view->setAccessibleName(tr("Review queues"));
    m_view->setAccessibleDescription(tr("Choose a queue to show its customers in the book"));
    m_view->setIndentation(12);
    // Room for the start of a queue's name beside its count: a queue is chosen by its name, and on a
    // small screen the book needs the width more (the splitter gives the queues more when asked).
    setMinimumWidth(fontMetrics().averageCharWidth() * 22);
    m_saveButton->setObjectName(u"saveSearchPushButton"_s);
    m_saveButton->setToolTip(tr("Keep the book's search text and filters as a queue of your own"));
    title->setBuddy(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_saveButton);

    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(250);
    connect(&m_recountTimer, &QTimer::timeout, this, &ReviewQueuePanel::recountNow);
    m_ageTimer.setInterval(60 * 1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &ReviewQueuePanel::recountNow);
    m_ageTimer.start();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_book, signal, this, &ReviewQueuePanel::recountSoon);
    connect(m_book, &QAbstractItemModel::dataChanged, this, &ReviewQueuePanel::recountSoon);
    connect(m_book, &QAbstractItemModel::modelReset, this, &ReviewQueuePanel::recountSoon);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT queueChosen(m_model->queueAt(current));
            });
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ReviewQueuePanel::showContextMenu);
    connect(m_saveButton, &QPushButton::clicked, this, &ReviewQueuePanel::saveSearchRequested);

    reloadQueues();
}

void ReviewQueuePanel::setIdSource(std::function<QSet<QString>(ReviewQueue::Kind)> idsFor)
{
    m_model->setIdSource(std::move(idsFor));
    recountSoon();
}

void ReviewQueuePanel::recountSoon()
{
    m_recountTimer.start();
}

void ReviewQueuePanel::recountNow()
{
    m_recountTimer.stop();
    m_model->recount(*m_book);
    m_view->expand(m_model->indexOf(ReviewQueue::Kind::RequirementsOutstanding));
    // A queue made of ids (high risk, decided by me today) changes with the workspace: the book
    // shows it as it is now.
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid() && m_model->queueAt(current).needsIds())
        Q_EMIT queueChosen(m_model->queueAt(current));
}

void ReviewQueuePanel::reloadQueues()
{
    m_model->setQueues(ReviewQueue::builtIns() + ReviewQueue::loadSavedSearches(*m_settings));
    recountNow();
}

bool ReviewQueuePanel::addSavedSearch(const QString &name, const QString &text, std::optional<KycStatus> kyc,
                                      std::optional<CustomerType> type)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    QList<ReviewQueue> saved = ReviewQueue::loadSavedSearches(*m_settings);
    saved.removeIf([&trimmed](const ReviewQueue &q) { return q.name == trimmed; });
    saved << ReviewQueue::savedSearch(trimmed, text, kyc, type);
    ReviewQueue::storeSavedSearches(*m_settings, saved);
    reloadQueues();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex at = m_model->index(row, 0);
        const ReviewQueue q = m_model->queueAt(at);
        if (q.kind == ReviewQueue::Kind::SavedSearch && q.name == trimmed)
            selectQueue(at);
    }
    return true;
}

bool ReviewQueuePanel::removeSavedSearch(const QString &name)
{
    QList<ReviewQueue> saved = ReviewQueue::loadSavedSearches(*m_settings);
    if (saved.removeIf([&name](const ReviewQueue &q) { return q.name == name; }) == 0)
        return false;
    ReviewQueue::storeSavedSearches(*m_settings, saved);
    reloadQueues();
    selectQueue(m_model->indexOf(ReviewQueue::Kind::Everyone));
    return true;
}

void ReviewQueuePanel::selectQueue(const QModelIndex &index)
{
    m_view->setCurrentIndex(index);
}

void ReviewQueuePanel::showContextMenu(const QPoint &at)
{
    const QModelIndex index = m_view->indexAt(at);
    const ReviewQueue queue = m_model->queueAt(index);
    if (!index.isValid() || queue.kind != ReviewQueue::Kind::SavedSearch)
        return;
    QMenu menu(this);
    QAction *remove = menu.addAction(tr("Remove saved search “%1”").arg(queue.name));
    remove->setObjectName(u"removeSavedSearchAction"_s);
    if (menu.exec(m_view->viewport()->mapToGlobal(at)) == remove)
        removeSavedSearch(queue.name);
}
