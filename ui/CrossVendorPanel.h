#pragma once

#include "CustomerComparison.h"

#include <functional>
#include <optional>
#include <QPointer>
#include <QWidget>

class CrossVendorModel;
class QLabel;
class QPushButton;
class QTableView;
class YativoClient;
class YativoLinks;

// The customer across vendors: Sphere's record, what Sardine's identity entity extracted, and the
// Yativo record an analyst linked, side by side with the fields they disagree on marked. A Yativo
// record is linked by hand: the desk offers the records whose email or phone is the customer's and
// the analyst confirms one; unlinking is one click. Both are audited.
class CrossVendorPanel : public QWidget
{
    Q_OBJECT

public:
    // Picks one of `labels` (nullopt: the analyst cancelled); a dialog unless a test sets one.
    using Chooser = std::function<std::optional<int>(const QStringList &labels)>;

    CrossVendorPanel(YativoLinks *links, QWidget *parent = nullptr);

    void setYativo(YativoClient *client);
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    CrossVendorModel *model() const { return m_model; }

    void showCustomer(const Customer &customer);
    void showIdentity(const IdentityEntity &entity);
    void clear();

    // Looks for Yativo records with the customer's email or phone and asks the analyst to confirm one.
    void findYativoRecord();
    bool linkRecord(const YativoCustomer &record);
    void unlinkRecord();

Q_SIGNALS:
    void failed(const QString &message);
    void notice(const QString &message);

private:
    void refresh();
    void updateButtons();

    YativoLinks *m_links;
    QPointer<YativoClient> m_yativo;
    Chooser m_chooser;
    CrossVendorModel *m_model;
    QLabel *m_summaryLabel;
    QTableView *m_view;
    QPushButton *m_linkButton;
    QPushButton *m_unlinkButton;
    std::optional<Customer> m_customer;
    std::optional<ComparedFacts> m_sardine;
    std::optional<ComparedFacts> m_yativoFacts;
    bool m_searching = false;
};
