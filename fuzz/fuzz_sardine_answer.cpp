// Sardine's risk answer (POST /v1/customers) and its history (GET /v1/customers): never a crash or
// undefined behaviour; an accepted answer's fields, encoded, decode to the same fields.
#include "FuzzSupport.h"
#include "SardineCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    fuzzRoundTrip(
        QStringLiteral("an accepted answer's fields"), SardineCodec::decodeRiskResponse(200, body),
        [](const QByteArray &fields) { return SardineCodec::decodeRiskResponse(200, fields); },
        [](const RiskResult &risk) { return SardineCodec::encodeFields(risk); });
    (void)SardineCodec::decodeHistoryResponse(200, body);
    (void)SardineCodec::decodeRiskResponse(500, body);
    return 0;
}
