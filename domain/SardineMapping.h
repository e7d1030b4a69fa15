#pragma once

#include "SardineTypes.h"
#include "SphereTypes.h"

#include <QDate>

// Sphere's customer of record → Sardine's risk request: alpha-3 → alpha-2 countries, the dob
// object → YYYY-MM-DD, names, phone, email — only the values Sphere has (no "" for a null), plus the
// app's own flow name and a fresh session key. Sphere's GET does not return SSN or dob, so the
// analyst adds them in the dialog when they have them.
namespace SardineMapping {

SardineCustomerRequest fromSphere(const Customer &customer,
                                  const QString &flow = QStringLiteral("kyc-review"));
QString alpha3ToAlpha2(const QString &alpha3); // empty when unknown
QString dateOfBirth(int year, int month, int day); // YYYY-MM-DD, empty when not a real date

} // namespace SardineMapping
