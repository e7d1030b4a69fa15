#include "SardineHistoryView.h"

#include "CustomerDossier.h"
#include "FlowLayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SardineHistoryView::SardineHistoryView(CustomerDossier *dossier, QWidget *parent)
    : QWidget(parent)
    , m_dossier(dossier)
    , m_loadButton(new QPushButton(tr("Load from Sardine"), this))
    , m_statusLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, 5, this))
{
    setObjectName(u"sardineHistoryView"_s);
    m_loadButton->setObjectName(u"loadSardineHistoryButton"_s);
    m_view->setObjectName(u"sardineHistoryTableView"_s);
    m_view->setAccessibleName(tr("Sardine history"));
    m_view->setAccessibleDescription(tr("The risk checks Sardine recorded for this customer"));
    m_model->setHorizontalHeaderLabels(
        { tr("Session"), tr("Level"), tr("Status"), tr("Score"), tr("Signals") });
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMaximumHeight(140);

    // The status under the title and button, wrapped: on one line they held the detail pane wider
    // than a laptop's screen.
    m_statusLabel->setWordWrap(true);
    auto *top = new FlowLayout;
    top->addWidget(new QLabel(tr("<b>Past checks — from Sardine</b>"), this));
    top->addWidget(m_loadButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_view);

    connect(m_loadButton, &QPushButton::clicked, this, &SardineHistoryView::load);
    // Offered once the customer is loaded: Sardine knows it by its Sphere id (SardineMapping).
    connect(m_dossier, &CustomerDossier::cleared, this, &SardineHistoryView::reset);
    connect(m_dossier, &CustomerDossier::customerLoaded, this, &SardineHistoryView::reset);
    connect(m_dossier, &CustomerDossier::sardineHistoryLoaded, this, &SardineHistoryView::showResults);
    connect(m_dossier, &CustomerDossier::sardineHistoryFailed, this, [this](const ApiError &error) {
        m_statusLabel->setText(tr("Could not load."));
        Q_EMIT failed(error.userMessage());
    });
    reset();
}

void SardineHistoryView::reset()
{
    const bool configured = m_dossier->canCheckRisk();
    m_model->removeRows(0, m_model->rowCount());
    m_loadButton->setEnabled(configured && m_dossier->customer().has_value());
    m_statusLabel->setText(configured ? QString() : tr("Sardine is not configured."));
}

void SardineHistoryView::load()
{
    if (!m_dossier->canCheckRisk() || !m_dossier->customer() || m_dossier->isSardineHistoryLoading())
        return;
    m_statusLabel->setText(tr("Asking Sardine…"));
    m_dossier->loadSardineHistory();
}

void SardineHistoryView::showResults(const QList<RiskResult> &results)
{
    m_model->removeRows(0, m_model->rowCount());
    for (const RiskResult &r : results) {
        QStringList signals;
        for (const RiskSignal &s : r.signals)
            signals << s.key + u'='
                    + (s.value.isString() ? s.value.toString() : s.value.toVariant().toString());
        m_model->appendRow(
            { new QStandardItem(r.sessionKey.value_or(QString())),
              new QStandardItem(r.level.null ? tr("not returned") : r.level.raw),
              new QStandardItem(r.status.value_or(QString())),
              new QStandardItem(r.customerScore ? QString::number(*r.customerScore) : QString()),
              new QStandardItem(signals.join(u", "_s)) });
    }
    m_statusLabel->setText(tr("%n past check(s) at Sardine", nullptr, int(results.size())));
}
