#pragma once

// Shared by the libFuzzer targets (see fuzz/README.md): a property that does not hold aborts, so
// libFuzzer keeps the input as a crash.

#include <cstdio>
#include <cstdlib>
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

[[noreturn]] inline void fuzzFail(const char *property, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz property violated: %s\n%s\n", property, qPrintable(detail));
    std::abort();
}

inline QByteArray fuzzBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
