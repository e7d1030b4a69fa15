// Sardine's risk answer (POST /v1/customers) and its history (GET /v1/customers): never a crash or
// undefined behaviour; an accepted answer's fields, encoded, decode to the same fields.
#include "FuzzSupport.h"
#include "SardineCodec.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<RiskResult> risk = SardineCodec::decodeRiskResponse(200, body);
    if (risk) {
        const QJsonObject fields = SardineCodec::encodeFields(risk.value());
        const Result<RiskResult> again
            = SardineCodec::decodeRiskResponse(200, QJsonDocument(fields).toJson(QJsonDocument::Compact));
        if (!again)
            fuzzFail("an accepted answer's fields decode again", again.error().userMessage());
        if (SardineCodec::encodeFields(again.value()) != fields)
            fuzzFail("an accepted answer's fields survive a round trip", compactJson(fields));
    }
    (void)SardineCodec::decodeHistoryResponse(200, body);
    (void)SardineCodec::decodeRiskResponse(500, body);
    return 0;
}
