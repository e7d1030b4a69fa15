#pragma once

// The columns of the customer CSV file (README, "Importing customers from CSV"): one per field of
// Sphere's create request, named by its dotted path, and one group "ubos.N.<field>" per owner.
// CustomerCsvImport reads a file through these tables.

#include "SphereRequestTypes.h"

#include <QList>

namespace CustomerCsvColumns {

using TextField = std::optional<QString> CustomerRequest::*;
using FlagField = std::optional<bool> CustomerRequest::*;
using DocumentField = std::optional<DocumentUpload> CustomerRequest::*;
using AddressField = std::optional<QString> Address::*;

// One importable column. Exactly one of the member pointers is set, or kind says how to read it.
struct Column
{
    enum class Kind { Text, Flag, Number, Date, List, Document, AddressPart };
    const char16_t *name;
    Kind kind;
    TextField text = nullptr;
    FlagField flag = nullptr;
    DocumentField document = nullptr;
    AddressField address = nullptr;
};

// The owners of a business: columns "ubos.N.<field>", N = 1, 2, … one group of cells per owner.
using UboTextField = std::optional<QString> UboRequest::*;
using UboDocumentField = std::optional<DocumentUpload> UboRequest::*;

struct UboColumn
{
    enum class Kind { Text, Date, Document, AddressPart };
    const char16_t *name;
    Kind kind;
    UboTextField text = nullptr;
    UboDocumentField document = nullptr;
    AddressField address = nullptr;
};

// The create request's fields (shared/vendor-docs/sphere-customers.txt) in the documented order;
// ubos need a list and update-only fields are refused on create, so neither has a column.
const QList<Column> &columnTable();
// ubos[] of the create request, in the documented order; "business" is filled in by the vendor and
// the update-only fields are refused on create.
const QList<UboColumn> &uboColumnTable();

} // namespace CustomerCsvColumns
