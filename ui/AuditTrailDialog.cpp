#include "AuditTrailDialog.h"

#include "AuditEvents.h"
#include "AuditExport.h"
#include "AuditTableModel.h"
#include "AuditTrail.h"
#include "ScreenFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AuditTrailDialog::AuditTrailDialog(AuditTrail *audit, QWidget *parent)
    : QDialog(parent)
    , m_audit(audit)
    , m_model(new AuditTableModel(this))
    , m_customerLineEdit(new QLineEdit(this))
    , m_analystLineEdit(new QLineEdit(this))
    , m_actionComboBox(new QComboBox(this))
    , m_sinceCheckBox(new QCheckBox(tr("&Since"), this))
    , m_sinceDateEdit(new QDateEdit(QDate::currentDate().addDays(-7), this))
    , m_treeView(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
{
    setWindowTitle(tr("Audit trail"));
    resize(1000, 560);
    ScreenFit::fitToScreen(this);
    m_customerLineEdit->setObjectName(u"customerLineEdit"_s);
    m_customerLineEdit->setPlaceholderText(tr("Any customer"));
    m_analystLineEdit->setObjectName(u"analystLineEdit"_s);
    m_analystLineEdit->setPlaceholderText(tr("Any analyst"));
    m_actionComboBox->setObjectName(u"actionComboBox"_s);
    m_actionComboBox->addItem(tr("Any action"), QString());
    const std::pair<QString, QString> actions[] = {
        { tr("Decisions"), u"decision"_s }, { tr("Undone decisions"), u"decision-undo"_s },
        { tr("Notes"), u"note"_s },         { tr("Reveals of personal data"), u"pii-reveal"_s },
        { tr("Exports"), u"export"_s },     { tr("Vendor requests"), u"vendor-request"_s },
    };
    for (const auto &[label, action] : actions)
        m_actionComboBox->addItem(label, action);
    m_sinceCheckBox->setObjectName(u"sinceCheckBox"_s);
    m_sinceDateEdit->setObjectName(u"sinceDateEdit"_s);
    m_sinceDateEdit->setCalendarPopup(true);
    m_sinceDateEdit->setEnabled(false);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(AuditTableModel::SortRole);
    m_treeView->setObjectName(u"auditTreeView"_s);
    m_treeView->setModel(proxy);
    m_treeView->setRootIsDecorated(false);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSortingEnabled(true);
    m_treeView->sortByColumn(AuditTableModel::Sequence, Qt::AscendingOrder);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_treeView->header()->setSectionResizeMode(AuditTableModel::Detail, QHeaderView::Stretch);
    m_statusLabel->setObjectName(u"auditStatusLabel"_s);
    m_statusLabel->setWordWrap(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Customer:"), this));
    filters->addWidget(m_customerLineEdit, 2);
    filters->addWidget(new QLabel(tr("Analyst:"), this));
    filters->addWidget(m_analystLineEdit, 1);
    filters->addWidget(m_actionComboBox);
    filters->addWidget(m_sinceCheckBox);
    filters->addWidget(m_sinceDateEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *verify = buttons->addButton(tr("&Verify chain"), QDialogButtonBox::ActionRole);
    verify->setObjectName(u"verifyChainPushButton"_s);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(u"exportPushButton"_s);
    connect(verify, &QPushButton::clicked, this, &AuditTrailDialog::verifyChain);
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailDialog::chooseExportFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_treeView, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(buttons);

    connect(m_customerLineEdit, &QLineEdit::textChanged, this, &AuditTrailDialog::reload);
    connect(m_analystLineEdit, &QLineEdit::textChanged, this, &AuditTrailDialog::reload);
    connect(m_actionComboBox, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::reload);
    connect(m_sinceCheckBox, &QCheckBox::toggled, m_sinceDateEdit, &QDateEdit::setEnabled);
    connect(m_sinceCheckBox, &QCheckBox::toggled, this, &AuditTrailDialog::reload);
    connect(m_sinceDateEdit, &QDateEdit::dateChanged, this, &AuditTrailDialog::reload);
    reload();
}

void AuditTrailDialog::setCustomerFilter(const QString &customerId)
{
    m_customerLineEdit->setText(customerId);
}

AuditFilter AuditTrailDialog::filter() const
{
    AuditFilter f;
    f.customerId = m_customerLineEdit->text().trimmed();
    f.analyst = m_analystLineEdit->text().trimmed();
    f.action = m_actionComboBox->currentData().toString();
    if (m_sinceCheckBox->isChecked())
        f.since = m_sinceDateEdit->date().startOfDay();
    return f;
}

void AuditTrailDialog::reload()
{
    const auto rows = m_audit->records(filter());
    if (!rows) {
        m_model->setRecords({});
        m_statusLabel->setText(rows.error().message);
        return;
    }
    m_model->setRecords(rows.value());
    m_statusLabel->setText(tr("%n row(s) shown.", nullptr, int(rows.value().size())));
}

bool AuditTrailDialog::verifyChain()
{
    const auto verdict = m_audit->verify();
    if (!verdict) {
        m_statusLabel->setText(verdict.error().message);
        return false;
    }
    if (const auto &broken = verdict.value()) {
        m_statusLabel->setText(
            tr("The audit trail is broken at row %1: %2.").arg(broken->sequence).arg(broken->problem));
        return false;
    }
    m_statusLabel->setText(tr("The audit trail is intact: every row follows the one before it."));
    return true;
}

void AuditTrailDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export audit trail"), u"audit-trail.csv"_s,
                                                      tr("CSV (*.csv);;JSON Lines (*.jsonl)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditTrailDialog::exportTo(const QString &path)
{
    const AuditExport::Format format = AuditExport::formatForPath(path);
    const QList<AuditRecord> &shown = m_model->records();
    if (const auto failed = AuditExport::write(path, format, shown)) {
        m_statusLabel->setText(failed->message);
        return false;
    }
    const auto audited = m_audit->append(
        AuditEvents::exported(u"audit-trail"_s, format == AuditExport::Format::Csv ? u"csv"_s : u"jsonl"_s,
                              shown.size(), filter()));
    if (!audited)
        QFile::remove(path); // an export the trail does not record must not stay behind
    m_statusLabel->setText(audited ? tr("%n row(s) exported to %1.", nullptr, int(shown.size())).arg(path)
                                   : audited.error().message);
    reload();
    return audited.ok();
}
