#pragma once

#include "SardineTypes.h"

#include <QStringList>

// Sardine's documented names for the values a risk-check form offers, in the documented order, and
// the typed value of a name picked from them: the form never spells the wire itself.
namespace SardineVocabulary {

QStringList actionTypes();
VendorEnum<SardineActionType> actionType(const QString &name);
QStringList accountTypes();
VendorEnum<SardineAccountType> accountType(const QString &name);

} // namespace SardineVocabulary
