#include "SardineHistoryView.h"

#include "ApiJob.h"
#include "SardineClient.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SardineHistoryView::SardineHistoryView(SardineClient *sardine, QWidget *parent)
    : QWidget(parent)
    , m_sardine(sardine)
    , m_loadButton(new QPushButton(tr("Load from Sardine"), this))
    , m_statusLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(0, 5, this))
{
    setObjectName(u"sardineHistoryView"_s);
    m_loadButton->setObjectName(u"loadSardineHistoryButton"_s);
    m_view->setObjectName(u"sardineHistoryTableView"_s);
    m_model->setHorizontalHeaderLabels(
        { tr("Session"), tr("Level"), tr("Status"), tr("Score"), tr("Signals") });
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMaximumHeight(140);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Past checks — from Sardine</b>"), this));
    top->addWidget(m_loadButton);
    top->addWidget(m_statusLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_loadButton, &QPushButton::clicked, this, &SardineHistoryView::load);
    setCustomerId({});
}

void SardineHistoryView::setCustomerId(const QString &customerId)
{
    if (m_pending)
        m_pending->abort();
    m_customerId = customerId;
    m_model->removeRows(0, m_model->rowCount());
    m_loadButton->setEnabled(m_sardine && !customerId.isEmpty());
    m_statusLabel->setText(m_sardine ? QString() : tr("Sardine is not configured."));
}

void SardineHistoryView::load()
{
    if (!m_sardine || m_customerId.isEmpty() || m_pending)
        return;
    const QString customerId = m_customerId;
    m_statusLabel->setText(tr("Asking Sardine…"));
    m_pending = m_sardine->history(customerId, this, [this, customerId](const Result<QList<RiskResult>> &r) {
        if (customerId != m_customerId)
            return;
        if (!r) {
            m_statusLabel->setText(tr("Could not load."));
            Q_EMIT failed(r.error().userMessage());
            return;
        }
        showResults(r.value());
    });
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
