// Sardine's request body as `kycdesk-cli sardine risk --from-json` reads it: decode → encode →
// decode gives the same request (compared by its encoding, which writes every field that is set).
#include "FuzzSupport.h"
#include "SardineRequestCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<SardineCustomerRequest> request = SardineRequestCodec::decodeBody(fuzzBytes(data, size));
    if (!request)
        return 0;
    const QByteArray body = SardineRequestCodec::encodeBody(request.value());
    const Result<SardineCustomerRequest> again = SardineRequestCodec::decodeBody(body);
    if (!again)
        fuzzFail("an accepted request decodes again from its encoding", again.error().userMessage());
    if (SardineRequestCodec::encodeBody(again.value()) != body)
        fuzzFail("an accepted request survives a round trip", QString::fromUtf8(body));
    return 0;
}
