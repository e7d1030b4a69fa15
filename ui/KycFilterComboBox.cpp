#include "KycFilterComboBox.h"

#include "StatusText.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>

KycFilterComboBox::KycFilterComboBox(QWidget *parent)
    : QComboBox(parent), m_items(new QStandardItemModel(this))
{
    // In MainWindow's context, where the toolbar's combo box had it: its translation stays found.
    auto *all = new QStandardItem(QCoreApplication::translate("MainWindow", "All KYC statuses"));
    all->setData(-1, Qt::UserRole);
    m_items->appendRow(all);
    for (KycStatus s : StatusText::documentedKycStatuses() + QList<KycStatus> { KycStatus::Unknown }) {
        auto *item = new QStandardItem(StatusText::kyc(s));
        item->setData(int(s), Qt::UserRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_items->appendRow(item);
    }
    setModel(m_items);
    // The style's menu-like delegate ticks the current item only; this one draws each item's box.
    view()->setItemDelegate(new QStyledItemDelegate(this));
    // After view() made the popup, whose own filter closes it on a click: this one is asked first.
    view()->viewport()->installEventFilter(this);
    view()->installEventFilter(this);
    setToolTip(tr("Choose a status to see it alone; tick several (click their boxes, or press Space) "
                  "to see any of them."));
    setCurrentIndex(0);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        const int value = itemData(index).toInt();
        setStatuses(value < 0 ? QList<KycStatus>() : QList<KycStatus> { KycStatus(value) });
    });
}

QList<KycStatus> KycFilterComboBox::statuses() const
{
    QList<KycStatus> out;
    for (int row = 1; row < m_items->rowCount(); ++row) {
        if (m_items->item(row)->checkState() == Qt::Checked)
            out.append(KycStatus(m_items->item(row)->data(Qt::UserRole).toInt()));
    }
    return out;
}

void KycFilterComboBox::setStatuses(const QList<KycStatus> &statuses)
{
    const QList<KycStatus> before = this->statuses();
    for (int row = 1; row < m_items->rowCount(); ++row) {
        const auto status = KycStatus(m_items->item(row)->data(Qt::UserRole).toInt());
        m_items->item(row)->setCheckState(statuses.contains(status) ? Qt::Checked : Qt::Unchecked);
    }
    showStatuses(); // changes the current index with the signals blocked
    if (this->statuses() != before)
        Q_EMIT statusesChanged(this->statuses());
}

QString KycFilterComboBox::summary() const
{
    QStringList names;
    for (KycStatus s : statuses())
        names.append(StatusText::kyc(s));
    return names.isEmpty() ? itemText(0) : names.join(QStringLiteral(", "));
}

void KycFilterComboBox::showStatuses()
{
    // One status or none: that item is the current one. Several: no current item, and the
    // placeholder names them.
    const QList<KycStatus> chosen = statuses();
    const QSignalBlocker blocker(this);
    if (chosen.size() <= 1) {
        setCurrentIndex(chosen.isEmpty() ? 0 : findData(int(chosen.first())));
    } else {
        setPlaceholderText(summary());
        setCurrentIndex(-1);
    }
    update();
}

void KycFilterComboBox::toggle(int row)
{
    if (row <= 0) {
        setStatuses({});
        return;
    }
    QList<KycStatus> chosen = statuses();
    const auto status = KycStatus(m_items->item(row)->data(Qt::UserRole).toInt());
    if (!chosen.removeOne(status))
        chosen.append(status);
    setStatuses(chosen);
}

bool KycFilterComboBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = view()->indexAt(mouse->position().toPoint());
        // On the box: ticked on or off, and the list stays open for the next one. On the text: that
        // status alone, as any combo box chooses.
        const int box = view()->visualRect(index).left() + style()->pixelMetric(QStyle::PM_IndicatorWidth)
            + 3 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
        if (index.isValid() && index.row() > 0 && mouse->position().x() <= box) {
            toggle(index.row());
            return true;
        }
    } else if (watched == view() && event->type() == QEvent::KeyPress
               && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space) {
        if (view()->currentIndex().isValid())
            toggle(view()->currentIndex().row());
        return true;
    }
    return QComboBox::eventFilter(watched, event);
}
