#pragma once

#include "SardineTypes.h"

#include <QWidget>

class CustomerDossier;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

// Past risk checks of the shown customer as Sardine itself keeps them (GET /v1/customers?
// customer_id=), next to the ones kept on this computer: an analyst on a new computer, or after
// another colleague's checks, still sees them. Loaded (by the dossier) when asked, not on every
// selection.
class SardineHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit SardineHistoryView(CustomerDossier *dossier, QWidget *parent = nullptr);

    void load();
    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void reset(); // for the customer shown now, or none
    void showResults(const QList<RiskResult> &results);

    CustomerDossier *m_dossier;
    QPushButton *m_loadButton;
    QLabel *m_statusLabel;
    QTableView *m_view;
    QStandardItemModel *m_model;
};
