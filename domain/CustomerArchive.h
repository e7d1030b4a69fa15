#pragma once

#include "SphereTypes.h"

#include <optional>
#include <QDateTime>
#include <QString>

// A customer as last fetched, kept on this computer so the desk can still show them while Sphere
// cannot be reached; `keptAt` says how old the copy is.
struct KeptCustomer
{
    Customer customer;
    QDateTime keptAt;
};

// Where the customer dossier keeps what it fetched and finds it again (the workspace's
// CustomerCache), per Sphere environment (its record key).
class CustomerArchive
{
public:
    virtual ~CustomerArchive() = default;

    virtual void keepCustomer(const QString &environment, const Customer &customer) = 0;
    virtual std::optional<KeptCustomer> keptCustomer(const QString &environment, const QString &id) const = 0;
};
