#pragma once

#include "SphereTypes.h"

#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

class CustomerTableModel;

// Free text (every whitespace-separated term must appear in name, email or id), KYC status and
// customer type. KycStatus::Unknown matches statuses this build does not know and missing ones. One keystroke on 100 000 rows must stay within a frame (16 ms), so filtering and
// sorting read CustomerRow directly from CustomerTableModel (precomputed lowercase haystack, enum
// ordinals, msecs) instead of going through QVariant data().
class CustomerFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CustomerFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    void setTextFilter(const QString &text);
    void setKycFilter(std::optional<KycStatus> status);
    void setTypeFilter(std::optional<CustomerType> type);
    QString textFilter() const { return m_text; }
    std::optional<KycStatus> kycFilter() const { return m_kyc; }
    std::optional<CustomerType> typeFilter() const { return m_type; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static QStringList termsOf(const QString &text);

    CustomerTableModel *m_customers = nullptr;
    QString m_text;
    QStringList m_terms; // lowercase
    std::optional<KycStatus> m_kyc;
    std::optional<CustomerType> m_type;
};
