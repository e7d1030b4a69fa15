#include "SphereRoutes.h"

#include "SandboxHttp.h"
#include "SandboxJson.h"
#include "SandboxLimits.h"
#include "SandboxStore.h"
#include "SphereCustomerEditor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;
using SandboxHttp::sphereError;

namespace {

using Method = QHttpServerRequest::Method;

const QStringList kKycStatuses { u"incomplete"_s, u"pending"_s, u"additionalReviewRequired"_s, u"approved"_s,
                                 u"rejected"_s };
constexpr int kDefaultLimit = 10;
constexpr int kMaxLimit = 1000;

QByteArray wrap(const char *key, const QByteArray &json)
{
    return "{\"" + QByteArray(key) + "\":" + json + '}';
}

// Parses a request body as a JSON object or explains why not.
bool parseBody(const QHttpServerRequest &request, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"Request body is not valid JSON: "_s + parseError.errorString() + u" at offset "_s
            + QString::number(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = u"Request body must be a JSON object"_s;
        return false;
    }
    if (const auto problem = SandboxLimits::oversizedField(doc.object())) {
        *error = problem->message();
        return false;
    }
    *out = doc.object();
    return true;
}

QHttpServerResponse notFound(const QString &what, const QString &id)
{
    return sphereError(404, u"not-found"_s, what + u" not found: "_s + id);
}

} // namespace

SphereRoutes::SphereRoutes(SandboxStore &store, QString token) : m_store(store), m_token(std::move(token)) { }

void SphereRoutes::registerOn(QHttpServer &server)
{
    server.route(u"/v1/customer"_s, Method::Get,
                 [this](const QHttpServerRequest &request) { return listCustomers(request); });
    server.route(u"/v1/customer"_s, Method::Post,
                 [this](const QHttpServerRequest &request) { return createCustomer(request); });
    server.route(
        u"/v1/customer/<arg>"_s, Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) { return getCustomer(id, request); });
    server.route(
        u"/v1/customer/<arg>"_s, Method::Post,
        [this](const QString &id, const QHttpServerRequest &request) { return updateCustomer(id, request); });
    for (const QString &kind : { u"kyc"_s, u"tos"_s }) {
        server.route(u"/v1/customer/<arg>/%1-link"_s.arg(kind), Method::Post,
                     [this, kind](const QString &id, const QHttpServerRequest &request) {
                         return createHostedLink(id, kind, request);
                     });
    }
    server.route(
        u"/v1/wallet/<arg>"_s, Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) { return getWallet(id, request); });
    server.route(
        u"/v1/bankAccount/<arg>"_s, Method::Get,
        [this](const QString &id, const QHttpServerRequest &request) { return getBankAccount(id, request); });
}

bool SphereRoutes::authorized(const QHttpServerRequest &request) const
{
    return SandboxHttp::hasBearer(request, m_token);
}

QHttpServerResponse SphereRoutes::unauthorizedResponse()
{
    return sphereError(401, u"unauthorized"_s,
                       u"Missing or invalid API key: send the header Authorization: Bearer <token>"_s);
}

QHttpServerResponse SphereRoutes::unmatched(const QHttpServerRequest &request) const
{
    if (!authorized(request))
        return unauthorizedResponse();
    return sphereError(
        404, u"not-found"_s,
        u"No route for "_s
            + QString::fromLatin1(QMetaEnum::fromType<Method>().valueToKey(int(request.method()))).toUpper()
            + u' ' + request.url().path());
}

bool SphereRoutes::persist(const QString &id, const SandboxStore::CustomerRow &row,
                           const SphereCustomerEditor &editor)
{
    // The customer, its private data and its documents land together or not at all.
    bool ok = m_store.transaction();
    ok = ok && m_store.putCustomer(row) && m_store.putPrivateData(id, editor.privateData());
    for (const auto &doc : editor.documents())
        ok = ok && m_store.putDocument(id, doc.owner, doc.kind, doc.content);
    if (!ok || !m_store.commit()) {
        m_store.rollback();
        return false;
    }
    return true;
}

QHttpServerResponse SphereRoutes::getObject(const QHttpServerRequest &request, const QString &id,
                                            const char *dataKey, const QString &label,
                                            ObjectLookup lookup) const
{
    if (!authorized(request))
        return unauthorizedResponse();
    const auto json = (m_store.*lookup)(id);
    if (!json)
        return notFound(label, id);
    return SandboxHttp::sphereOk(wrap(dataKey, *json));
}

QHttpServerResponse SphereRoutes::getCustomer(const QString &id, const QHttpServerRequest &request) const
{
    return getObject(request, id, "customer", u"Customer"_s, &SandboxStore::customerJson);
}

QHttpServerResponse SphereRoutes::getWallet(const QString &id, const QHttpServerRequest &request) const
{
    return getObject(request, id, "wallet", u"Wallet"_s, &SandboxStore::wallet);
}

QHttpServerResponse SphereRoutes::getBankAccount(const QString &id, const QHttpServerRequest &request) const
{
    return getObject(request, id, "bankAccount", u"Bank account"_s, &SandboxStore::bankAccount);
}

QHttpServerResponse SphereRoutes::createHostedLink(const QString &id, const QString &kind,
                                                   const QHttpServerRequest &request) const
{
    if (!authorized(request))
        return unauthorizedResponse();
    const auto customer = m_store.customer(id);
    if (!customer)
        return notFound(u"Customer"_s, id);
    // The hosted pages are not served: the link stands for the page Sphere would host, on this
    // sandbox's own loopback address so that clients may offer it.
    const QString url = u"http://"_s + request.url().host() + u':' + QString::number(request.url().port())
        + u"/sphere/"_s + kind + u"/"_s + id + u"?session="_s + SandboxHttp::randomHexId(kind + u"session"_s);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(24 * 3600);
    const QJsonObject link { { u"url"_s, url },
                             { u"customer"_s, id },
                             { u"expiresAt"_s, expires.toString(Qt::ISODateWithMs) } };
    return SandboxHttp::sphereOk(
        wrap(kind == u"kyc"_s ? "kycLink" : "tosLink", QJsonDocument(link).toJson(QJsonDocument::Compact)));
}

QHttpServerResponse SphereRoutes::listCustomers(const QHttpServerRequest &request) const
{
    if (!authorized(request))
        return unauthorizedResponse();
    const QUrlQuery query = request.query();
    auto param
        = [&](const QString &name) { return query.queryItemValue(name, QUrl::FullyDecoded).trimmed(); };

    int page = 1;
    if (const QString text = param(u"page"_s); !text.isEmpty()) {
        bool ok = false;
        page = text.toInt(&ok);
        if (!ok || page < 1)
            return sphereError(400, u"bad-request"_s, u"page must be a positive integer"_s);
    }
    int limit = kDefaultLimit;
    if (const QString text = param(u"limit"_s); !text.isEmpty()) {
        bool ok = false;
        limit = text.toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return sphereError(400, u"bad-request"_s,
                               u"limit must be an integer between 1 and %1"_s.arg(kMaxLimit));
    }
    SandboxStore::ListFilter filter;
    filter.kyc = param(u"status"_s);
    if (!filter.kyc.isEmpty() && !kKycStatuses.contains(filter.kyc))
        return sphereError(400, u"bad-request"_s, u"status must be one of "_s + kKycStatuses.join(u", "_s));
    filter.type = param(u"type"_s);
    if (!filter.type.isEmpty() && filter.type != u"individual"_s && filter.type != u"business"_s)
        return sphereError(400, u"bad-request"_s, u"type must be one of individual, business"_s);
    filter.search = param(u"search"_s);
    filter.email = param(u"email"_s);

    const SandboxStore::Page result = m_store.listCustomers(filter, page, limit);
    const qint64 totalPages = (result.total + limit - 1) / limit;
    QByteArray data;
    data.reserve(result.customersJsonArray.size() + 200);
    data += "{\"customers\":";
    data += result.customersJsonArray;
    data += ",\"pagination\":{\"page\":" + QByteArray::number(page)
        + ",\"limit\":" + QByteArray::number(limit) + ",\"total\":" + QByteArray::number(result.total)
        + ",\"totalPages\":" + QByteArray::number(totalPages) + ",\"hasNext\":"
        + (page < totalPages ? "true" : "false") + ",\"hasPrevious\":" + (page > 1 ? "true" : "false") + "}}";
    return SandboxHttp::sphereOk(data);
}

QPair<int, QByteArray> SphereRoutes::performCreate(const QJsonObject &body)
{
    auto error = [](int status, const QString &code, const QString &message) {
        return qMakePair(status, SandboxHttp::sphereEnvelope(status, {}, code, message));
    };
    const QJsonValue type = body.value(u"type"_s);
    if (type.isUndefined() || type.isNull())
        return error(400, u"bad-request"_s, u"type is required: one of individual, business"_s);
    if (!type.isString() || (type.toString() != u"individual"_s && type.toString() != u"business"_s))
        return error(400, u"bad-request"_s, u"type must be one of individual, business"_s);

    const QString now = SandboxHttp::nowIso();
    const QString id = SandboxHttp::randomHexId(u"customer"_s);
    SphereCustomerEditor editor(SphereCustomerEditor::newCustomer(id, type.toString(), now), {}, now);
    if (!editor.applyCreate(body))
        return error(400, u"bad-request"_s, editor.error());

    const SandboxStore::CustomerRow row = SandboxStore::rowFor(editor.customer());
    if (!persist(id, row, editor))
        return error(500, u"internal"_s, u"Sandbox storage failed: "_s + m_store.lastError());
    return qMakePair(200, SandboxHttp::sphereEnvelope(200, wrap("customer", row.json), {}, u"success"_s));
}

QHttpServerResponse SphereRoutes::createCustomer(const QHttpServerRequest &request)
{
    if (!authorized(request))
        return unauthorizedResponse();
    QJsonObject body;
    QString parseError;
    if (!parseBody(request, &body, &parseError))
        return sphereError(400, u"bad-request"_s, parseError);

    const QString key = QString::fromUtf8(SandboxHttp::header(request, "Idempotency-Key").trimmed());
    if (key.isEmpty()) {
        const auto [status, envelope] = performCreate(body);
        return SandboxHttp::json(status, envelope);
    }
    // "Same body" means the same JSON value: the hash is over the canonical (key-sorted, compact)
    // form, so whitespace or key order differences are not a different request.
    const QByteArray hash = QCryptographicHash::hash(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                                     QCryptographicHash::Sha256);
    if (const auto previous = m_store.idempotentResponse(key)) {
        if (previous->requestHash != hash) {
            return sphereError(409, u"idempotency-conflict"_s,
                               u"Idempotency-Key "_s + key
                                   + u" was already used with a different request body; use a new key"_s);
        }
        return SandboxHttp::json(previous->status, previous->body);
    }
    const auto [status, envelope] = performCreate(body);
    // Only successes are remembered, so a client can fix a rejected body and retry with the key.
    if (status == 200)
        m_store.putIdempotentResponse(key, { hash, status, envelope });
    return SandboxHttp::json(status, envelope);
}

QHttpServerResponse SphereRoutes::updateCustomer(const QString &id, const QHttpServerRequest &request)
{
    if (!authorized(request))
        return unauthorizedResponse();
    const auto existing = m_store.customer(id);
    if (!existing)
        return notFound(u"Customer"_s, id);
    QJsonObject body;
    QString parseError;
    if (!parseBody(request, &body, &parseError))
        return sphereError(400, u"bad-request"_s, parseError);
    if (existing->value(u"kyc"_s).toString() == u"approved"_s) {
        return sphereError(400, u"customer-already-kycd"_s,
                           u"Customer has already been KYC'd and cannot be updated"_s);
    }
    SphereCustomerEditor editor(*existing, m_store.privateData(id), SandboxHttp::nowIso());
    if (!editor.applyUpdate(body))
        return sphereError(400, u"bad-request"_s, editor.error());

    const SandboxStore::CustomerRow row = SandboxStore::rowFor(editor.customer());
    if (!persist(id, row, editor))
        return sphereError(500, u"internal"_s, u"Sandbox storage failed: "_s + m_store.lastError());
    return SandboxHttp::sphereOk(wrap("customer", row.json));
}
