#include "SphereTypes.h"

using namespace Qt::Literals::StringLiterals;

QString Customer::displayName() const
{
    const QString first = firstName.value_or(QString());
    const QString last = lastName.value_or(QString());
    if (type.value == CustomerType::Business || last.isEmpty())
        return first;
    if (first.isEmpty())
        return last;
    return first + u' ' + last;
}
