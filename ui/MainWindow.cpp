// About 500 lines: the window wires the book, the detail pane, onboarding, drafts and the review
// workspace together; each of those is its own class, and this file only connects them.
#include "MainWindow.h"

#include "AboutDialog.h"
#include "AuditEvents.h"
#include "AuditTrail.h"
#include "BackgroundCustomerList.h"
#include "CaseReviewPanel.h"
#include "ClientDossierSources.h"
#include "ClipboardGuard.h"
#include "CrossVendorPanel.h"
#include "CustomerBook.h"
#include "CustomerBookDelegate.h"
#include "CustomerBookStatus.h"
#include "CustomerCache.h"
#include "CustomerDetailWidget.h"
#include "CustomerDossier.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerFormDialog.h"
#include "CustomerTableModel.h"
#include "CustomerViewExport.h"
#include "DraftStore.h"
#include "FeedbackOutbox.h"
#include "FeedbackSender.h"
#include "KeptBookWriter.h"
#include "KycFilterComboBox.h"
#include "MessageBar.h"
#include "NoteSearchDialog.h"
#include "PaletteStyle.h"
#include "PiiRevealGate.h"
#include "ReviewQueueModel.h"
#include "ReviewQueuePanel.h"
#include "ReviewStore.h"
#include "RiskHistoryStore.h"
#include "RiskPanel.h"
#include "ScreenFit.h"
#include "SphereClient.h"
#include "StatusText.h"
#include "TableExport.h"
#include "UiTheme.h"
#include "WorkspaceNotifications.h"
#include "YativoClient.h"
#include "YativoCustomerDialog.h"

#include <algorithm>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
// A screen reader says the placeholder only while the box is empty, a filter's current entry
// without saying what it filters, and nothing at all for a view: each says what it is and does.
void describeControls(QLineEdit *search, QComboBox *kycFilter, QComboBox *typeFilter, QTreeView *book)
{
    book->setAccessibleName(MainWindow::tr("Customers"));
    book->setAccessibleDescription(MainWindow::tr("The customer book; the selected customer is shown beside "
                                                  "it, Alt+Down and Alt+Up step to the next and previous"));
    search->setAccessibleName(MainWindow::tr("Search customers"));
    search->setAccessibleDescription(MainWindow::tr(
        "Shows the customers whose name, email or id contain the text; Down or Enter goes to the results"));
    kycFilter->setAccessibleName(MainWindow::tr("KYC status filter"));
    kycFilter->setAccessibleDescription(MainWindow::tr("Shows only the customers with this KYC status"));
    typeFilter->setAccessibleName(MainWindow::tr("Customer type filter"));
    typeFilter->setAccessibleDescription(MainWindow::tr("Shows only individuals, or only businesses"));
}
} // namespace

MainWindow::MainWindow(SphereClient *sphere, EnvironmentDescription environment, QWidget *parent,
                       SardineClient *sardine, RiskHistory *history)
    : QMainWindow(parent)
    , m_sphere(sphere)
    , m_sardine(sardine)
    , m_history(history)
    , m_environment(std::move(environment))
    // Walked on a thread of its own, so that this thread's work on the table never delays a request.
    , m_book(new CustomerBook(
          [sphere](const CustomerQuery &query, QObject *owner) -> CustomerFeed * {
              return new BackgroundCustomerList(sphere->endpoint(), query, owner);
          },
          this))
{
    setObjectName(u"mainWindow"_s);
    buildUi();
    describeControls(m_searchEdit, m_kycFilter, m_typeFilter, m_table);
}

MainWindow::~MainWindow()
{
    if (m_keptBookWriter)
        m_keptBookWriter->finish(); // while the book it reads is still there
    // ~QWidget destroys the children after this object has stopped being a MainWindow; their last
    // signals (the selection cleared, a combo box emptied) must not reach our slots then (UBSan).
    for (QObject *child : findChildren<QObject *>())
        child->disconnect(this);
}

CustomerTableModel *MainWindow::customerModel() const
{
    return m_book->model();
}

CustomerFilterProxyModel *MainWindow::customerProxy() const
{
    return m_book->proxy();
}

bool MainWindow::isLoading() const
{
    return m_book->isLoading();
}

void MainWindow::buildUi()
{
    resize(1400, 860);
    ScreenFit::fitToScreen(this); // before the splitter's shares are taken from the width

    auto *toolbar = addToolBar(tr("Customers"));
    toolbar->setObjectName(u"customerToolBar"_s);
    toolbar->setMovable(false);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"searchLineEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Search name, email or id…")); // the tooltip has the rest
    // What the customer list carries, and so what can be found: the list page has ids only for
    // wallets and bank accounts.
    m_searchEdit->setToolTip(
        tr("Finds customers by name, email, id, phone number (its digits, typed any way) and, for a "
           "business, its beneficial owners' names. Every word must match.\nWallet addresses and "
           "bank account numbers are not in the customer list and cannot be searched: open the "
           "customer to see them."));
    m_searchEdit->setClearButtonEnabled(true);
    // Room for the placeholder; wider than that would push the filters off a laptop's toolbar.
    m_searchEdit->setMinimumWidth(m_searchEdit->fontMetrics().averageCharWidth() * 24);
    toolbar->addWidget(m_searchEdit);

    m_kycFilter = new KycFilterComboBox(this);
    m_kycFilter->setObjectName(u"kycFilterComboBox"_s);
    toolbar->addWidget(m_kycFilter);

    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(u"typeFilterComboBox"_s);
    m_typeFilter->addItem(tr("Individuals and businesses"), -1);
    m_typeFilter->addItem(tr("Individuals"), int(CustomerType::Individual));
    m_typeFilter->addItem(tr("Businesses"), int(CustomerType::Business));
    toolbar->addWidget(m_typeFilter);

    // Every action lives in the menu bar, where its shortcut is shown; the toolbar repeats the
    // common ones.
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(u"fileMenu"_s);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(u"viewMenu"_s);
    m_customerMenu = menuBar()->addMenu(tr("&Customer"));
    m_customerMenu->setObjectName(u"customerMenu"_s);
    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(u"toolsMenu"_s);
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(u"helpMenu"_s);

    auto *newCustomerAction = m_fileMenu->addAction(tr("New customer…"));
    newCustomerAction->setObjectName(u"newCustomerAction"_s);
    newCustomerAction->setShortcut(QKeySequence::New);
    connect(newCustomerAction, &QAction::triggered, this, &MainWindow::newCustomer);
    auto *yativoAction = m_fileMenu->addAction(tr("Onboard with Yativo…"));
    yativoAction->setObjectName(u"yativoCustomerAction"_s);
    connect(yativoAction, &QAction::triggered, this, &MainWindow::onboardWithYativo);
    m_draftsMenu = m_fileMenu->addMenu(tr("Drafts"));
    m_draftsMenu->setObjectName(u"draftsMenu"_s);
    connect(m_draftsMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildDraftsMenu);
    m_fileMenu->addSeparator();
    m_exportSeparator = m_fileMenu->addSeparator(); // the review workspace's exports go above it
    auto *quitAction = m_fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(u"quitAction"_s);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *focusSearch = m_viewMenu->addAction(tr("&Search the book"));
    focusSearch->setObjectName(u"focusSearchAction"_s);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_searchEdit, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    auto *reloadAction = m_viewMenu->addAction(tr("Reload"));
    reloadAction->setObjectName(u"reloadAction"_s);
    reloadAction->setShortcut(QKeySequence::Refresh);
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    m_viewMenu->addSeparator();
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(u"themeMenu"_s);
    auto *themes = new QActionGroup(this);
    for (const auto &[choice, name] : { std::pair { UiTheme::Choice::System, u"themeSystemAction"_s },
                                        std::pair { UiTheme::Choice::Light, u"themeLightAction"_s },
                                        std::pair { UiTheme::Choice::Dark, u"themeDarkAction"_s } }) {
        QAction *action = themeMenu->addAction(UiTheme::label(choice));
        action->setObjectName(name);
        action->setCheckable(true);
        action->setChecked(UiTheme::current() == choice);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = choice] {
            UiTheme::apply(theme);
            if (m_appearanceSettings)
                UiTheme::save(*m_appearanceSettings, theme);
        });
    }

    auto *nextAction = m_customerMenu->addAction(tr("&Next customer"));
    nextAction->setObjectName(u"nextCustomerAction"_s);
    nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(nextAction, &QAction::triggered, this, [this] { stepCustomer(+1); });
    auto *previousAction = m_customerMenu->addAction(tr("&Previous customer"));
    previousAction->setObjectName(u"previousCustomerAction"_s);
    previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(previousAction, &QAction::triggered, this, [this] { stepCustomer(-1); });
    m_customerMenu->addSeparator();
    m_updateCustomerAction = m_customerMenu->addAction(tr("Update customer…"));
    m_updateCustomerAction->setObjectName(u"updateCustomerAction"_s);
    m_updateCustomerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_updateCustomerAction, &QAction::triggered, this, &MainWindow::updateSelectedCustomer);
    m_riskCheckAction = m_customerMenu->addAction(tr("Run &risk check…"));
    m_riskCheckAction->setObjectName(u"runRiskCheckAction"_s);
    m_customerMenu->addSeparator();
    m_copyIdAction = m_customerMenu->addAction(tr("Copy customer &id"));
    m_copyIdAction->setObjectName(u"copyCurrentCustomerIdAction"_s);
    m_copyIdAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        if (!m_book->currentId().isEmpty())
            m_clipboard->copy(m_book->currentId());
    });
    m_copyLinkAction = m_customerMenu->addAction(tr("Copy &KYC link"));
    m_copyLinkAction->setObjectName(u"copyCurrentKycLinkAction"_s);
    m_copyLinkAction->setToolTip(tr("Cleared from the clipboard after 30 seconds"));
    connect(m_copyLinkAction, &QAction::triggered, this, [this] {
        if (!m_book->currentId().isEmpty())
            copyKycLink(m_book->currentId());
    });

    auto *settingsAction = m_toolsMenu->addAction(tr("Vendors && credentials…"));
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::settingsRequested);

    QAction *aboutAction = m_helpMenu->addAction(tr("&About KYC Desk…"));
    aboutAction->setObjectName(u"aboutAction"_s);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    toolbar->addSeparator();
    toolbar->addAction(reloadAction);
    toolbar->addAction(settingsAction);
    toolbar->addSeparator();
    toolbar->addAction(newCustomerAction);
    toolbar->addAction(m_updateCustomerAction);
    toolbar->addAction(yativoAction);
    auto *draftsButton = new QToolButton(this);
    draftsButton->setObjectName(u"draftsToolButton"_s);
    draftsButton->setText(tr("Drafts"));
    draftsButton->setMenu(m_draftsMenu);
    draftsButton->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(draftsButton);

    // Down leaves the search box for the results, Enter opens the first (or the one chosen).
    m_searchEdit->installEventFilter(this);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] { enterBook(false); });

    connect(m_searchEdit, &QLineEdit::textChanged, m_book->proxy(), &CustomerFilterProxyModel::setTextFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this] {
        m_bookStatus->updateCount();
        updateEmptyBookLabel();
    });
    connect(m_kycFilter, &KycFilterComboBox::statusesChanged, this, [this](const QList<KycStatus> &statuses) {
        m_book->proxy()->setKycFilters(statuses);
        m_bookStatus->updateCount();
        updateEmptyBookLabel();
    });
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int v = m_typeFilter->currentData().toInt();
        m_book->proxy()->setTypeFilter(v < 0 ? std::nullopt : std::optional<CustomerType>(CustomerType(v)));
        m_bookStatus->updateCount();
        updateEmptyBookLabel();
    });

    // A tree view with uniform row heights (as KeePassXC's entry view): unlike QTableView it keeps
    // no per-row header sections, so 100 000 rows cost nothing to insert or filter.
    m_table = new QTreeView(this);
    m_table->setObjectName(u"customerTreeView"_s);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setItemsExpandable(false);
    m_table->setModel(m_book->proxy());
    QItemSelectionModel *viewSelection = m_table->selectionModel();
    m_table->setSelectionModel(m_book->selectionModel()); // the book's current row is the view's
    delete viewSelection;
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CustomerTableModel::Updated, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new CustomerBookDelegate(m_table));
    m_table->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->header()->setStretchLastSection(true);
    // Widths in characters of the font in use, so that a larger font or scale keeps them readable.
    const int ch = m_table->fontMetrics().averageCharWidth();
    m_table->setColumnWidth(CustomerTableModel::Name, 20 * ch);
    m_table->setColumnWidth(CustomerTableModel::Type, 10 * ch);
    m_table->setColumnWidth(CustomerTableModel::Email, 22 * ch);
    m_table->setColumnWidth(CustomerTableModel::Kyc,
                            15 * ch + CustomerBookDelegate::rowHeight(m_table->font()));
    m_table->setColumnWidth(CustomerTableModel::Tos, 10 * ch);
    m_table->setColumnWidth(CustomerTableModel::Msa, 10 * ch);
    m_table->setColumnWidth(CustomerTableModel::OpenRequirements, 8 * ch);
    // Name, email and KYC status first: what an analyst reads on a narrow screen; the type follows.
    m_table->header()->moveSection(m_table->header()->visualIndex(CustomerTableModel::Type),
                                   m_table->header()->visualIndex(CustomerTableModel::Kyc));
    fitColumnsToTheirText();
    // Over the empty book when the search and filters leave no customer: says which.
    m_emptyBookLabel = new QLabel(m_table->viewport());
    m_emptyBookLabel->setObjectName(u"emptyBookLabel"_s);
    m_emptyBookLabel->setAlignment(Qt::AlignCenter);
    m_emptyBookLabel->setWordWrap(true);
    m_emptyBookLabel->setTextFormat(Qt::PlainText); // the search text is the analyst's, never markup
    m_emptyBookLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyBookLabel->setContentsMargins(12, 12, 12, 12);
    m_emptyBookLabel->hide();
    m_table->viewport()->installEventFilter(this);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_book->proxy(), signal, this, &MainWindow::updateEmptyBookLabel);
    connect(m_book->proxy(), &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyBookLabel);
    connect(m_book->proxy(), &QAbstractItemModel::layoutChanged, this, &MainWindow::updateEmptyBookLabel);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTreeView::customContextMenuRequested, this, &MainWindow::showBookContextMenu);
    m_clipboard = new ClipboardGuard(this);
    connect(m_book, &CustomerBook::currentChanged, this, &MainWindow::onSelectionChanged);
    connect(m_book, &CustomerBook::rowsShown, this, &MainWindow::customersShown);
    connect(m_book, &CustomerBook::loadFailed, this, [this](const ApiError &error, qint64 loaded) {
        m_messageBar->showError(tr("The customer list is incomplete (%1 loaded). %2")
                                    .arg(QLocale().toString(loaded), error.userMessage()));
    });
    connect(m_book, &CustomerBook::loadFinished, this,
            [this](qint64 loaded, const QList<ListWarning> &warnings) {
                // The vendor's listing misbehaved and was put right (duplicates, no end): say so.
                QStringList corrections;
                for (const ListWarning &w : warnings)
                    corrections.append(w.message);
                if (!corrections.isEmpty())
                    m_messageBar->showMessage(MessageBar::Level::Warning, corrections.join(u'\n'));
                Q_EMIT customersLoaded(loaded);
            });

    m_detail = new CustomerDetailWidget(
        new CustomerDossier(clientDossierSources(m_sphere, m_sardine), m_history), this);
    connect(m_detail, &CustomerDetailWidget::loadFailed, this,
            [this](const QString &message) { m_messageBar->showError(message); });
    connect(m_detail, &CustomerDetailWidget::customerLoaded, this, [this](const Customer &c) {
        // The detail fetch is fresher than the list; a kept copy is older than it.
        if (!m_detail->dossier()->isFromKeptCopy())
            m_book->upsertCustomer(c);
        updateActions();
        updateWindowTitle();
    });

    // The pane needs more room than a small screen has beside the book; it scrolls instead of
    // holding the splitter (and the window) wider and taller than the screen.
    auto *detailScrollArea = new QScrollArea(this);
    detailScrollArea->setObjectName(u"detailScrollArea"_s);
    detailScrollArea->setWidgetResizable(true);
    detailScrollArea->setFrameShape(QFrame::NoFrame);
    detailScrollArea->setWidget(m_detail);
    m_detail->setClipboard(m_clipboard);
    connect(m_riskCheckAction, &QAction::triggered, m_detail, &CustomerDetailWidget::openRiskCheck);
    // Search, then its results, then the filters: Tab from the search box never lands on a filter
    // that Down would change.
    setTabOrder(m_searchEdit, m_table);
    setTabOrder(m_table, m_kycFilter);
    setTabOrder(m_kycFilter, m_typeFilter);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false); // a pane dragged to nothing is hard to find again
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailScrollArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    applyDefaultSplitterShares();

    m_messageBar = new MessageBar(this);
    m_environmentBanner = new QLabel(this);
    m_environmentBanner->setObjectName(u"environmentBanner"_s);
    m_environmentBanner->setWordWrap(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_environmentBanner);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_environmentLabel = new QLabel(this);
    m_environmentLabel->setObjectName(u"environmentLabel"_s);
    statusBar()->addWidget(m_environmentLabel);
    m_bookStatus = new CustomerBookStatus(m_book, statusBar());
    setEnvironment(m_environment);
    setEnvironments(m_environments);
    updateActions();
}

void MainWindow::restoreViewState(QSettings *settings)
{
    m_viewSettings = settings;
    if (const QByteArray geometry = settings->value(u"window/geometry"_s).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    restoreSplitterState();
    QHeaderView *header = m_table->header();
    if (const QByteArray columns = settings->value(u"book/columns"_s).toByteArray();
        !columns.isEmpty() && header->restoreState(columns)) {
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_searchEdit->setText(settings->value(u"book/filterText"_s).toString());
}

void MainWindow::applyDefaultSplitterShares()
{
    // The book first gets what its name, email and KYC columns need; the queues (whose names may be
    // elided) and the detail pane (which scrolls) share the rest; any width beyond that goes to the book.
    const int width = this->width();
    const int ch = m_table->fontMetrics().averageCharWidth();
    int book = m_table->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * m_table->frameWidth() + 2 * ch;
    for (int column : { CustomerTableModel::Name, CustomerTableModel::Email })
        book += m_table->columnWidth(column);
    // The KYC column as most statuses need; "Additional review" gets its whole width below only when
    // the book's share has room for it: on a small screen the detail pane keeps its last pixels, and
    // the status cut short keeps its tooltip.
    const int kycShort = 15 * ch + CustomerBookDelegate::rowHeight(m_table->font());
    book += kycShort;
    const int rest = std::max(0, width - book);
    int bookShare = 0;
    if (m_splitter->count() == 3) {
        const int queues = std::clamp(rest / 2, m_splitter->widget(0)->minimumWidth(), 40 * ch);
        const int detail = std::min(rest - queues, width * 3 / 10);
        bookShare = width - queues - detail;
        m_splitter->setSizes({ queues, bookShare, detail });
    } else {
        const int detail = std::min(rest, width * 2 / 5);
        bookShare = width - detail;
        m_splitter->setSizes({ bookShare, detail });
    }
    const int kycWidth = m_table->columnWidth(CustomerTableModel::Kyc);
    if (kycWidth == kycShort || kycWidth == m_kycFullWidth) // never a width the analyst chose
        m_table->setColumnWidth(CustomerTableModel::Kyc,
                                bookShare - (book - kycShort) >= m_kycFullWidth ? m_kycFullWidth : kycShort);
}

void MainWindow::restoreSplitterState()
{
    // Kept per number of panes: the queues join the splitter once the review workspace is open.
    const QString key = u"window/splitter%1"_s.arg(m_splitter->count());
    if (m_viewSettings && m_viewSettings->contains(key))
        m_splitterRestored = m_splitter->restoreState(m_viewSettings->value(key).toByteArray());
}

void MainWindow::showEvent(QShowEvent *event)
{
    // The shares again at the size the window opens with (resized after construction, or by the
    // window manager), unless the analyst's own came back from the settings.
    if (!m_shownBefore && !m_splitterRestored)
        applyDefaultSplitterShares();
    m_shownBefore = true;
    QMainWindow::showEvent(event);
}

void MainWindow::saveViewState()
{
    if (!m_viewSettings)
        return;
    m_viewSettings->setValue(u"window/geometry"_s, saveGeometry());
    m_viewSettings->setValue(u"window/splitter%1"_s.arg(m_splitter->count()), m_splitter->saveState());
    m_viewSettings->setValue(u"book/columns"_s, m_table->header()->saveState());
    m_viewSettings->setValue(u"book/filterText"_s, m_searchEdit->text());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveViewState();
    QMainWindow::closeEvent(event);
}

void MainWindow::setEnvironments(const EnvironmentSelection &environments)
{
    const QList<Vendor> changed = environments.changedFrom(m_environments);
    m_environments = environments;
    if (changed.contains(Vendor::Sphere)) {
        // The book is the old environment's: nothing of it may stay on screen or be reselected.
        m_book->clear();
        m_bookStatus->updateCount();
    }
    if (changed.contains(Vendor::Sphere) || changed.contains(Vendor::Sardine))
        m_book->clearSelection();
    m_detail->setEnvironments(environments);
    updateActions();

    const QString mix = environments.mixDescription();
    m_environmentBanner->setText(mix.isEmpty() ? environments.summary()
                                               : tr("MIXED — %1\n%2").arg(environments.summary(), mix));
    // Amber for a mix, red for production, green for test data only: the colour alone tells
    // whether this session can touch real customers.
    const StatusColours::Environment kind = !mix.isEmpty() ? StatusColours::Environment::Mixed
        : environments.anyProduction()                     ? StatusColours::Environment::Production
                                                           : StatusColours::Environment::TestData;
    PaletteStyle::follow(m_environmentBanner, [kind](const StatusColours &colours) -> QString {
        const StatusColours::Fill fill = colours.environment(kind);
        return u"QLabel { background:%1; color:%2; padding:4px 8px; %3}"_s.arg(
            PaletteStyle::name(fill.background), PaletteStyle::name(fill.text),
            kind == StatusColours::Environment::TestData ? QString() : u"font-weight:bold; "_s);
    });
}

void MainWindow::setEnvironment(const EnvironmentDescription &environment)
{
    m_environment = environment;
    // Production must never be mistaken for a sandbox: red label, red rule, and the title says so.
    updateWindowTitle();
    m_environmentLabel->setText(environment.production ? tr("PRODUCTION — %1").arg(environment.name)
                                                       : environment.name);
    m_environmentLabel->setToolTip(environment.detail);
    const bool production = environment.production;
    PaletteStyle::follow(m_environmentLabel, [production](const StatusColours &colours) -> QString {
        const StatusColours::Fill fill = colours.environment(
            production ? StatusColours::Environment::Production : StatusColours::Environment::TestData);
        return u"QLabel { background:%1; color:%2; padding:2px 8px; %3}"_s.arg(
            PaletteStyle::name(fill.background), PaletteStyle::name(fill.text),
            production ? u"font-weight:bold; "_s : QString());
    });
    PaletteStyle::follow(statusBar(), [production](const StatusColours &colours) -> QString {
        return production ? u"QStatusBar { border-top: 3px solid %1; }"_s.arg(
                   PaletteStyle::name(colours.environment(StatusColours::Environment::Production).background))
                          : QString();
    });
}

void MainWindow::fitColumnsToTheirText()
{
    // Each column at least as wide as its header (sort arrow included), and the status columns as
    // their longest word: "Additional review" cut to "Additional r…" no longer says which review
    // (the KYC column where the screen has room: applyDefaultSplitterShares).
    // Only widened: the analyst may still narrow a column by hand, and the header's tooltip names it.
    QHeaderView *header = m_table->header();
    const QFontMetrics metrics = m_table->fontMetrics();
    const int margins
        = 2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    QStringList kyc, tos, msa;
    for (KycStatus s : StatusText::documentedKycStatuses())
        kyc << StatusText::kyc(s);
    for (TosStatus s : StatusText::documentedTosStatuses())
        tos << StatusText::tos({ s, StatusText::wire(s), false });
    for (MsaStatus s : StatusText::documentedMsaStatuses())
        msa << StatusText::msa({ s, StatusText::wire(s), false });
    const auto widest = [&metrics](const QStringList &texts) {
        int width = 0;
        for (const QString &text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        return width;
    };
    for (int column = 0; column < CustomerTableModel::ColumnCount; ++column) {
        int width = header->sectionSizeHint(column);
        if (column == CustomerTableModel::Kyc) {
            // Given by applyDefaultSplitterShares when the book's share has room for it.
            m_kycFullWidth
                = std::max(width, widest(kyc) + CustomerBookDelegate::rowHeight(m_table->font()) + margins);
            continue;
        }
        if (column == CustomerTableModel::Tos)
            width = std::max(width, widest(tos) + margins);
        else if (column == CustomerTableModel::Msa)
            width = std::max(width, widest(msa) + margins);
        if (m_table->columnWidth(column) < width)
            m_table->setColumnWidth(column, width);
    }
}

void MainWindow::updateEmptyBookLabel()
{
    if (!m_emptyBookLabel)
        return;
    // Only when rows are there to be filtered: an empty book is loading or empty, which the status
    // bar says.
    const bool empty = m_book->proxy()->rowCount() == 0 && m_book->model()->rowCount() > 0;
    if (!empty) {
        m_emptyBookLabel->hide();
        return;
    }
    QStringList filters;
    const QString text = m_searchEdit->text().trimmed();
    if (!m_kycFilter->statuses().isEmpty())
        filters << tr("KYC %1").arg(m_kycFilter->summary());
    if (m_typeFilter->currentIndex() > 0)
        filters << m_typeFilter->currentText();
    if (m_book->proxy()->queue().kind != ReviewQueue::Kind::Everyone)
        filters << tr("queue \"%1\"").arg(m_book->proxy()->queue().title());
    QString message = text.isEmpty() ? tr("No customer matches the filters.")
                                     : tr("No customer matches \"%1\".").arg(text);
    if (!filters.isEmpty())
        message += u'\n' + tr("Filters: %1").arg(filters.join(u", "_s));
    m_emptyBookLabel->setText(message);
    m_emptyBookLabel->setGeometry(m_table->viewport()->rect());
    m_emptyBookLabel->show();
}

void MainWindow::updateWindowTitle()
{
    // "Ava Moreau — Embedded sandbox — KYC Desk": the application's name once, last. The platform
    // appends the display name (app/desktop sets "KYC Desk") to a title that does not end with it,
    // which made "KYC Desk — Embedded sandbox — KYC Desk".
    QString title
        = m_environment.production ? tr("PRODUCTION — %1").arg(m_environment.name) : m_environment.name;
    if (m_detail && m_detail->customer() && !m_detail->customer()->displayName().isEmpty())
        title = tr("%1 — %2").arg(m_detail->customer()->displayName(), title);
    setWindowTitle(tr("%1 — KYC Desk").arg(title));
}

void MainWindow::reload()
{
    m_messageBar->hide();
    m_book->reload(m_detail->customerId());
}

void MainWindow::setCustomerCache(CustomerCache *cache)
{
    m_cache = cache;
    m_detail->dossier()->setArchive(cache);
    connect(m_detail, &CustomerDetailWidget::shownFromKeptCopy, this, [this](const QString &message) {
        m_messageBar->showMessage(MessageBar::Level::Warning, message);
    });
    m_keptBookWriter = new KeptBookWriter(cache, this);
    connect(m_book, &CustomerBook::loadFinished, this,
            [this] { m_keptBookWriter->keep(m_environments.recordKey(Vendor::Sphere), m_book); });
    if (m_book->model()->rowCount() == 0 && !m_book->isLoading()) {
        const QString environment = m_environments.recordKey(Vendor::Sphere);
        if (auto kept = m_cache->keptBook(environment)) {
            m_book->showKeptCopy(
                std::move(kept->rows), kept->keptAt,
                [cache, environment]() -> std::optional<CustomerBook::KeptCopy> {
                    if (auto again = cache->keptBook(environment))
                        return CustomerBook::KeptCopy { std::move(again->rows), again->keptAt };
                    return std::nullopt;
                });
        }
    }
}

bool MainWindow::isKeepingBook() const
{
    return m_keptBookWriter && m_keptBookWriter->isWriting();
}

void MainWindow::setYativoLinks(YativoLinks *links)
{
    m_crossVendor = new CrossVendorPanel(links, m_detail);
    m_crossVendor->setYativo(m_yativo);
    m_detail->addPage(m_crossVendor, tr("Across vendors"));
    connect(m_detail, &CustomerDetailWidget::customerLoaded, m_crossVendor, &CrossVendorPanel::showCustomer);
    connect(m_detail->dossier(), &CustomerDossier::identityLoaded, m_crossVendor,
            &CrossVendorPanel::showIdentity);
    connect(m_detail->dossier(), &CustomerDossier::cleared, m_crossVendor, &CrossVendorPanel::clear);
    connect(m_crossVendor, &CrossVendorPanel::failed, m_messageBar, &MessageBar::showError);
    connect(m_crossVendor, &CrossVendorPanel::notice, m_messageBar,
            [this](const QString &message) { m_messageBar->showMessage(MessageBar::Level::Info, message); });
}

void MainWindow::selectFirstCustomer()
{
    m_book->setCurrentRow(0);
}

void MainWindow::setTeamWork(QueueClaims *claims, WorkspaceNotifications *notifications)
{
    if (!m_casePanel)
        return;
    m_casePanel->setQueueClaims(claims);
    if (!notifications)
        return;
    connect(notifications, &WorkspaceNotifications::changed, this,
            [this](const WorkspaceChange &change, bool ownDesk) {
                if (ownDesk)
                    return;
                // Another analyst decided, noted or claimed: the case page and the queue counts follow.
                m_casePanel->reloadIfShowing(change.customerId);
                if (change.table == u"case_decisions"_s)
                    m_queuePanel->recountSoon();
            });
}

void MainWindow::setReviewWorkspace(ReviewStore *review, AuditTrail *audit, QSettings *settings)
{
    m_casePanel = new CaseReviewPanel(review, audit, settings, m_detail);
    m_casePanel->setObjectName(u"caseReviewPanel"_s);
    m_detail->addPage(m_casePanel, tr("Case"));
    auto *reviewMenu = new QMenu(tr("&Review"), this);
    reviewMenu->setObjectName(u"reviewMenu"_s);
    reviewMenu->addActions(m_casePanel->decisionActions());
    reviewMenu->addSeparator();
    reviewMenu->addAction(m_casePanel->undoAction());
    menuBar()->insertMenu(m_toolsMenu->menuAction(), reviewMenu);
    m_toolsMenu->addSeparator();
    m_toolsMenu->addAction(m_casePanel->auditTrailAction());
    connect(m_detail, &CustomerDetailWidget::customerLoaded, m_casePanel, &CaseReviewPanel::setCustomer);
    connect(m_casePanel, &CaseReviewPanel::failed, m_messageBar, &MessageBar::showError);
    connect(m_casePanel, &CaseReviewPanel::notice, m_messageBar,
            [this](const QString &message) { m_messageBar->showMessage(MessageBar::Level::Info, message); });
    connect(m_casePanel, &CaseReviewPanel::decided, m_book, &CustomerBook::selectNext);
    m_casePanel->setRiskLevelSource([this](const QString &customerId) {
        if (!m_history)
            return QString();
        const QList<RiskHistoryEntry> checks
            = m_history->entries(customerId, m_environments.recordKey(Vendor::Sardine));
        return checks.isEmpty() ? QString() : checks.constLast().result.level.raw;
    });
    reviewMenu->addActions({ m_casePanel->confirmAction(), m_casePanel->returnAction() });
    auto *gate = new PiiRevealGate(audit, this);
    connect(gate, &PiiRevealGate::failed, m_messageBar, &MessageBar::showError);
    m_detail->setRevealGate(gate);
    m_audit = audit;
    m_revealGate = gate;
    connect(m_detail, &CustomerDetailWidget::riskCheckFinished, this, [this](bool answered) {
        const QList<RiskHistoryEntry> kept = m_detail->dossier()->localRiskChecks();
        const QString level = answered && !kept.isEmpty() ? kept.constLast().result.level.raw : QString();
        this->audit(AuditEvents::riskChecked(m_detail->customerId(), answered, level));
    });
    QAction *searchNotes = m_toolsMenu->addAction(tr("Search &notes…"));
    searchNotes->setObjectName(u"searchNotesAction"_s);
    searchNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(searchNotes, &QAction::triggered, this, [this, review] {
        auto *dialog = new NoteSearchDialog(review, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &NoteSearchDialog::customerChosen, this, [this](const QString &customerId) {
            // The customer may be outside the queue or filters shown: show everyone then.
            if (m_book->model()->rowOfId(customerId) < 0) {
                m_messageBar->showError(tr("Customer %1 is not in the book.").arg(customerId));
                return;
            }
            m_book->setCurrentId(customerId);
            if (m_book->currentId() != customerId) {
                m_queuePanel->selectQueue(m_queuePanel->model()->indexOf(ReviewQueue::Kind::Everyone));
                m_searchEdit->clear();
                m_kycFilter->setCurrentIndex(0);
                m_typeFilter->setCurrentIndex(0);
                m_book->setCurrentId(customerId);
            }
        });
        dialog->show();
    });
    auto *exportAction = new QAction(tr("E&xport view…"), this);
    m_fileMenu->insertAction(m_exportSeparator, exportAction);
    exportAction->setObjectName(u"exportViewAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    exportAction->setToolTip(tr("The customers shown, as CSV; names and email addresses masked"));
    connect(exportAction, &QAction::triggered, this, [this] { chooseExportFile(false); });
    auto *exportPersonal = new QAction(tr("Export view with names and emails…"), this);
    m_fileMenu->insertAction(m_exportSeparator, exportPersonal);
    exportPersonal->setObjectName(u"exportViewWithPersonalDataAction"_s);
    exportPersonal->setToolTip(tr("Asks why, and records it in the audit trail"));
    connect(exportPersonal, &QAction::triggered, this, [this] { chooseExportFile(true); });

    m_queuePanel = new ReviewQueuePanel(m_book->model(), settings, this);
    m_queuePanel->setIdSource([this, review, audit](ReviewQueue::Kind kind) {
        QSet<QString> ids;
        if (kind == ReviewQueue::Kind::HighRisk && m_history) {
            ids = m_history->customersAtLevel({ u"high"_s, u"very_high"_s },
                                              m_environments.recordKey(Vendor::Sardine));
        } else if (kind == ReviewQueue::Kind::AwaitingSecondApproval) {
            if (const auto waiting = review->awaitingSecond()) {
                for (const CaseDecision &d : waiting.value())
                    ids.insert(d.customerId);
            }
        } else if (kind == ReviewQueue::Kind::DecidedByMeToday) {
            const QDateTime startOfToday = QDate::currentDate().startOfDay();
            if (const auto mine = review->decisionsBy(audit->analyst(), startOfToday.toUTC())) {
                for (const CaseDecision &d : mine.value())
                    ids.insert(d.customerId);
            }
        }
        return ids;
    });
    m_splitter->insertWidget(0, m_queuePanel);
    m_splitter->setStretchFactor(0, 1);
    applyDefaultSplitterShares();
    restoreSplitterState();
    connect(m_queuePanel, &ReviewQueuePanel::queueChosen, this, [this](const ReviewQueue &queue) {
        const bool another = queue.kind != m_book->proxy()->queue().kind
            || queue.requirementMask != m_book->proxy()->queue().requirementMask;
        m_book->proxy()->setQueue(queue);
        // Working a queue claims the customer shown; browsing everyone only shows who holds one.
        m_casePanel->setClaiming(queue.kind != ReviewQueue::Kind::Everyone);
        // A queue is worked oldest first: the customer waiting longest since their last change on top.
        if (another && queue.kind != ReviewQueue::Kind::Everyone)
            m_table->sortByColumn(CustomerTableModel::Updated, Qt::AscendingOrder);
        m_bookStatus->updateCount();
        updateEmptyBookLabel();
    });
    connect(m_queuePanel, &ReviewQueuePanel::saveSearchRequested, this, &MainWindow::saveCurrentSearch);
    connect(m_casePanel, &CaseReviewPanel::decided, m_queuePanel, &ReviewQueuePanel::recountSoon);
    connect(m_casePanel, &CaseReviewPanel::undone, m_queuePanel, &ReviewQueuePanel::recountSoon);
    auto *queuesAction = new QAction(tr("Go to &queues"), this);
    queuesAction->setObjectName(u"goToQueuesAction"_s);
    queuesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(queuesAction, &QAction::triggered, m_queuePanel,
            [this] { m_queuePanel->view()->setFocus(Qt::ShortcutFocusReason); });
    m_viewMenu->insertAction(m_viewMenu->actions().value(1), queuesAction); // after the search
}

void MainWindow::audit(const AuditEvent &event)
{
    if (!m_audit)
        return; // no workspace: said once at start
    if (const auto appended = m_audit->append(event); !appended)
        m_messageBar->showError(tr("Not recorded in the audit trail: %1").arg(appended.error().message));
}

void MainWindow::chooseExportFile(bool personalData)
{
    const QString csv = tr("CSV (*.csv)");
    const QString spreadsheet = tr("CSV for Excel, UTF-8 with byte-order mark (*.csv)");
    QString chosenFilter = spreadsheet;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export view"), u"customers.csv"_s,
                                                      spreadsheet + u";;"_s + csv, &chosenFilter);
    if (!path.isEmpty())
        exportView(path, chosenFilter == spreadsheet, personalData);
}

bool MainWindow::exportView(const QString &path, bool spreadsheet, bool personalData)
{
    if (!m_audit) {
        m_messageBar->showError(tr("Exports are recorded in the workspace, which could not be opened."));
        return false;
    }
    if (personalData
        && !m_revealGate->askToReveal(tr("names and email addresses in an export"), u"export"_s, QString()))
        return false;
    const QList<QStringList> rows = CustomerViewExport::rows(*m_book->proxy(), personalData);
    const TableExport::Format format
        = spreadsheet ? TableExport::Format::SpreadsheetCsv : TableExport::Format::Csv;
    if (const auto failed = TableExport::write(path, TableExport::encode(rows, format))) {
        m_messageBar->showError(failed->message);
        return false;
    }
    QStringList kyc; // the wire words of the statuses shown, comma-separated; empty for all
    for (KycStatus status : m_kycFilter->statuses())
        kyc << StatusText::wire(status);
    const int type = m_typeFilter->currentData().toInt();
    const auto audited = m_audit->append(AuditEvents::viewExported(
        spreadsheet ? u"csv-excel"_s : u"csv"_s, rows.size() - 1, m_book->proxy()->queue().word(),
        !m_searchEdit->text().trimmed().isEmpty(), kyc.join(u','),
        type < 0 ? QString() : StatusText::wire(CustomerType(type)), personalData));
    if (!audited) {
        QFile::remove(path); // an export the trail does not record must not stay behind
        m_messageBar->showError(audited.error().message);
        return false;
    }
    m_messageBar->showMessage(
        MessageBar::Level::Info,
        (personalData
             ? tr("%n customer(s) exported to %1, names and emails in clear.", nullptr, int(rows.size() - 1))
             : tr("%n customer(s) exported to %1, names and emails masked.", nullptr, int(rows.size() - 1)))
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void MainWindow::showBookContextMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (!index.isValid())
        return;
    const int source = m_book->proxy()->mapToSource(index).row();
    const QString id = m_book->model()->customerId(source);
    const QString email = m_book->model()->email(m_book->model()->rowAt(source)).toString();
    QMenu menu(this);
    QAction *copyId = menu.addAction(tr("Copy customer id"));
    copyId->setObjectName(u"copyCustomerIdAction"_s);
    QAction *copyEmail = menu.addAction(tr("Copy email address"));
    copyEmail->setObjectName(u"copyEmailAction"_s);
    copyEmail->setEnabled(!email.isEmpty());
    copyEmail->setToolTip(tr("Cleared from the clipboard after 30 seconds"));
    QAction *copyLink = menu.addAction(tr("Copy KYC link"));
    copyLink->setObjectName(u"copyKycLinkAction"_s);
    copyLink->setEnabled(m_sphere != nullptr);
    QAction *chosen = menu.exec(m_table->viewport()->mapToGlobal(at));
    if (chosen == copyId)
        m_clipboard->copy(id);
    else if (chosen == copyEmail)
        m_clipboard->copySensitive(email);
    else if (chosen == copyLink)
        copyKycLink(id);
}

void MainWindow::copyKycLink(const QString &customerId)
{
    m_sphere->createHostedLink(HostedLinkKind::Kyc, customerId, this, [this](const Result<HostedLink> &link) {
        if (!link) {
            m_messageBar->showError(tr("No KYC link: %1").arg(link.error().userMessage()));
            return;
        }
        m_clipboard->copySensitive(link.value().url); // whoever holds the link can act as the customer
        m_messageBar->showMessage(MessageBar::Level::Info, tr("KYC link copied; send it to the customer."));
    });
}

void MainWindow::saveCurrentSearch()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save search"),
                                               tr("Name of the queue (the search text, KYC status and type "
                                                  "filters as they are now):"),
                                               QLineEdit::Normal, m_searchEdit->text(), &ok);
    if (!ok)
        return;
    const QList<KycStatus> kyc = m_kycFilter->statuses();
    if (kyc.size() > 1) {
        m_messageBar->showError(tr("A saved search keeps one KYC status; choose one before saving."));
        return;
    }
    const int type = m_typeFilter->currentData().toInt();
    if (!m_queuePanel->addSavedSearch(
            name, m_searchEdit->text(), kyc.isEmpty() ? std::nullopt : std::optional<KycStatus>(kyc.first()),
            type < 0 ? std::nullopt : std::optional<CustomerType>(CustomerType(type))))
        m_messageBar->showError(tr("A saved search needs a name."));
}

void MainWindow::setSardineFeedback(FeedbackOutbox *outbox, FeedbackSender *sender)
{
    m_feedbackOutbox = outbox;
    connect(m_detail, &CustomerDetailWidget::customerLoaded, this,
            [this](const Customer &customer) { showFeedbackFor(customer.id); });
    connect(sender, &FeedbackSender::feedbackChanged, this, &MainWindow::showFeedbackFor);
    connect(sender, &FeedbackSender::storageFailed, m_messageBar, &MessageBar::showError);
    if (m_casePanel) {
        connect(m_casePanel, &CaseReviewPanel::decided, sender, &FeedbackSender::sendDue);
        connect(m_casePanel, &CaseReviewPanel::undone, this,
                [this](const CaseDecision &decision) { showFeedbackFor(decision.customerId); });
    }
}

void MainWindow::showFeedbackFor(const QString &customerId)
{
    if (!m_feedbackOutbox || customerId != m_detail->customerId())
        return;
    const auto feedback = m_feedbackOutbox->forCustomer(customerId);
    if (!feedback) {
        m_messageBar->showError(feedback.error().message);
        return;
    }
    m_detail->riskPanel()->showFeedback(feedback.value());
}

void MainWindow::onSelectionChanged()
{
    if (m_casePanel)
        m_casePanel->clear(); // until the next customer has loaded: no decision on the wrong one
    const QString current = m_book->currentId();
    if (current.isEmpty())
        m_detail->clear();
    else
        m_detail->showCustomer(current);
    updateActions(); // after the pane has dropped the previous customer
    updateWindowTitle();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyBookLabel->setGeometry(m_table->viewport()->rect());
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier
            && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            enterBook(true);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::enterBook(bool first)
{
    if (m_book->proxy()->rowCount() == 0)
        return;
    if (first || !m_table->currentIndex().isValid())
        m_book->setCurrentRow(0);
    m_table->scrollTo(m_table->currentIndex());
    m_table->setFocus(Qt::OtherFocusReason);
}

void MainWindow::stepCustomer(int step)
{
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() + step : 0;
    if (row < 0 || row >= m_book->proxy()->rowCount())
        return;
    m_book->setCurrentRow(row);
    m_table->scrollTo(m_table->currentIndex());
}

void MainWindow::updateActions()
{
    // Only a customer the detail pane has loaded (from the environment in use) can be updated.
    const bool loaded = !m_book->currentId().isEmpty() && m_detail && m_detail->customer().has_value();
    if (m_updateCustomerAction)
        m_updateCustomerAction->setEnabled(loaded);
    if (m_riskCheckAction)
        m_riskCheckAction->setEnabled(loaded && m_detail->dossier()->canCheckRisk());
    if (m_copyIdAction)
        m_copyIdAction->setEnabled(!m_book->currentId().isEmpty());
    if (m_copyLinkAction)
        m_copyLinkAction->setEnabled(!m_book->currentId().isEmpty() && m_sphere);
}

void MainWindow::setOnboarding(DraftStore *drafts, YativoClient *yativo)
{
    const bool newDrafts = drafts && drafts != m_drafts;
    m_drafts = drafts;
    m_yativo = yativo;
    if (m_crossVendor)
        m_crossVendor->setYativo(yativo);
    if (!newDrafts)
        return;
    const qsizetype unsent = m_drafts->list().size();
    if (unsent > 0) {
        m_messageBar->showMessage(MessageBar::Level::Info,
                                  tr("%n onboarding draft(s) were not sent. Open them with \"Open drafts\" "
                                     "here or from File → Drafts.",
                                     nullptr, int(unsent)));
        m_messageBar->setAction(tr("Open drafts"), m_draftsMenu);
    }
}

CustomerFormDialog *MainWindow::newCustomer()
{
    Q_EMIT draftsNeeded();
    auto *dialog = new CustomerFormDialog(CustomerFormDialog::Mode::Create, m_sphere, m_drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMaxDocumentBytes(m_maxDocumentBytes);
    dialog->setEnvironments(m_environments);
    connect(dialog, &CustomerFormDialog::customerSaved, this, &MainWindow::onCustomerSaved);
    dialog->open();
    Q_EMIT customerFormOpened(dialog);
    return dialog;
}

void MainWindow::updateSelectedCustomer()
{
    const QString id = m_book->currentId();
    if (id.isEmpty())
        return;
    // Fetched fresh: the form's baseline and the approved check must be what Sphere has now.
    m_sphere->getCustomer(id, this, [this](const Result<Customer> &result) {
        if (!result) {
            m_messageBar->showError(result.error().userMessage());
            return;
        }
        openUpdateForm(result.value(), {});
    });
}

void MainWindow::openUpdateForm(const Customer &customer, const QString &draftId)
{
    if (customer.kyc.value == KycStatus::Approved) {
        m_messageBar->showMessage(MessageBar::Level::Warning,
                                  tr("%1's KYC is approved. Sphere does not allow an approved customer to be "
                                     "updated.")
                                      .arg(customer.displayName()));
        return;
    }
    Q_EMIT draftsNeeded();
    auto *dialog = new CustomerFormDialog(CustomerFormDialog::Mode::Update, m_sphere, m_drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMaxDocumentBytes(m_maxDocumentBytes);
    dialog->setEnvironments(m_environments);
    dialog->setCustomer(customer);
    if (!draftId.isEmpty())
        dialog->restoreDraft(draftId);
    connect(dialog, &CustomerFormDialog::customerSaved, this, &MainWindow::onCustomerSaved);
    dialog->open();
    Q_EMIT customerFormOpened(dialog);
}

YativoCustomerDialog *MainWindow::onboardWithYativo()
{
    Q_EMIT draftsNeeded();
    auto *dialog = new YativoCustomerDialog(m_yativo, m_drafts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEnvironments(m_environments);
    connect(dialog, &YativoCustomerDialog::customerCreated, this, [this](const YativoCustomer &customer) {
        audit(AuditEvents::yativoOnboarded(customer.id));
        m_messageBar->showInfo(tr("Yativo created %1; the KYC and TOS links are in the dialog.")
                                   .arg(customer.fullName.value_or(customer.id)));
    });
    dialog->open();
    return dialog;
}

void MainWindow::resumeDraft(const QString &draftId)
{
    if (m_drafts && !m_drafts->isReady()) {
        // Reading a draft needs its key: fetch it first (the keychain may ask to be unlocked).
        Q_EMIT draftsNeeded();
        m_drafts->open(this, [this, draftId](const std::optional<ApiError> &error) {
            if (error)
                m_messageBar->showError(tr("The draft cannot be opened: %1").arg(error->message));
            else
                resumeDraft(draftId);
        });
        return;
    }
    warnIfDraftFromAnotherEnvironment(draftId);
    if (draftId.startsWith(u"sphere-create/"_s)) {
        newCustomer()->restoreDraft(draftId);
    } else if (draftId.startsWith(u"sphere-update/"_s)) {
        const QString customerId = draftId.mid(int(qstrlen("sphere-update/")));
        m_sphere->getCustomer(customerId, this, [this, draftId](const Result<Customer> &result) {
            if (!result) {
                m_messageBar->showError(tr("The customer of this draft could not be fetched: %1")
                                            .arg(result.error().userMessage()));
                return;
            }
            openUpdateForm(result.value(), draftId);
        });
    } else if (draftId.startsWith(u"yativo-create/"_s)) {
        onboardWithYativo()->restoreDraft(draftId);
    }
}

void MainWindow::warnIfDraftFromAnotherEnvironment(const QString &draftId)
{
    if (!m_drafts)
        return;
    const Vendor vendor = draftId.startsWith(u"yativo-create/"_s) ? Vendor::Yativo : Vendor::Sphere;
    for (const DraftStore::Summary &draft : m_drafts->list()) {
        if (draft.id != draftId || draft.environment == m_environments.recordKey(vendor))
            continue;
        m_messageBar->showMessage(
            MessageBar::Level::Warning,
            tr("This draft was saved for %1 — %2; %1 now uses %3. Check it before sending.")
                .arg(VendorEnvironment::vendorName(vendor), VendorEnvironment::recordLabel(draft.environment),
                     VendorEnvironment::recordLabel(m_environments.recordKey(vendor))));
    }
}

void MainWindow::rebuildDraftsMenu()
{
    m_draftsMenu->clear();
    if (!m_drafts) {
        m_draftsMenu->addAction(tr("Drafts are unavailable (no workspace or keychain)"))->setEnabled(false);
        return;
    }
    const QList<DraftStore::Summary> drafts = m_drafts->list();
    if (drafts.isEmpty())
        m_draftsMenu->addAction(tr("No drafts"))->setEnabled(false);
    for (const DraftStore::Summary &draft : drafts) {
        QAction *action = m_draftsMenu->addAction(
            tr("%1 — %2 — saved %3")
                .arg(draft.title, VendorEnvironment::recordLabel(draft.environment),
                     QLocale().toString(draft.savedAt.toLocalTime(), QLocale::ShortFormat)));
        const QString id = draft.id;
        connect(action, &QAction::triggered, this, [this, id] { resumeDraft(id); });
    }
    if (!drafts.isEmpty()) {
        m_draftsMenu->addSeparator();
        QMenu *discard = m_draftsMenu->addMenu(tr("Discard"));
        for (const DraftStore::Summary &draft : drafts) {
            const QString id = draft.id;
            connect(discard->addAction(draft.title), &QAction::triggered, this, [this, id] {
                if (m_drafts)
                    m_drafts->remove(id);
            });
        }
    }
}

void MainWindow::onCustomerSaved(const Customer &customer, bool created)
{
    audit(AuditEvents::customerSaved(customer.id, created, customer.type.raw));
    m_book->upsertCustomer(customer);
    m_book->setCurrentId(customer.id);
    m_detail->showCustomer(customer.id);
    m_messageBar->showInfo(created ? tr("Created %1 (%2).").arg(customer.displayName(), customer.id)
                                   : tr("Saved the changes to %1.").arg(customer.displayName()));
    m_bookStatus->updateCount();
}

void MainWindow::setRequestsInFlight(int inFlight)
{
    m_bookStatus->setSharedRequestsInFlight(inFlight);
}
