#include "ApiJob.h"

#include "LogCategories.h"
#include "Redactor.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

ApiJob::ApiJob(QNetworkAccessManager *network, ApiEndpoint endpoint, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_result(ApiError::cancelled(m_endpoint.vendor))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiJob::onTimeout);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QUrl ApiJob::url() const
{
    QUrl url = m_endpoint.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + m_request.path);
    if (!m_request.query.isEmpty()) {
        QUrlQuery query;
        for (const auto &[key, value] : m_request.query)
            query.addQueryItem(QString::fromUtf8(QUrl::toPercentEncoding(key)),
                               QString::fromUtf8(QUrl::toPercentEncoding(value)));
        url.setQuery(query);
    }
    return url;
}

QString ApiJob::transportProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid URL").arg(url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return tr("only https:// URLs are allowed, not %1://").arg(scheme);
    const QString host = url.host();
    QHostAddress address;
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0
        || (address.setAddress(host) && address.isLoopback()))
        return {};
    return tr("http:// is only allowed to this computer (loopback); %1 needs https://").arg(host);
}

void ApiJob::start()
{
    m_elapsed.start();
    send();
}

void ApiJob::send()
{
    const QUrl target = url();
    if (m_endpoint.baseUrl.isEmpty()) {
        finish(ApiError::configuration(m_endpoint.vendor, tr("no base URL is set")));
        return;
    }
    if (const QString problem = transportProblem(target); !problem.isEmpty()) {
        ApiError error = ApiError::configuration(m_endpoint.vendor, problem);
        error.kind = ApiError::Kind::InsecureTransport;
        finish(error);
        return;
    }

    QNetworkRequest req(target);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("KycDesk/0.1"));
    if (!m_endpoint.authorization.isEmpty())
        req.setRawHeader("Authorization", m_endpoint.authorization);
    if (!m_request.body.isEmpty() || m_request.verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_request.idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", m_request.idempotencyKey);

    qCDebug(lcHttp).noquote() << m_endpoint.vendor << m_request.verb << Redactor::redactUrl(target)
                              << Redactor::redactBody(m_request.body);

    m_reply = m_network->sendCustomRequest(req, m_request.verb, m_request.body);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // A large document upload on a slow link is moving, not stalled; the wait for the answer
        // after the last byte still gets the whole timeout.
        if (sent > 0)
            m_timeout.start();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timeout.start(); // a transfer that is still moving is not stalled
        Q_EMIT downloadProgress(received, total);
    });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsProblem = texts.join(u"; "_s); // never ignoreSslErrors(): the reply fails and we say why
    });
    m_timeout.start(m_endpoint.transferTimeout);
}

void ApiJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    else
        finish(ApiError::cancelled(m_endpoint.vendor));
}

void ApiJob::onTimeout()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    m_timeout.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString vendor = m_endpoint.vendor;

    if (m_timedOut) {
        finish(ApiError::timeout(vendor, m_endpoint.transferTimeout.count()));
        return;
    }
    if (m_aborted) {
        finish(ApiError::cancelled(vendor));
        return;
    }
    if (!m_tlsProblem.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        ApiError error
            = ApiError::network(vendor, m_tlsProblem.isEmpty() ? reply->errorString() : m_tlsProblem);
        error.kind = ApiError::Kind::Tls;
        finish(error);
        return;
    }
    if (netError == QNetworkReply::InsecureRedirectError) {
        ApiError error = ApiError::network(vendor, tr("the server redirected to a less secure address"));
        error.kind = ApiError::Kind::InsecureTransport;
        finish(error);
        return;
    }
    if (status == 0) {
        finish(ApiError::network(vendor, reply->errorString()));
        return;
    }

    QByteArray body = reply->readAll();
    if (status == 429 && m_request.isIdempotent() && m_attempt < kMaxRateLimitRetries) {
        ++m_attempt;
        bool ok = false;
        const int retryAfter = reply->rawHeader("Retry-After").toInt(&ok);
        const int delayMs = ok ? qBound(0, retryAfter * 1000, 10000) : 250 * (1 << m_attempt);
        qCInfo(lcHttp) << vendor << "rate limited; retry" << m_attempt << "in" << delayMs << "ms";
        QTimer::singleShot(delayMs, this, &ApiJob::send);
        return;
    }
    qCDebug(lcHttp).noquote() << vendor << status << m_elapsed.elapsed() << "ms"
                              << Redactor::redactBody(body);
    finish(ApiResponse { status, std::move(body) });
}

void ApiJob::finish(Result<ApiResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    if (!m_result.ok())
        qCInfo(lcHttp).noquote() << m_endpoint.vendor << m_request.verb << Redactor::redactUrl(url())
                                 << "failed:" << ApiError::kindName(m_result.error().kind)
                                 << Redactor::redactText(m_result.error().message);
    Q_EMIT finished();
    deleteLater();
}
