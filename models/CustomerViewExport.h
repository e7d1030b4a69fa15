#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class CustomerFilterProxyModel;

// The book as the analyst sees it (the rows the filters and the queue let through, in the view's
// order) as a table for a file: a header, then one row a customer with its id, the columns of the
// book (statuses as shown, times in UTC ISO 8601) and the open requirements by key. Names and email
// addresses are masked unless `showPersonalData`.
class CustomerViewExport
{
    Q_DECLARE_TR_FUNCTIONS(CustomerViewExport)

public:
    static QList<QStringList> rows(const CustomerFilterProxyModel &view, bool showPersonalData);
    // "J••• R•••": the first letter of each word.
    static QString maskName(QStringView name);
    // "j•••@example.com": the first letter of the local part, and the domain.
    static QString maskEmail(QStringView email);
};
