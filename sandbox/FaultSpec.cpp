#include "FaultSpec.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QList<std::pair<Fault, QString>> &table()
{
    static const QList<std::pair<Fault, QString>> names {
        { Fault::RedirectOtherOrigin, u"redirect-other-origin"_s },
        { Fault::Redirect307Body, u"redirect-307-body"_s },
        { Fault::RedirectSameOrigin, u"redirect-same-origin"_s },
        { Fault::RedirectLoop, u"redirect-loop"_s },
        { Fault::Drip, u"drip"_s },
        { Fault::HugeBody, u"huge-body"_s },
        { Fault::HugeBodyDeclared, u"huge-body-declared"_s },
        { Fault::TruncatedBody, u"truncated-body"_s },
        { Fault::WrongEnvelope, u"wrong-envelope"_s },
        { Fault::ForeignEnvelope, u"foreign-envelope"_s },
        { Fault::HugeNumbers, u"huge-numbers"_s },
        { Fault::RetryAfterHuge, u"retry-after-huge"_s },
        { Fault::RateLimited, u"rate-limited"_s },
        { Fault::EndlessList, u"endless-list"_s },
        { Fault::DuplicateIds, u"duplicate-ids"_s },
    };
    return names;
}
} // namespace

QStringList FaultSpec::knownNames()
{
    QStringList out;
    for (const auto &[fault, text] : table())
        out.append(text);
    return out;
}

QString FaultSpec::name(Fault fault)
{
    for (const auto &[f, text] : table()) {
        if (f == fault)
            return text;
    }
    return {};
}

std::optional<FaultSpec> FaultSpec::parse(const QString &spec, QString *problem)
{
    FaultSpec out;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QString wanted = part.trimmed().toLower();
        const auto it = std::find_if(table().cbegin(), table().cend(),
                                     [&wanted](const auto &entry) { return entry.second == wanted; });
        if (it == table().cend()) {
            *problem = u"unknown fault \"%1\"; known: %2"_s.arg(wanted, knownNames().join(u", "));
            return std::nullopt;
        }
        out.m_faults.insert(it->first);
    }
    return out;
}

QStringList FaultSpec::names() const
{
    QStringList out;
    for (const auto &[fault, text] : table()) {
        if (m_faults.contains(fault))
            out.append(text);
    }
    return out;
}
