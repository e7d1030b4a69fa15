#include "SandboxHttp.h"

#include "SandboxJson.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace SandboxHttp {

QHttpServerResponse json(int status, const QByteArray &body)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body,
                               static_cast<QHttpServerResponse::StatusCode>(status));
}

QByteArray sphereEnvelope(int status, const QByteArray &dataJson, const QString &error,
                          const QString &message)
{
    const bool ok = status >= 200 && status < 300;
    QByteArray out;
    out.reserve(dataJson.size() + 200);
    out += "{\"ok\":" + QByteArray(ok ? "true" : "false")
        + ",\"object\":\"object\",\"statusCode\":" + QByteArray::number(status)
        + ",\"error\":" + (error.isEmpty() ? QByteArray("null") : SandboxJson::string(error))
        + ",\"message\":" + SandboxJson::string(message) + ",\"data\":";
    out += dataJson.isEmpty() ? QByteArray("null") : dataJson;
    out += ",\"ts\":\"" + nowIso().toLatin1() + "\",\"request\":\"" + randomHexId(u"request"_s).toLatin1()
        + "\"}";
    return out;
}

QHttpServerResponse sphereOk(const QByteArray &dataJson)
{
    return json(200, sphereEnvelope(200, dataJson, {}, u"success"_s));
}

QHttpServerResponse sphereError(int status, const QString &error, const QString &message)
{
    return json(status, sphereEnvelope(status, {}, error, message));
}

QByteArray sardineError(int status, const QString &message)
{
    return QJsonDocument(QJsonObject { { u"status"_s, status }, { u"message"_s, message } })
        .toJson(QJsonDocument::Compact);
}

QByteArray yativoEnvelope(int status, const QString &message, const QJsonValue &data,
                          const QJsonObject &extra)
{
    QJsonObject body { { u"status"_s, status < 400 ? u"success"_s : u"error"_s },
                       { u"status_code"_s, status },
                       { u"message"_s, message },
                       { u"data"_s, data } };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    const auto headers = request.headers();
    for (const auto &h : headers) {
        if (h.first.toLower() == lower)
            return h.second;
    }
    return {};
}

bool hasBearer(const QHttpServerRequest &request, const QString &token)
{
    const QByteArray value = header(request, "Authorization").trimmed();
    // The scheme is case-insensitive (RFC 7235); the token is not.
    return value.size() > 7 && value.left(7).toLower() == "bearer "
        && value.mid(7).trimmed() == token.toUtf8();
}

QString randomHexId(const QString &prefix)
{
    quint32 words[4];
    QRandomGenerator::global()->fillRange(words);
    return prefix + u'_'
        + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace SandboxHttp
