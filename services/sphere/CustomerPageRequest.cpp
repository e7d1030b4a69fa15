#include "CustomerPageRequest.h"

#include "ApiCall.h"
#include "HttpTransport.h"
#include "SphereCodec.h"
#include "SphereListDecoder.h"

using namespace Qt::Literals::StringLiterals;

namespace CustomerPageRequest {

ApiRequest request(const CustomerQuery &query, qint64 page)
{
    ApiRequest req;
    req.path = u"/v1/customer"_s;
    req.kind = RequestKind::ListPage;
    req.query = { { u"page"_s, QString::number(page) }, { u"limit"_s, QString::number(query.pageSize) } };
    if (query.kycStatus)
        req.query.append({ u"status"_s, *query.kycStatus });
    if (query.type)
        req.query.append({ u"type"_s, *query.type });
    if (query.search)
        req.query.append({ u"search"_s, *query.search });
    if (query.email)
        req.query.append({ u"email"_s, *query.email });
    return req;
}

ApiJob *fetch(HttpTransport *transport, const ApiEndpoint &endpoint, const CustomerQuery &query, qint64 page,
              QObject *context, std::function<void(const Result<CustomerPage> &)> done)
{
    return ApiCall::deliverDecodedOffThread(transport->send(endpoint, request(query, page)), context,
                                            &SphereCodec::decodeCustomerPageResponse, std::move(done));
}

ApiJob *fetchRows(HttpTransport *transport, const ApiEndpoint &endpoint, const CustomerQuery &query,
                  qint64 page, QObject *context, std::function<void(const Result<CustomerRowPage> &)> done)
{
    return ApiCall::deliverDecodedOffThread(transport->send(endpoint, request(query, page)), context,
                                            &SphereListDecoder::decodeTableRows, std::move(done));
}

} // namespace CustomerPageRequest
