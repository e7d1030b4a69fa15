#pragma once

#include "SphereRequestTypes.h"

#include <memory>
#include <optional>
#include <QWidget>

class FieldIssueTracker;
class QLineEdit;
namespace Ui {
class AddressEditor;
}

// The six documented address fields as one form section, used by the customer and the UBO forms.
// Its value (the `address` user property) is nullopt when every box is empty. Issues are tracked
// under "<prefix>line1", "<prefix>country", … (prefix "address." or "ubos[0].address.").
class AddressEditor : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(std::optional<Address> address READ address WRITE setAddress NOTIFY changed USER true)

public:
    explicit AddressEditor(QWidget *parent = nullptr); // then trackIssues()
    ~AddressEditor() override;

    void trackIssues(FieldIssueTracker *issues, const QString &fieldPrefix);
    std::optional<Address> address() const;
    void setAddress(const std::optional<Address> &address);
    // The boxes as typed (a draft keeps them exactly, before trimming and upper-casing).
    QList<QLineEdit *> lineEdits() const;

Q_SIGNALS:
    void changed();

private:
    std::unique_ptr<Ui::AddressEditor> m_ui;
};
