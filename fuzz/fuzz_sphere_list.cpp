// Differential: the customer book's fast page decoder (simdjson) against the strict one
// (QJsonDocument + SphereCodec). The fast path may hand a page over, but whatever it accepts the
// strict decoder must accept too, with the same rows and pagination; and decodeTableRows as a
// whole must accept exactly what the strict decoder accepts.
#include "FuzzSupport.h"
#include "SphereCodec.h"
#include "SphereListDecoder.h"

namespace {

void compareRows(const CustomerRowBatch &fast, const CustomerRowBatch &strict)
{
    if (fast.size() != strict.size())
        fuzzFail("same number of rows",
                 QStringLiteral("fast %1, strict %2").arg(fast.size()).arg(strict.size()));
    for (qsizetype i = 0; i < fast.size(); ++i) {
        const CustomerRow &a = fast.rows.at(i);
        const CustomerRow &b = strict.rows.at(i);
        const bool same = fast.id(a) == strict.id(b) && fast.name(a) == strict.name(b)
            && fast.email(a) == strict.email(b) && fast.searchText(a) == strict.searchText(b)
            && fast.unknownStatuses(a) == strict.unknownStatuses(b) && a.type == b.type && a.kyc == b.kyc
            && a.tos == b.tos && a.msa == b.msa && a.typeNull == b.typeNull && a.kycNull == b.kycNull
            && a.tosNull == b.tosNull && a.msaNull == b.msaNull && a.openRequirements == b.openRequirements
            && a.createdMs == b.createdMs && a.updatedMs == b.updatedMs && a.idHash == b.idHash;
        if (!same)
            fuzzFail("same row",
                     QStringLiteral("row %1: fast id %2, strict id %3")
                         .arg(i)
                         .arg(fast.id(a).toString(), strict.id(b).toString()));
    }
}

void comparePagination(const Pagination &a, const Pagination &b)
{
    if (a.page != b.page || a.limit != b.limit || a.total != b.total || a.totalPages != b.totalPages
        || a.hasNext != b.hasNext || a.hasPrevious != b.hasPrevious)
        fuzzFail("same pagination");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzzBytes(data, size);
    const Result<CustomerPage> strict = SphereCodec::decodeCustomerPageResponse(200, body);
    const std::optional<CustomerRowPage> fast = SphereListDecoder::decodeTableRowsFast(body);
    if (fast) {
        if (!strict)
            fuzzFail("the fast path accepts only what the strict decoder accepts",
                     strict.error().userMessage());
        CustomerRowBatch strictRows;
        for (const Customer &customer : strict.value().customers)
            strictRows.append(customer);
        compareRows(fast->rows, strictRows);
        comparePagination(fast->pagination, strict.value().pagination);
    }
    const Result<CustomerRowPage> table = SphereListDecoder::decodeTableRows(200, body);
    if (table.ok() != strict.ok())
        fuzzFail("decodeTableRows accepts exactly what the strict decoder accepts");
    return 0;
}
