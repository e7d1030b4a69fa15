#include "CustomerEdits.h"

#include "SphereRequestCodec.h"

using namespace Qt::Literals::StringLiterals;

namespace CustomerEdits {

CustomerRequest fromCustomer(const Customer &customer)
{
    return SphereRequestCodec::fromCustomer(customer);
}

CustomerRequest changedFields(const CustomerRequest &baseline, const CustomerRequest &edited)
{
    return SphereRequestCodec::changedFields(baseline, edited);
}

QStringList clearedFields(const CustomerRequest &baseline, const CustomerRequest &edited)
{
    return SphereRequestCodec::clearedFields(baseline, edited);
}

bool isEmpty(const CustomerRequest &request)
{
    return SphereRequestCodec::isEmpty(request);
}

QByteArray toDraft(const CustomerRequest &request)
{
    return SphereRequestCodec::encodeBody(request);
}

Result<CustomerRequest> fromDraft(const QByteArray &bytes)
{
    return SphereRequestCodec::decodeBody(bytes, u"draft"_s, RequestJsonReader::NullPolicy::Absent);
}

} // namespace CustomerEdits
