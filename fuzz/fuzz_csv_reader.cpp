// The bulk-import CSV reader: never a crash or undefined behaviour; a record it reads, written back
// with formatRecord, reads as the same fields.
#include "CsvReader.h"
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const CsvReader::Document document = CsvReader::parse(fuzzBytes(data, size));
    if (!document.ok())
        return 0;
    for (const CsvReader::Record &record : document.records) {
        // A record of one empty field is a blank line, which the reader skips.
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue;
        const QString written = CsvReader::formatRecord(record.fields);
        const CsvReader::Document again = CsvReader::parse(written.toUtf8());
        if (!again.ok() || again.records.size() != 1 || again.records.first().fields != record.fields)
            fuzzFail("a record survives formatRecord and parse", written);
    }
    return 0;
}
