#pragma once

#include <optional>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// The hostile vendor modes of `kycdesk-sandbox --faults SPEC` (SPEC: names separated by commas),
// each a way a broken or malicious vendor answers; sandbox/README.md describes them.
enum class Fault {
    RedirectOtherOrigin, // 302 to the other-origin recorder
    Redirect307Body, // 307 to the other-origin recorder (a client that follows re-sends the body)
    RedirectSameOrigin, // 307 to the same URL plus sandbox_hop=1, which is then served normally
    RedirectLoop, // 302 to the very same URL, forever
    Drip, // the real answer, one byte a second
    HugeBody, // 1 GiB of JSON-looking bytes, length not announced (read until close)
    HugeBodyDeclared, // the same with Content-Length: 1073741824
    TruncatedBody, // the real answer's headers, then half its body, then the connection closes
    WrongEnvelope, // 200 with {}
    ForeignEnvelope, // 200 with another vendor's error envelope
    HugeNumbers, // every integer in the real answer plus 2^32; every fraction and Sardine amount 1e19
    RetryAfterHuge, // 429 with Retry-After: 3000000
    RateLimited, // 429 with Retry-After: 1 to a request that finds two others already in progress
    EndlessList, // list pages always say there is a next one; past the end, page 1 again
    DuplicateIds, // each list page after the first repeats the previous page's last customer
};

class FaultSpec
{
public:
    // nullopt with `problem` naming the unknown mode (and the known ones).
    static std::optional<FaultSpec> parse(const QString &spec, QString *problem);
    static QStringList knownNames();
    static QString name(Fault fault);

    bool has(Fault fault) const { return m_faults.contains(fault); }
    bool isEmpty() const { return m_faults.isEmpty(); }
    QStringList names() const;

private:
    QSet<Fault> m_faults;
};
