#include "HostileVendorProxy.h"

#include "OtherOriginRecorder.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kHugeBodyBytes = qint64(1) << 30;
constexpr qint64 kTwoTo32 = qint64(1) << 32;
constexpr int kConcurrentRequestLimit = 2; // the rate-limited fault's vendor

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 429:
        return "Too Many Requests";
    default:
        return "Status";
    }
}

QByteArray head(int status, const QByteArray &contentType, qint64 contentLength,
                const QList<std::pair<QByteArray, QByteArray>> &extra = {})
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        out += "Content-Type: " + contentType + "\r\n";
    if (contentLength >= 0)
        out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    for (const auto &[key, value] : extra)
        out += key + ": " + value + "\r\n";
    return out + "Connection: close\r\n\r\n";
}

void respond(QTcpSocket *socket, int status, const QByteArray &body,
             const QList<std::pair<QByteArray, QByteArray>> &extra = {})
{
    socket->write(head(status, "application/json", body.size(), extra) + body);
    socket->disconnectFromHost();
}

// The answer, one byte a second, with its true length announced: a client whose only limit is
// "no progress for N seconds" waits for it forever.
void drip(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body)
{
    socket->write(head(status, contentType, body.size()));
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(1000);
}

// A gigabyte of JSON-looking bytes, written only as fast as the client reads them.
void streamHugeBody(QTcpSocket *socket, bool declareLength)
{
    socket->write(head(200, "application/json", declareLength ? kHugeBodyBytes : -1));
    static const QByteArray chunk = [] {
        QByteArray c = "{\"ok\":true,\"data\":{\"customers\":[";
        while (c.size() < 64 * 1024)
            c += "{\"id\":\"customer_00000000000000000000000000000000\",\"name\":\"Filler\"},";
        return c;
    }();
    auto sent = std::make_shared<qint64>(0);
    const auto topUp = [socket, sent] {
        while (socket->bytesToWrite() < 1024 * 1024 && *sent < kHugeBodyBytes) {
            const qint64 n = std::min<qint64>(chunk.size(), kHugeBodyBytes - *sent);
            socket->write(chunk.constData(), n);
            *sent += n;
        }
        if (*sent >= kHugeBodyBytes)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, topUp);
    topUp();
}

QJsonValue hugeNumbers(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Integers move past 2^32 (page 1 becomes 4294967297, which a 32-bit int reads as 1).
        return d == std::floor(d) && std::abs(d) < 1e15 ? QJsonValue(qint64(d) + kTwoTo32) : QJsonValue(1e19);
    }
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(hugeNumbers(item));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject in = v.toObject();
        for (auto it = in.begin(); it != in.end(); ++it) {
            // Amounts fit a double's exact integers even past 2^32: they get the value a double
            // cannot hold as an integer at all.
            const bool amount = it.key() == u"instantLimit" || it.key() == u"holdAmount";
            out.insert(it.key(),
                       amount && it.value().isDouble() ? QJsonValue(1e19) : hugeNumbers(it.value()));
        }
        return out;
    }
    return v;
}

bool isSphereList(const RawHttpRequest &r)
{
    return r.method == "GET" && r.path() == "/v1/customer";
}

bool isYativoList(const RawHttpRequest &r)
{
    return r.method == "GET" && r.path() == "/customer";
}

qint64 pageOf(const QByteArray &target)
{
    const QUrlQuery query(QUrl::fromEncoded(target).query());
    return std::max<qint64>(1, query.queryItemValue(u"page"_s).toLongLong());
}

QByteArray withPage(const QByteArray &target, qint64 page)
{
    QUrl url = QUrl::fromEncoded(target);
    QUrlQuery query(url.query());
    query.removeAllQueryItems(u"page"_s);
    query.addQueryItem(u"page"_s, QString::number(page));
    url.setQuery(query);
    return url.toEncoded();
}

// The list's items, wherever the vendor's envelope keeps them.
QJsonArray itemsOf(const QJsonObject &doc, bool sphere)
{
    return sphere ? doc.value(u"data"_s).toObject().value(u"customers"_s).toArray()
                  : doc.value(u"data"_s).toArray();
}

void setItems(QJsonObject &doc, bool sphere, const QJsonArray &items)
{
    if (!sphere) {
        doc.insert(u"data"_s, items);
        return;
    }
    QJsonObject data = doc.value(u"data"_s).toObject();
    data.insert(u"customers"_s, items);
    doc.insert(u"data"_s, data);
}

// "There is always a next page": hasNext true, and the last page always one further on.
void promiseAnotherPage(QJsonObject &doc, bool sphere, qint64 page, const QByteArray &target)
{
    if (sphere) {
        QJsonObject data = doc.value(u"data"_s).toObject();
        QJsonObject pagination = data.value(u"pagination"_s).toObject();
        pagination.insert(u"hasNext"_s, true);
        pagination.insert(u"totalPages"_s, page + 1);
        data.insert(u"pagination"_s, pagination);
        doc.insert(u"data"_s, data);
        return;
    }
    QJsonObject pagination = doc.value(u"pagination"_s).toObject();
    pagination.insert(u"last_page"_s, page + 1);
    pagination.insert(u"next_page_url"_s, QString::fromLatin1(withPage(target, page + 1)));
    doc.insert(u"pagination"_s, pagination);
}

} // namespace

HostileVendorProxy::HostileVendorProxy(FaultSpec faults, QUrl backend, OtherOriginRecorder *otherOrigin,
                                       QObject *parent)
    : QTcpServer(parent)
    , m_faults(std::move(faults))
    , m_backend(std::move(backend))
    , m_otherOrigin(otherOrigin)
    , m_network(new QNetworkAccessManager(this))
{
    connect(this, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (socket->property("handled").toBool()) {
                    socket->readAll(); // one request a connection: every answer closes it
                    return;
                }
                QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                if (const std::optional<RawHttpRequest> request = RawHttpRequest::take(buffer)) {
                    socket->setProperty("handled", true);
                    if (request->path() != "/_sandbox/faults") {
                        // Counted from arrival until the connection goes (every answer closes it).
                        socket->setProperty("overLimit", ++m_inProgress > kConcurrentRequestLimit);
                        connect(socket, &QObject::destroyed, this, [this] { --m_inProgress; });
                    }
                    if (m_latencyMs > 0)
                        QTimer::singleShot(m_latencyMs, socket,
                                           [this, socket, request = *request] { handle(socket, request); });
                    else
                        handle(socket, *request);
                    return;
                }
                socket->setProperty("buffer", buffer);
            });
        }
    });
}

QByteArray HostileVendorProxy::introspection() const
{
    return QJsonDocument(QJsonObject {
                             { u"faults"_s, QJsonArray::fromStringList(m_faults.names()) },
                             { u"vendorRequests"_s, m_vendorRequests },
                             { u"rateLimited"_s, m_rateLimited },
                             { u"otherOrigin"_s,
                               QJsonObject { { u"url"_s, m_otherOrigin->url().toString() },
                                             { u"received"_s, m_otherOrigin->received() } } },
                         })
        .toJson(QJsonDocument::Compact);
}

void HostileVendorProxy::handle(QTcpSocket *socket, const RawHttpRequest &request)
{
    if (request.path() == "/_sandbox/faults") {
        respond(socket, 200, introspection());
        return;
    }
    ++m_vendorRequests;
    if (m_faults.has(Fault::RateLimited) && socket->property("overLimit").toBool()) {
        ++m_rateLimited;
        respond(socket, 429,
                "{\"ok\":false,\"object\":\"object\",\"statusCode\":429,\"error\":\"TooManyRequests\","
                "\"message\":\"too many requests in progress\",\"data\":null}",
                { { "Retry-After", "1" } });
        return;
    }
    if (m_faults.has(Fault::RetryAfterHuge)) {
        respond(socket, 429,
                "{\"ok\":false,\"object\":\"object\",\"statusCode\":429,\"error\":\"TooManyRequests\","
                "\"message\":\"rate limit exceeded\",\"data\":null}",
                { { "Retry-After", "3000000" } });
        return;
    }
    if (m_faults.has(Fault::RedirectOtherOrigin) || m_faults.has(Fault::Redirect307Body)) {
        const int status = m_faults.has(Fault::Redirect307Body) ? 307 : 302;
        respond(socket, status, {}, { { "Location", m_otherOrigin->url().toEncoded() + request.target } });
        return;
    }
    if (m_faults.has(Fault::RedirectLoop)) {
        respond(socket, 302, {}, { { "Location", request.target } });
        return;
    }
    QByteArray target = request.target;
    if (m_faults.has(Fault::RedirectSameOrigin)) {
        if (!target.contains("sandbox_hop=")) {
            respond(socket, 307, {},
                    { { "Location", target + (target.contains('?') ? "&" : "?") + "sandbox_hop=1" } });
            return;
        }
    }
    if (m_faults.has(Fault::HugeBody) || m_faults.has(Fault::HugeBodyDeclared)) {
        streamHugeBody(socket, m_faults.has(Fault::HugeBodyDeclared));
        return;
    }
    forward(request, target, socket,
            [this, socket, request](int status, const QByteArray &contentType, const QByteArray &body) {
                const bool list = isSphereList(request) || isYativoList(request);
                if (list && (m_faults.has(Fault::EndlessList) || m_faults.has(Fault::DuplicateIds))
                    && status == 200)
                    reshapeList(socket, request, status, contentType, body);
                else
                    spoil(socket, request, status, contentType, body);
            });
}

void HostileVendorProxy::reshapeList(QTcpSocket *socket, const RawHttpRequest &request, int status,
                                     const QByteArray &contentType, const QByteArray &body)
{
    const bool sphere = isSphereList(request);
    const qint64 page = pageOf(request.target);
    QJsonObject doc = QJsonDocument::fromJson(body).object();
    const auto finish = [this, socket, request, status, contentType, sphere, page](QJsonObject reshaped) {
        if (m_faults.has(Fault::EndlessList))
            promiseAnotherPage(reshaped, sphere, page, request.target);
        spoil(socket, request, status, contentType, QJsonDocument(reshaped).toJson(QJsonDocument::Compact));
    };
    if (m_faults.has(Fault::EndlessList) && itemsOf(doc, sphere).isEmpty() && page > 1) {
        // Past the real end the listing starts over.
        forward(request, withPage(request.target, 1), socket,
                [doc, sphere, finish](int, const QByteArray &, const QByteArray &first) mutable {
                    setItems(doc, sphere, itemsOf(QJsonDocument::fromJson(first).object(), sphere));
                    finish(doc);
                });
        return;
    }
    if (m_faults.has(Fault::DuplicateIds) && page > 1) {
        forward(request, withPage(request.target, page - 1), socket,
                [doc, sphere, finish](int, const QByteArray &, const QByteArray &previous) mutable {
                    const QJsonArray before = itemsOf(QJsonDocument::fromJson(previous).object(), sphere);
                    QJsonArray items = itemsOf(doc, sphere);
                    if (!before.isEmpty())
                        items.prepend(before.last());
                    setItems(doc, sphere, items);
                    finish(doc);
                });
        return;
    }
    finish(doc);
}

void HostileVendorProxy::spoil(QTcpSocket *socket, const RawHttpRequest &request, int status,
                               const QByteArray &contentType, QByteArray body)
{
    if (m_faults.has(Fault::WrongEnvelope)) {
        status = 200;
        body = "{}";
    } else if (m_faults.has(Fault::ForeignEnvelope)) {
        status = 200;
        // Sphere and Sardine live under /v1; each gets the other family's error shape.
        body = request.path().startsWith("/v1/")
            ? QByteArray(
                "{\"status\":\"error\",\"status_code\":422,\"message\":\"The given data was invalid.\","
                "\"data\":null}")
            : QByteArray("{\"ok\":false,\"object\":\"object\",\"statusCode\":400,\"error\":\"BadRequest\","
                         "\"message\":\"invalid request\",\"data\":null}");
    } else if (m_faults.has(Fault::HugeNumbers) && request.path() != "/auth/login") {
        // Yativo's login is spared, so that its list, behind the login, is reached.
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isNull()) {
            const QJsonValue spoiled
                = hugeNumbers(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
            body = spoiled.isArray() ? QJsonDocument(spoiled.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(spoiled.toObject()).toJson(QJsonDocument::Compact);
        }
    }
    if (m_faults.has(Fault::Drip)) {
        drip(socket, status, contentType, body);
        return;
    }
    if (m_faults.has(Fault::TruncatedBody)) {
        socket->write(head(status, contentType, body.size()) + body.left(body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    send(socket, head(status, contentType, body.size()) + body);
}

void HostileVendorProxy::send(QTcpSocket *socket, const QByteArray &bytes)
{
    if (m_bandwidthKbps <= 0) {
        socket->write(bytes);
        socket->disconnectFromHost();
        return;
    }
    // One slice every 10 ms: kbps × 1000 / 8 bytes a second.
    constexpr int kTickMs = 10;
    const qsizetype slice = std::max<qsizetype>(1, qsizetype(m_bandwidthKbps) * 1000 / 8 / (1000 / kTickMs));
    auto *timer = new QTimer(socket);
    auto sent = std::make_shared<qsizetype>(0);
    const auto sendSlice = [socket, timer, bytes, sent, slice] {
        if (*sent >= bytes.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(bytes.mid(*sent, slice));
        *sent += slice;
    };
    QObject::connect(timer, &QTimer::timeout, socket, sendSlice);
    sendSlice();
    timer->start(kTickMs);
}

void HostileVendorProxy::forward(const RawHttpRequest &request, const QByteArray &target, QObject *context,
                                 Forwarded done)
{
    QUrl url = m_backend;
    const QUrl relative = QUrl::fromEncoded(target);
    url.setPath(relative.path());
    url.setQuery(relative.query());
    QNetworkRequest forwarded(url);
    for (const auto &[key, value] : request.headers) {
        const QByteArray lower = key.toLower();
        if (lower != "host" && lower != "content-length" && lower != "connection"
            && lower != "accept-encoding")
            forwarded.setRawHeader(key, value);
    }
    QNetworkReply *reply = m_network->sendCustomRequest(forwarded, request.method, request.body);
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        done(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll());
    });
}
