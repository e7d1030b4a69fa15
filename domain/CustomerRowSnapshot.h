#pragma once

#include "CustomerRow.h"

#include <functional>
#include <optional>
#include <QByteArray>
#include <QList>

// The book's rows as bytes, to keep the last listing on disk and show it at once on the next start:
// per row its texts (name, email, id, and the search extras: phone digits, owners' names), statuses
// as ordinals with their null flags, the unknown statuses' raw text, times, requirement count and
// bits. Versioned; decode() refuses (nullopt) anything it did not write rather than guessing.
//
// Version 3 is written in chunks of rows, each serialized and compressed on its own, its texts in
// UTF-8: at a million rows the whole book serialized at once was 265 MB (UTF-16) beside the book
// itself, more than the app's memory budget left, and compressing it was ten seconds of one block.
// A caller that serializes a chunk, hands it to another thread to compress, and serializes the next
// when one is done holds a few chunks and the compressed result at most. Versions 1 (without the
// search extras) and 2 were one compressed QDataStream; they are still read.
namespace CustomerRowSnapshot {

// `rowAt(i)` gives row i, its name, email and id, its lowercase search text and its unknown
// statuses' text, for i in [0, rows).
using RowSource
    = std::function<void(int i, const CustomerRow **row, QStringView *name, QStringView *email,
                         QAnyStringView *id, QByteArrayView *searchText, QStringView *unknownStatuses)>;
RowSource rowsOf(const CustomerRowBatch &batch);

// Rows a chunk holds at most: about 2 MB serialized, and 5 ms of a UI thread's turn to read.
constexpr int kChunkRows = 16384;

struct CompressedChunk
{
    int rows = 0;
    QByteArray bytes;
};
// Rows [first, first + count) serialized: the part of the work that reads the rows.
QByteArray serializeChunk(int first, int count, const RowSource &rowAt);
// Needs nothing but the serialized bytes: it may run on any thread while the rows go on changing.
CompressedChunk compressChunk(QByteArray serialized, int rows);
// Every chunk of these rows, compressed on the calling thread, for a caller with few rows.
QList<CompressedChunk> compress(int rows, const RowSource &rowAt);

// The snapshot in one block: header(rows), then each chunk in order behind its row count and size
// (every chunk but the last of kChunkRows rows). The workspace keeps the chunks as rows of their own
// instead (CustomerCache), so that no database copies a whole book on its way in or out.
QByteArray header(int rows);
void appendChunk(QByteArray &snapshot, const CompressedChunk &chunk);
QByteArray encode(int rows, const RowSource &rowAt);
QByteArray encode(const CustomerRowBatch &batch);

// A snapshot in one block, of any version.
std::optional<CustomerRowBatch> decode(const QByteArray &bytes);
// Version 3 kept by chunk: its header and its chunks in order, each released once read.
std::optional<CustomerRowBatch> decode(QByteArrayView header, QList<CompressedChunk> chunks);
bool isChunkedHeader(QByteArrayView bytes); // what header() wrote, alone
// Whether qCompress'ed bytes claim an inflated size zlib could reach from them. qUncompress
// allocates what the first four bytes claim before it inflates anything, so decode() asks first.
bool claimsPlausibleSize(QByteArrayView compressed);

} // namespace CustomerRowSnapshot
