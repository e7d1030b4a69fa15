#include "CrossVendorPanel.h"

#include "CrossVendorModel.h"
#include "FlowLayout.h"
#include "YativoClient.h"
#include "YativoLinks.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CrossVendorPanel::CrossVendorPanel(YativoLinks *links, QWidget *parent)
    : QWidget(parent)
    , m_links(links)
    , m_model(new CrossVendorModel(this))
    , m_summaryLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_linkButton(new QPushButton(tr("Find Yativo record…"), this))
    , m_unlinkButton(new QPushButton(tr("Unlink Yativo record"), this))
{
    setObjectName(u"crossVendorPanel"_s);
    m_summaryLabel->setObjectName(u"crossVendorSummaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    m_view->setObjectName(u"crossVendorTableView"_s);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // The field's name as wide as it needs; the vendors share the rest equally.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(CrossVendorModel::Field, QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_linkButton->setObjectName(u"findYativoRecordPushButton"_s);
    m_linkButton->setToolTip(
        tr("Yativo records with this customer's email or phone; you confirm which one it is"));
    m_unlinkButton->setObjectName(u"unlinkYativoRecordPushButton"_s);
    connect(m_linkButton, &QPushButton::clicked, this, &CrossVendorPanel::findYativoRecord);
    connect(m_unlinkButton, &QPushButton::clicked, this, &CrossVendorPanel::unlinkRecord);
    m_chooser = [this](const QStringList &labels) -> std::optional<int> {
        bool ok = false;
        const QString picked
            = QInputDialog::getItem(this, tr("Link Yativo record"),
                                    tr("Which Yativo record is this customer?"), labels, 0, false, &ok);
        return ok ? std::optional<int>(int(labels.indexOf(picked))) : std::nullopt;
    };

    auto *buttons = new FlowLayout; // one above the other in a narrow detail pane
    buttons->addWidget(m_linkButton);
    buttons->addWidget(m_unlinkButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    clear();
}

void CrossVendorPanel::setYativo(YativoClient *client)
{
    m_yativo = client;
    updateButtons();
}

void CrossVendorPanel::showCustomer(const Customer &customer)
{
    const bool another = !m_customer || m_customer->id != customer.id;
    m_customer = customer;
    if (another)
        m_sardine.reset(); // the identity entity comes after the customer
    m_yativoFacts.reset();
    const auto link = m_links->linked(customer.id);
    if (!link)
        Q_EMIT failed(link.error().message);
    else if (link.value())
        m_yativoFacts = ComparedFacts::of(link.value()->record);
    refresh();
}

void CrossVendorPanel::showIdentity(const IdentityEntity &entity)
{
    m_sardine = ComparedFacts::of(entity);
    refresh();
}

void CrossVendorPanel::clear()
{
    m_customer.reset();
    m_sardine.reset();
    m_yativoFacts.reset();
    refresh();
}

void CrossVendorPanel::refresh()
{
    m_model->setFacts(m_customer ? std::optional(ComparedFacts::of(*m_customer)) : std::nullopt, m_sardine,
                      m_yativoFacts);
    m_view->resizeRowsToContents();
    if (!m_customer)
        m_summaryLabel->setText(tr("No customer selected."));
    else if (const int differing = m_model->differingFields(); differing > 0)
        m_summaryLabel->setText(tr("The vendors disagree on %n field(s), marked ≠.", nullptr, differing));
    else
        m_summaryLabel->setText(
            m_sardine || m_yativoFacts
                ? tr("The vendors agree on every field they both have.")
                : tr("Only Sphere's record so far: run a risk check with document data, or "
                     "link the customer's Yativo record."));
    updateButtons();
}

void CrossVendorPanel::updateButtons()
{
    m_linkButton->setEnabled(m_customer && m_yativo && !m_searching);
    m_unlinkButton->setEnabled(m_customer && m_yativoFacts);
}

void CrossVendorPanel::findYativoRecord()
{
    if (!m_customer || !m_yativo)
        return;
    m_searching = true;
    updateButtons();
    const Customer customer = *m_customer;
    m_yativo->listAllCustomers(this, [this, customer](const Result<QList<YativoCustomer>> &all) {
        m_searching = false;
        updateButtons();
        if (!all) {
            Q_EMIT failed(tr("Yativo's customers could not be listed: %1").arg(all.error().userMessage()));
            return;
        }
        if (!m_customer || m_customer->id != customer.id)
            return; // the analyst moved on
        const QList<YativoCustomer> found
            = YativoLinks::matching(all.value(), customer.email, customer.phoneNumber);
        if (found.isEmpty()) {
            Q_EMIT notice(tr("No Yativo record has this customer's email or phone."));
            return;
        }
        QStringList labels;
        for (const YativoCustomer &c : found)
            labels << tr("%1 <%2> — Yativo %3")
                          .arg(c.fullName.value_or(tr("(no name)")), c.email.value_or(tr("no email")), c.id);
        const std::optional<int> chosen = m_chooser(labels);
        if (chosen && *chosen >= 0 && *chosen < found.size())
            linkRecord(found.at(*chosen));
    });
}

bool CrossVendorPanel::linkRecord(const YativoCustomer &record)
{
    if (!m_customer)
        return false;
    if (const auto failure = m_links->link(m_customer->id, record)) {
        Q_EMIT failed(failure->message);
        return false;
    }
    Q_EMIT notice(tr("Yativo record %1 linked to this customer.").arg(record.id));
    showCustomer(*m_customer);
    return true;
}

void CrossVendorPanel::unlinkRecord()
{
    if (!m_customer)
        return;
    if (const auto failure = m_links->unlink(m_customer->id)) {
        Q_EMIT failed(failure->message);
        return;
    }
    Q_EMIT notice(tr("Yativo record unlinked."));
    showCustomer(*m_customer);
}
