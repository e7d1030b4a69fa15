#include "SandboxLimits.h"

#include "SandboxHttp.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace SandboxLimits {

Api apiForPath(QStringView path)
{
    // Sphere's paths are /v1/customer…, Sardine's /v1/customers and /v1/identity/…, Yativo's
    // /auth/… and /customer… (shared/interfaces.md).
    if (path == u"/v1/customers" || path.startsWith(u"/v1/customers?") || path.startsWith(u"/v1/customers/")
        || path.startsWith(u"/v1/identity/"))
        return Api::Sardine;
    if (path.startsWith(u"/auth/") || path == u"/customer" || path.startsWith(u"/customer?")
        || path.startsWith(u"/customer/"))
        return Api::Yativo;
    return Api::Sphere;
}

qint64 maxBodyBytes(Api api)
{
    return api == Api::Sphere ? kSphereBodyBytes : kSmallBodyBytes;
}

qsizetype maxChars(QStringView key)
{
    if (key.contains(u"Document") || key == u"statementOfFunds")
        return kDocumentChars;
    if (key.contains(u"email", Qt::CaseInsensitive))
        return kEmailChars;
    if (key.contains(u"phone", Qt::CaseInsensitive))
        return kPhoneChars;
    return kTextChars;
}

QString FieldProblem::message() const
{
    return u"%1 must be at most %2 characters (got %3)"_s.arg(path).arg(limit).arg(length);
}

namespace {

std::optional<FieldProblem> walk(const QJsonValue &value, const QString &path, const QString &key)
{
    if (value.isString()) {
        const qsizetype limit = maxChars(key);
        const qsizetype length = value.toString().size();
        if (length > limit)
            return FieldProblem { path, key, limit, length };
        return std::nullopt;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            // An array's elements inherit its key: "highRiskActivities[3]" is limited as the list is.
            if (auto problem = walk(array.at(i), path + u'[' + QString::number(i) + u']', key))
                return problem;
        }
        return std::nullopt;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (auto problem = walk(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), it.key()))
                return problem;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<FieldProblem> oversizedField(const QJsonValue &value)
{
    return walk(value, {}, {});
}

QByteArray errorBody(Api api, int status, const QString &code, const QString &message)
{
    switch (api) {
    case Api::Sardine:
        return SandboxHttp::sardineError(status, message);
    case Api::Yativo:
        return SandboxHttp::yativoEnvelope(status, message, QJsonValue());
    case Api::Sphere:
        break;
    }
    return SandboxHttp::sphereEnvelope(status, {}, code, message);
}

} // namespace SandboxLimits
