// Sardine's identity entity (GET /v1/identity): never a crash or undefined behaviour; an accepted
// entity's fields, encoded, decode to the same fields.
#include "FuzzSupport.h"
#include "SardineCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzRoundTrip(
        QStringLiteral("an accepted identity's fields"),
        SardineCodec::decodeIdentityResponse(200, fuzzBytes(data, size)),
        [](const QByteArray &fields) { return SardineCodec::decodeIdentityResponse(200, fields); },
        [](const IdentityEntity &entity) { return SardineCodec::encodeFields(entity); });
    return 0;
}
