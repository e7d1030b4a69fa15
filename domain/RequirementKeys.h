#pragma once

#include <QStringList>
#include <QStringView>

// The requirement keys Sphere sends in a customer's `requirements` (the documented examples, and
// the address fields and documents the onboarding form asks for), each with a bit, so that a row
// of the book can say which ones it misses in four bytes and the review queues can group customers
// by requirement. A key not on the list is counted under kOther; the list only ever grows at its end.
namespace RequirementKeys {

inline constexpr quint32 kOther = 1u << 31;

const QStringList &known();
// The bit of `key` (kOther for a key not on the list). `key` as Sphere spells it.
quint32 bitOf(QStringView key);
quint32 bitOfUtf8(const char *key, qsizetype size);
// The known keys whose bits are set in `mask`, in list order (kOther has no key).
QStringList keysIn(quint32 mask);

} // namespace RequirementKeys
