// Sardine's identity entity (GET /v1/identity): never a crash or undefined behaviour; an accepted
// entity's fields, encoded, decode to the same fields.
#include "FuzzSupport.h"
#include "SardineCodec.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<IdentityEntity> entity = SardineCodec::decodeIdentityResponse(200, body);
    if (entity) {
        const QJsonObject fields = SardineCodec::encodeFields(entity.value());
        const Result<IdentityEntity> again
            = SardineCodec::decodeIdentityResponse(200, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        if (!again)
            fuzzFail("an accepted identity's fields decode again", again.error().userMessage());
        if (SardineCodec::encodeFields(again.value()) != fields)
            fuzzFail("an accepted identity's fields survive a round trip", compactJson(fields));
    }
    return 0;
}
