#pragma once

#include <optional>
#include <QByteArray>
#include <QList>
#include <utility>

// One HTTP/1.1 request as it came off a socket, for the hostile-vendor front (HostileVendorProxy)
// and the other-origin recorder, which must see and answer requests byte by byte rather than
// through QHttpServer.
struct RawHttpRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent
    QByteArray path() const; // target without the query

    // Takes one whole request (head and Content-Length body) off the front of `buffer`; nullopt
    // while it is incomplete.
    static std::optional<RawHttpRequest> take(QByteArray &buffer);
};
