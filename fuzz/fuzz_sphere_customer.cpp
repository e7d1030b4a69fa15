// Sphere's customer answer (GET/POST/PATCH /v1/customer): never a crash or undefined behaviour;
// what decodes once decodes again from its own encoding.
#include "FuzzSupport.h"
#include "SphereCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<Customer> decoded = SphereCodec::decodeCustomerResponse(200, body);
    if (decoded) {
        const QJsonObject encoded = SphereCodec::encode(decoded.value());
        const Result<Customer> again = SphereCodec::decodeCustomer(encoded);
        if (!again)
            fuzzFail("an accepted customer decodes again", again.error().userMessage());
    }
    (void)SphereCodec::decodeCustomerResponse(422, body);
    return 0;
}
