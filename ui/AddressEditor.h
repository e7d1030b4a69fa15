#pragma once

#include "SphereRequestTypes.h"

#include <optional>
#include <QWidget>

class FieldIssueTracker;
class QLineEdit;

// The six documented address fields as one form section, used by the customer and the UBO forms.
// Issues are tracked under "<prefix>line1", "<prefix>country", … (prefix "address." or
// "ubos[0].address.").
class AddressEditor : public QWidget
{
    Q_OBJECT

public:
    AddressEditor(FieldIssueTracker *issues, const QString &fieldPrefix, QWidget *parent = nullptr);

    std::optional<Address> address() const; // nullopt when every box is empty
    void setAddress(const std::optional<Address> &address);

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_line1LineEdit;
    QLineEdit *m_line2LineEdit;
    QLineEdit *m_cityLineEdit;
    QLineEdit *m_postalCodeLineEdit;
    QLineEdit *m_stateLineEdit;
    QLineEdit *m_countryLineEdit;
};
