// Sphere's bank account answer: never a crash or undefined behaviour; an accepted one decodes again.
#include "FuzzSupport.h"
#include "SphereCodec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<BankAccount> decoded = SphereCodec::decodeBankAccountResponse(200, body);
    if (decoded && !SphereCodec::decodeBankAccount(SphereCodec::encode(decoded.value())))
        fuzzFail("an accepted bank account decodes again");
    return 0;
}
