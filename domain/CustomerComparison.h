#pragma once

#include "IdentityTypes.h"
#include "SphereTypes.h"
#include "YativoTypes.h"

#include <array>
#include <optional>
#include <QList>
#include <QString>

// One customer as each vendor knows them, field by field: what Sphere holds, what Sardine's identity
// entity extracted (the document first, the consented profile after), and the Yativo record linked
// to them. A field differs when two vendors that both have it disagree once spelling is set aside
// (case, spaces and punctuation; phones by their digits, the last ten).
struct ComparedFacts
{
    std::optional<QString> name;
    std::optional<QString> dateOfBirth;
    std::optional<QString> address; // street, city, postal code
    std::optional<QString> phone;
    std::optional<QString> email;

    static ComparedFacts of(const Customer &customer);
    static ComparedFacts of(const IdentityEntity &entity);
    static ComparedFacts of(const YativoCustomer &record);
};

enum class ComparedField { Name, DateOfBirth, Address, Phone, Email };
enum class ComparedVendor { Sphere, Sardine, Yativo };

struct FieldComparison
{
    ComparedField field = ComparedField::Name;
    std::array<std::optional<QString>, 3> values; // by ComparedVendor
    bool differs = false;
};

QList<FieldComparison> compareCustomer(const std::optional<ComparedFacts> &sphere,
                                       const std::optional<ComparedFacts> &sardine,
                                       const std::optional<ComparedFacts> &yativo);
// The form two values are compared in.
QString comparableText(ComparedField field, const QString &value);
