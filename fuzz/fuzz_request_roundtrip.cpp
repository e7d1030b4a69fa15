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
    if (!request)
        return;
    const QByteArray body = SphereRequestCodec::encodeBody(request.value());
    const Result<CustomerRequest> again = SphereRequestCodec::decodeBody(body);
    if (!again)
        fuzzFail("an accepted Sphere request decodes again from its encoding", again.error().userMessage());
    if (!(again.value() == request.value()) || SphereRequestCodec::encodeBody(again.value()) != body)
        fuzzFail("an accepted Sphere request survives a round trip", QString::fromUtf8(body));
}

void yativo(const QByteArray &input)
{
    const Result<YativoCustomerRequest> request = YativoCodec::decodeRequestBody(input);
    if (!request)
        return;
    const QJsonObject encoded = YativoCodec::encode(request.value());
    const Result<YativoCustomerRequest> again
        = YativoCodec::decodeRequestBody(QJsonDocument(encoded).toJson(QJsonDocument::Compact));
    if (!again)
        fuzzFail("an accepted Yativo request decodes again from its encoding", again.error().userMessage());
    if (YativoCodec::encode(again.value()) != encoded)
        fuzzFail("an accepted Yativo request survives a round trip", compactJson(encoded));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzzBytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        sphere(input, RequestJsonReader::NullPolicy::Refuse);
        break;
    case 1:
        sphere(input, RequestJsonReader::NullPolicy::Absent);
        break;
    default:
        yativo(input);
        break;
    }
    return 0;
}
