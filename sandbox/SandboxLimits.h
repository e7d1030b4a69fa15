#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringView>

// How much one request may carry. Without limits one 100 MB field cost the sandbox over 1 GB of
// memory and was stored as sent. Bodies are capped per vendor before they are read (413, see
// RequestSizeGuard); each string field is capped after parsing (400 naming the field).
namespace SandboxLimits {

enum class Api { Sphere, Sardine, Yativo };

// Which vendor a request path belongs to: the error it gets must be in that vendor's envelope.
Api apiForPath(QStringView path);

// Sphere's create/update carries base64 documents inline (each up to 32 MiB decoded, the most
// the app can be set to send); Sardine and Yativo carry none.
constexpr qint64 kSphereBodyBytes = 64LL * 1024 * 1024;
constexpr qint64 kSmallBodyBytes = 1024LL * 1024;
qint64 maxBodyBytes(Api api);

// Per-field limits, in characters of the JSON string.
constexpr qsizetype kDocumentChars = 45 * 1024 * 1024; // 32 MiB as base64, line breaks, data: prefix
constexpr qsizetype kEmailChars = 254; // RFC 5321 path limit
constexpr qsizetype kPhoneChars = 32;
constexpr qsizetype kTextChars = 2000; // every other string
qsizetype maxChars(QStringView key);

struct FieldProblem
{
    QString path; // "ubos[1].firstName"
    QString key; // "firstName": the last key on the path, for envelopes keyed by field
    qsizetype limit = 0;
    qsizetype length = 0;
    QString message() const; // "ubos[1].firstName must be at most 2000 characters (got 2001)"
};
// The first string anywhere in `value` longer than its key's limit (objects in key order).
std::optional<FieldProblem> oversizedField(const QJsonValue &value);

// Error bodies in each vendor's own shape, for answers given before any route runs.
QByteArray errorBody(Api api, int status, const QString &code, const QString &message);

} // namespace SandboxLimits
