// Sardine's request body as `kycdesk-cli sardine risk --from-json` reads it: decode → encode →
// decode gives the same request (compared by its encoding, which writes every field that is set).
#include "FuzzSupport.h"
#include "SardineRequestCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzRoundTrip(
        QStringLiteral("an accepted request"), SardineRequestCodec::decodeBody(fuzzBytes(data, size)),
        [](const QByteArray &body) { return SardineRequestCodec::decodeBody(body); },
        &SardineRequestCodec::encodeBody);
    return 0;
}
