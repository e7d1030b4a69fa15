#pragma once

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Response helpers shared by every emulated vendor: JSON bodies with the right status, ids,
// timestamps, and the credential checks; each vendor's error envelope.
namespace SandboxHttp {

QHttpServerResponse json(int status, const QByteArray &body);

// Sphere v1 envelope around already-serialised `data` JSON text (empty = null). The HTTP status
// and statusCode are always the same number.
QByteArray sphereEnvelope(int status, const QByteArray &dataJson, const QString &error,
                          const QString &message);
QHttpServerResponse sphereOk(const QByteArray &dataJson);
QHttpServerResponse sphereError(int status, const QString &error, const QString &message);

// Sardine's bare error object: {"status": 400, "message": "…"}.
QByteArray sardineError(int status, const QString &message);
// Yativo's envelope {status, status_code, message, data} plus any `extra` keys (errors, pagination).
QByteArray yativoEnvelope(int status, const QString &message, const QJsonValue &data,
                          const QJsonObject &extra = {});

QByteArray header(const QHttpServerRequest &request, const QByteArray &name); // case-insensitive
bool hasBearer(const QHttpServerRequest &request, const QString &token);

QString randomHexId(const QString &prefix); // "customer_<32 lowercase hex>"
QString nowIso(); // "2024-08-22T16:13:02.026Z"

} // namespace SandboxHttp
