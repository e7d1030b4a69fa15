// Yativo's answers (create customer, KYC status, customer list, login): never a crash or undefined
// behaviour. The first byte picks the answer; the rest is the body.
#include "FuzzSupport.h"
#include "YativoCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body = fuzzBytes(data + 1, size - 1);
    switch (data[0] % 4) {
    case 0:
        (void)YativoCodec::decodeCustomerResponse(200, body);
        break;
    case 1:
        (void)YativoCodec::decodeKycStatusResponse(200, body);
        break;
    case 2:
        (void)YativoCodec::decodeCustomerPageResponse(200, body);
        break;
    default:
        (void)YativoCodec::decodeLoginResponse(200, body);
        break;
    }
    (void)YativoCodec::unwrapEnvelope(422, body);
    return 0;
}
