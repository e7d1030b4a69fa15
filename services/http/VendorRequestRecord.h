#pragma once

#include <QByteArray>
#include <QString>

// One finished vendor request as the audit trail keeps it: never a secret, a body or a query string
// (a search may hold a name); the path holds ids only.
struct VendorRequestRecord
{
    QString vendor; // "Sphere", "Sardine", "Yativo"
    QByteArray method;
    QString path; // without the query
    int httpStatus = 0; // 0: no answer (network, timeout, refused redirect, …)
    QString errorKind; // why there was no answer (timeout, network, …); empty when the vendor answered
    qint64 durationMs = 0;
    QString requestId; // the vendor's, when its error carried one
};
