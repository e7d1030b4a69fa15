// The other request codecs (Sphere create/update, Yativo create), as `--from-json` and drafts read
// them: decode → encode → decode gives the same request. The first byte picks the codec.
#include "FuzzSupport.h"
#include "SphereRequestCodec.h"
#include "YativoCodec.h"

namespace {

void sphere(const QByteArray &input, RequestJsonReader::NullPolicy nulls)
{
    const Result<CustomerRequest> request
        = SphereRequestCodec::decodeBody(input, QStringLiteral("request"), nulls);
    const std::optional<CustomerRequest> again = fuzzRoundTrip(
        QStringLiteral("an accepted Sphere request"), request,
        [](const QByteArray &body) { return SphereRequestCodec::decodeBody(body); },
        &SphereRequestCodec::encodeBody);
    if (again && !(*again == request.value()))
        fuzzFail("an accepted Sphere request survives a round trip",
                 QString::fromUtf8(SphereRequestCodec::encodeBody(*again)));
}

void yativo(const QByteArray &input)
{
    fuzzRoundTrip(
        QStringLiteral("an accepted Yativo request"), YativoCodec::decodeRequestBody(input),
        [](const QByteArray &body) { return YativoCodec::decodeRequestBody(body); },
        [](const YativoCustomerRequest &request) { return YativoCodec::encode(request); });
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzOneOf(data, size,
              {
                  [](const QByteArray &input) { sphere(input, RequestJsonReader::NullPolicy::Refuse); },
                  [](const QByteArray &input) { sphere(input, RequestJsonReader::NullPolicy::Absent); },
                  &yativo,
              });
    return 0;
}
