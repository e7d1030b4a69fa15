#include "CustomerBookStatus.h"

#include "CustomerBook.h"
#include "CustomerFilterProxyModel.h"
#include "CustomerTableModel.h"
#include "PaletteStyle.h"
#include "ReviewQueueModel.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

CustomerBookStatus::CustomerBookStatus(CustomerBook *book, QStatusBar *bar)
    : QObject(bar)
    , m_book(book)
    , m_countLabel(new QLabel(bar))
    , m_progress(new QProgressBar(bar))
    , m_activityLabel(new QLabel(bar))
    , m_staleLabel(new QLabel(bar))
    , m_staleAgeTimer(new QTimer(this))
    , m_activityTimer(new QTimer(this))
{
    m_staleLabel->setObjectName(u"staleLabel"_s);
    PaletteStyle::follow(m_staleLabel, [](const StatusColours &colours) -> QString {
        const StatusColours::Fill notice = colours.notice(StatusColours::Notice::Warning);
        return u"QLabel { background:%1; color:%2; padding: 0 6px; }"_s.arg(
            PaletteStyle::name(notice.background), PaletteStyle::name(notice.text));
    });
    m_staleLabel->hide();
    bar->addWidget(m_staleLabel);
    m_staleAgeTimer->setInterval(60 * 1000);
    connect(m_staleAgeTimer, &QTimer::timeout, this, &CustomerBookStatus::updateStale);
    connect(book, &CustomerBook::staleChanged, this, &CustomerBookStatus::updateStale);
    connect(book, &CustomerBook::loadingChanged, this, &CustomerBookStatus::updateStale);
    m_countLabel->setObjectName(u"countLabel"_s);
    m_activityLabel->setObjectName(u"activityLabel"_s);
    m_activityLabel->setText(tr("Idle"));
    m_progress->setObjectName(u"loadProgressBar"_s);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    bar->addWidget(m_countLabel, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_activityLabel);

    // A book load changes the count of requests a few hundred times a second: the label shows it
    // at most ten times.
    m_activityTimer->setSingleShot(true);
    m_activityTimer->setInterval(100);
    connect(m_activityTimer, &QTimer::timeout, this, [this] {
        const int inFlight = m_sharedRequests + m_walkRequests;
        m_activityLabel->setText(inFlight > 0 ? tr("%n request(s) in flight", nullptr, inFlight)
                                              : tr("Idle"));
    });

    connect(book, &CustomerBook::loadingChanged, this, [this](bool loading) {
        if (loading)
            m_progress->setRange(0, 0); // busy until the vendor says how many there are
        m_progress->setVisible(loading);
    });
    // Moved with the table, not with every page: QProgressBar repaints synchronously whenever its
    // text changes, and a repaint per page was a tenth of the UI thread's work in a load.
    connect(book, &CustomerBook::progressChanged, this, [this](qint64 loaded, qint64 total) {
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(loaded, INT_MAX)));
    });
    connect(book, &CustomerBook::rowsShown, this, &CustomerBookStatus::updateCount);
    connect(book, &CustomerBook::activityChanged, this, [this](int inFlight) {
        m_walkRequests = inFlight;
        updateActivity();
    });
    updateCount();
}

void CustomerBookStatus::updateCount()
{
    const int shown = m_book->proxy()->rowCount();
    const int all = m_book->model()->rowCount();
    m_countLabel->setText(
        shown == all ? tr("%n customer(s)", nullptr, all)
                     : tr("%1 of %2 customers").arg(QLocale().toString(shown), QLocale().toString(all)));
}

void CustomerBookStatus::updateStale()
{
    if (!m_book->isStale()) {
        m_staleLabel->hide();
        m_staleAgeTimer->stop();
        return;
    }
    const QString age = ReviewQueueModel::ageText(m_book->keptAt().msecsTo(QDateTime::currentDateTimeUtc()));
    m_staleLabel->setText(
        m_book->isLoading()
            ? tr("Copy kept %1 ago — refreshing…").arg(age)
            : tr("Copy kept %1 ago — Sphere could not be reached; reload to try again").arg(age));
    m_staleLabel->show();
    m_staleAgeTimer->start();
}

void CustomerBookStatus::setSharedRequestsInFlight(int inFlight)
{
    m_sharedRequests = inFlight;
    updateActivity();
}

void CustomerBookStatus::updateActivity()
{
    if (!m_activityTimer->isActive())
        m_activityTimer->start();
}
