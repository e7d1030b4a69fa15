#pragma once

// --from-json FILE: a request body read and checked before anything is sent; every problem is
// one line on stderr naming the file (and the JSON path or field of the first offender).

#include "ApiError.h"
#include "CustomerRequestValidator.h"
#include "FieldIssue.h"
#include "SphereRequestTypes.h"

#include <optional>
#include <QByteArray>
#include <QString>
#include <type_traits>

namespace cli {

// The file's bytes, or nullopt after saying why not.
std::optional<QByteArray> readRequestFile(const QString &path);
// One line naming the file and the JSON path of the first offender; returns the exit status 1.
int failWithDecodeError(const QString &path, const ApiError &error);
// One line per issue, naming the file; true when there was any.
bool failWithIssues(const QString &path, const QList<FieldIssue> &issues);

// The file decoded by `decode` (a codec's body decoder, returning a Result), or nullopt after saying
// why not.
template<typename Decode>
auto readRequestBody(const QString &path, Decode decode)
    -> std::optional<std::decay_t<decltype(decode(QByteArray()).value())>>
{
    const auto body = readRequestFile(path);
    if (!body)
        return std::nullopt;
    auto decoded = decode(*body);
    if (!decoded) {
        failWithDecodeError(path, decoded.error());
        return std::nullopt;
    }
    return std::move(decoded).value();
}

// A Sphere create/update body: decoded strictly (a typo must not drop a field silently), then
// checked like the form checks it; nullopt after saying what is wrong.
std::optional<CustomerRequest> readCustomerRequest(const QString &path, CustomerRequestValidator::Mode mode);

} // namespace cli
