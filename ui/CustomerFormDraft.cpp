#include "CustomerFormDraft.h"

#include "CustomerEdits.h"

#include <QDataStream>
#include <QIODevice>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kFormatVersion = 1;
}

QByteArray CustomerFormDraft::toBytes() const
{
    CustomerRequest ownerRequest;
    ownerRequest.type = u"business"_s;
    ownerRequest.hasUbos = true;
    ownerRequest.ubos = owners;

    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << qint32(kFormatVersion) << qint32(update ? 1 : 0) << customerId << customerApproved << fields
           << documents << CustomerEdits::toDraft(ownerRequest)
           << idempotencyKey
           // Appended later: a draft without them still restores (the lookup then needs the name).
           << firstAttempt << CustomerEdits::toDraft(sent);
    return bytes;
}

std::optional<CustomerFormDraft> CustomerFormDraft::fromBytes(const QByteArray &bytes)
{
    QDataStream stream(bytes);
    stream.setVersion(QDataStream::Qt_6_4);
    CustomerFormDraft draft;
    qint32 version = 0;
    qint32 mode = 0;
    QByteArray owners;
    stream >> version >> mode >> draft.customerId >> draft.customerApproved >> draft.fields >> draft.documents
        >> owners >> draft.idempotencyKey;
    if (stream.status() != QDataStream::Ok || version != kFormatVersion)
        return std::nullopt;
    draft.update = mode == 1;
    if (!stream.atEnd()) {
        QByteArray sentBody;
        stream >> draft.firstAttempt >> sentBody;
        const Result<CustomerRequest> sent = CustomerEdits::fromDraft(sentBody);
        if (stream.status() != QDataStream::Ok || !sent)
            return std::nullopt;
        draft.sent = sent.value();
    }
    const Result<CustomerRequest> ownerRequest = CustomerEdits::fromDraft(owners);
    if (!ownerRequest)
        return std::nullopt;
    draft.owners = ownerRequest.value().ubos;
    return draft;
}
