#pragma once

#include "CustomerRow.h"

#include <functional>
#include <optional>
#include <QByteArray>

// The book's rows as bytes, to keep the last listing on disk and show it at once on the next start:
// per row its texts (name, email, id, and since version 2 the search extras: phone digits, owners'
// names), statuses as ordinals with their null flags, the unknown
// statuses' raw text, times, requirement count and bits. Versioned and compressed; decode() refuses
// (nullopt) anything it did not write rather than guessing.
namespace CustomerRowSnapshot {

// `rowAt(i)` gives row i, its name, email and id, its lowercase search text and its unknown
// statuses' text, for i in [0, rows).
using RowSource
    = std::function<void(int i, const CustomerRow **row, QStringView *name, QStringView *email,
                         QAnyStringView *id, QByteArrayView *searchText, QStringView *unknownStatuses)>;
QByteArray encode(int rows, const RowSource &rowAt); // compress(serialize(...))
// encode's two steps. Compressing is most of the time (about a second for 100 000 rows, against a
// tenth for reading them), and needs nothing but the serialized bytes: it can run on another thread
// while the rows go on changing.
QByteArray serialize(int rows, const RowSource &rowAt);
QByteArray compress(const QByteArray &serialized);
std::optional<CustomerRowBatch> decode(const QByteArray &bytes);

} // namespace CustomerRowSnapshot
