#pragma once

#include "SphereRequestTypes.h"

#include <optional>
#include <QByteArray>
#include <QDateTime>
#include <QVariantMap>

// What a customer form's draft holds: the boxes as typed and the documents (CustomerFormBinding),
// the owners, and the unresolved create the submitter must not post twice. The byte layout is
// format version 1, so drafts saved by earlier builds still restore.
struct CustomerFormDraft
{
    bool update = false;
    QString customerId;
    bool customerApproved = false;
    QVariantMap fields;
    QVariantMap documents;
    QList<UboRequest> owners;
    QByteArray idempotencyKey;
    QDateTime firstAttempt; // invalid in drafts saved before it was recorded
    CustomerRequest sent;

    QByteArray toBytes() const;
    // nullopt when the bytes are not a draft this build can read.
    static std::optional<CustomerFormDraft> fromBytes(const QByteArray &bytes);
};
