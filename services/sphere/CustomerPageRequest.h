#pragma once

#include "ApiEndpoint.h"
#include "CustomerRow.h"
#include "Result.h"
#include "SphereTypes.h"

#include <functional>

class ApiJob;
class HttpTransport;
class QObject;

// One page of Sphere's customer listing (GET /v1/customer?page=&limit=…), decoded on the thread
// pool because a page is large: as Customer values, or as the customer table's compact rows.
// SphereClient hands out single pages and CustomerListJob walks them all; both build on this, so
// neither needs the other.
namespace CustomerPageRequest {

ApiRequest request(const CustomerQuery &query, qint64 page); // page is 1-based

ApiJob *fetch(HttpTransport *transport, const ApiEndpoint &endpoint, const CustomerQuery &query, qint64 page,
              QObject *context, std::function<void(const Result<CustomerPage> &)> done);
// The same page as SphereListDecoder::decodeTableRows reads it.
ApiJob *fetchRows(HttpTransport *transport, const ApiEndpoint &endpoint, const CustomerQuery &query,
                  qint64 page, QObject *context, std::function<void(const Result<CustomerRowPage> &)> done);

} // namespace CustomerPageRequest
