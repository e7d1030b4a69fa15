#pragma once

// Shared by the libFuzzer targets (see fuzz/README.md): a property that does not hold aborts, so
// libFuzzer keeps the input as a crash.

#include "Result.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <initializer_list>
#include <optional>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <utility>

[[noreturn]] inline void fuzzFail(const QString &property, const QString &detail)
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", qPrintable(property), qPrintable(detail));
    std::abort();
}
[[noreturn]] inline void fuzzFail(const char *property, const QString &detail = QString())
{
    fuzzFail(QString::fromUtf8(property), detail);
}

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A target over several decoders: the first byte picks the one that reads the rest, which is
// returned (nothing when the input is empty).
inline std::optional<QByteArray>
fuzzOneOf(const uint8_t *data, size_t size,
          std::initializer_list<std::function<void(const QByteArray &)>> decoders)
{
    if (size == 0)
        return std::nullopt;
    const QByteArray rest = fuzzBytes(data + 1, size - 1);
    std::data(decoders)[data[0] % decoders.size()](rest);
    return rest;
}

// An encoding as the bytes a decoder reads, and as text for a report.
inline QByteArray fuzzWireBytes(const QByteArray &body)
{
    return body;
}
inline QByteArray fuzzWireBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
inline QString fuzzWireText(const QByteArray &body)
{
    return QString::fromUtf8(body);
}
inline QString fuzzWireText(const QJsonObject &object)
{
    return compactJson(object);
}

// The round trip every codec promises: what was accepted (`decoded`), encoded, decodes again with
// `decodeEncoding`, and that value encodes the same. Returns it for further checks (nullopt when
// the input was refused). `subject` names the value in a report ("an accepted Sardine request").
template<typename T, typename DecodeEncoding, typename Encode>
std::optional<T> fuzzRoundTrip(const QString &subject, const Result<T> &decoded,
                               DecodeEncoding decodeEncoding, Encode encode)
{
    if (!decoded)
        return std::nullopt;
    const auto encoded = encode(decoded.value());
    const Result<T> again = decodeEncoding(fuzzWireBytes(encoded));
    if (!again)
        fuzzFail(subject + QStringLiteral(" decodes again from its encoding"), again.error().userMessage());
    if (encode(again.value()) != encoded)
        fuzzFail(subject + QStringLiteral(" survives a round trip"), fuzzWireText(encoded));
    return again.value();
}
