// Yativo's answers (create customer, KYC status, customer list, login): never a crash or undefined
// behaviour. The first byte picks the answer; the rest is the body.
#include "FuzzSupport.h"
#include "YativoCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<QByteArray> body = fuzzOneOf(
        data, size,
        {
            [](const QByteArray &answer) { (void)YativoCodec::decodeCustomerResponse(200, answer); },
            [](const QByteArray &answer) { (void)YativoCodec::decodeKycStatusResponse(200, answer); },
            [](const QByteArray &answer) { (void)YativoCodec::decodeCustomerPageResponse(200, answer); },
            [](const QByteArray &answer) { (void)YativoCodec::decodeLoginResponse(200, answer); },
        });
    if (body)
        (void)YativoCodec::unwrapEnvelope(422, *body);
    return 0;
}
