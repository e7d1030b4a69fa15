#pragma once

#include "SphereTypes.h"

#include <QComboBox>
#include <QList>

class QStandardItemModel;

// The book's KYC filter: "All KYC statuses" or any set of statuses. Choosing a status (Enter, or a
// program's setCurrentIndex) shows that status alone; a click on a status's box or Space in the
// list ticks it on or off without closing the list. With several ticked the box reads
// "Pending, Approved".
class KycFilterComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit KycFilterComboBox(QWidget *parent = nullptr);

    QList<KycStatus> statuses() const; // empty: all; in the list's order
    void setStatuses(const QList<KycStatus> &statuses);
    // The statuses as the box shows them ("Pending, Approved"), or "All KYC statuses".
    QString summary() const;

Q_SIGNALS:
    void statusesChanged(const QList<KycStatus> &statuses);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggle(int row);
    void showStatuses();

    QStandardItemModel *m_items;
};
