// The kept customer list (CustomerRowSnapshot), as a workspace file or team server hands it back:
// never a crash, undefined behaviour or an allocation of what a header merely claims; a snapshot
// accepted is written again (version 3) to the same rows. The first byte picks the input: the
// bytes as kept in one block, or one chunk's serialized rows, compressed and framed here so that
// the fuzzer reaches the row reader instead of stopping at zlib.
#include "CustomerRowSnapshot.h"
#include "FuzzSupport.h"

namespace {
void compareRows(const CustomerRowBatch &a, const CustomerRowBatch &b)
{
    if (a.size() != b.size())
        fuzzFail("a snapshot written again has as many rows");
    for (qsizetype i = 0; i < a.size(); ++i) {
        const CustomerRow &x = a.rows.at(i);
        const CustomerRow &y = b.rows.at(i);
        if (a.id(x).toString() != b.id(y).toString() || a.name(x) != b.name(y) || a.email(x) != b.email(y)
            || a.searchText(x) != b.searchText(y) || a.unknownStatuses(x) != b.unknownStatuses(y)
            || x.type != y.type || x.kyc != y.kyc || x.tos != y.tos || x.msa != y.msa
            || x.typeNull != y.typeNull || x.kycNull != y.kycNull || x.tosNull != y.tosNull
            || x.msaNull != y.msaNull || x.createdMs != y.createdMs || x.updatedMs != y.updatedMs
            || x.openRequirements != y.openRequirements || x.requirementMask != y.requirementMask
            || x.idHash != y.idHash)
            fuzzFail("a snapshot written again reads as the same rows", QString::number(i));
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray rest = fuzzBytes(data + 2, size - 2);
    QByteArray snapshot;
    if (data[0] % 2 == 0) {
        snapshot = rest;
    } else {
        const int rows = 1 + data[1] % 64;
        snapshot = CustomerRowSnapshot::header(rows);
        CustomerRowSnapshot::appendChunk(snapshot, CustomerRowSnapshot::compressChunk(rest, rows));
    }
    const auto decoded = CustomerRowSnapshot::decode(snapshot);
    if (!decoded)
        return 0;
    const auto again = CustomerRowSnapshot::decode(CustomerRowSnapshot::encode(*decoded));
    if (!again)
        fuzzFail("an accepted snapshot, written again, is accepted");
    compareRows(*decoded, *again);
    return 0;
}
