// Sphere's wallet answer: never a crash or undefined behaviour; an accepted one decodes again.
#include "FuzzSupport.h"
#include "SphereCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<Wallet> decoded = SphereCodec::decodeWalletResponse(200, body);
    if (decoded && !SphereCodec::decodeWallet(SphereCodec::encode(decoded.value())))
        fuzzFail("an accepted wallet decodes again");
    return 0;
}
