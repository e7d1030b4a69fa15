#pragma once

#include <QString>

// One problem with one field of a request, found before anything is sent: the form shows it next
// to the field, the CLI prints it with the row of the file it came from.
struct FieldIssue
{
    QString field; // request path with the vendor's names: "email", "address.country", "ubos[1].ssn"
    QString message; // translated sentence for the analyst, e.g. "Enter an email like name@example.com."

    bool operator==(const FieldIssue &o) const { return field == o.field && message == o.message; }
};
