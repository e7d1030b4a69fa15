#pragma once

#include "SardineTypes.h"

#include <QPointer>
#include <QWidget>

class ApiJob;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class SardineClient;

// Past risk checks of the shown customer as Sardine itself keeps them (GET /v1/customers?
// customer_id=), next to the ones kept on this computer: an analyst on a new computer, or after
// another colleague's checks, still sees them. Loaded when asked, not on every selection.
class SardineHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit SardineHistoryView(SardineClient *sardine, QWidget *parent = nullptr);

    void setCustomerId(const QString &customerId);
    void load();
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void showResults(const QList<RiskResult> &results);

    SardineClient *m_sardine;
    QString m_customerId;
    QPointer<ApiJob> m_pending;
    QPushButton *m_loadButton;
    QLabel *m_statusLabel;
    QTableView *m_view;
    QStandardItemModel *m_model;
};
