#include "ApiJob.h"

#include "DocumentInspector.h"
#include "EnumTable.h"
#include "LogCategories.h"
#include "Redactor.h"

#include <algorithm>
#include <limits>
#include <QHostAddress>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslError>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace {

QString seconds(std::chrono::milliseconds duration)
{
    const qint64 ms = duration.count();
    return ms % 1000 == 0 ? QCoreApplication::translate("ApiJob", "%1 s").arg(ms / 1000)
                          : QCoreApplication::translate("ApiJob", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

ApiJob::ApiJob(QNetworkAccessManager *network, ApiEndpoint endpoint, ApiRequest request, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_request(std::move(request))
    , m_result(ApiError::cancelled(m_endpoint.vendor))
{
    m_stall.setSingleShot(true);
    m_deadline.setSingleShot(true);
    m_retry.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        stopWith(ApiError::timeout(
            m_endpoint.vendor,
            tr("no data moved for %1 (stall timeout)").arg(seconds(m_endpoint.stallTimeout))));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        stopWith(
            ApiError::timeout(m_endpoint.vendor,
                              tr("no complete answer within the %1 deadline for %2")
                                  .arg(seconds(m_endpoint.limitsFor(m_request.kind).deadline), kindName())));
    });
    connect(&m_retry, &QTimer::timeout, this, &ApiJob::startAttempt);
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

QString ApiJob::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
    return scheme + u"://"_s + url.host().toLower() + u':' + QString::number(port);
}

std::optional<qint64> ApiJob::retryAfterSeconds(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        // Any number of digits: a value past qint64 is simply "too long to wait".
        constexpr qint64 kMax = std::numeric_limits<qint64>::max();
        qint64 result = 0;
        for (const char c : text) {
            if (result > (kMax - (c - '0')) / 10)
                return kMax;
            result = result * 10 + (c - '0');
        }
        return result;
    }
    // IMF-fixdate ends in "GMT", which Qt's RFC 2822 parser wants as a numeric offset.
    QString date = QString::fromLatin1(text);
    if (date.endsWith(u" GMT"))
        date = date.chopped(4) + u" +0000"_s;
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return std::max<qint64>(0, nowUtc.secsTo(when));
}

QString ApiJob::kindName() const
{
    static constexpr EnumLabel<RequestKind> kKindNames[] = {
        { RequestKind::Read, QT_TRANSLATE_NOOP("ApiJob", "a single record") },
        { RequestKind::ListPage, QT_TRANSLATE_NOOP("ApiJob", "a list page") },
        { RequestKind::Submit, QT_TRANSLATE_NOOP("ApiJob", "a request") },
        { RequestKind::SubmitWithDocuments, QT_TRANSLATE_NOOP("ApiJob", "a request with documents") },
        { RequestKind::RiskCheck, QT_TRANSLATE_NOOP("ApiJob", "a risk check") },
    };
    return translatedLabel("ApiJob", kKindNames, m_request.kind);
}

void ApiJob::start()
{
    // HttpTransport starts a job from the event loop; one aborted before that is finished already
    // and must not reach the vendor.
    if (m_finished)
        return;
    m_elapsed.start();
    m_target = url();
    m_verb = m_request.verb;
    m_body = m_request.body;
    if (m_endpoint.baseUrl.isEmpty()) {
        finish(ApiError::configuration(m_endpoint.vendor, tr("no base URL is set")));
        return;
    }
    // One deadline for the whole job: redirects, 429 retries and the waits between them share it,
    // so a vendor that keeps answering 429 cannot stretch one read past what the person was promised.
    m_deadline.start(m_endpoint.limitsFor(m_request.kind).deadline);
    startAttempt();
}

void ApiJob::startAttempt()
{
    send();
}

void ApiJob::send()
{
    if (const QString problem = transportProblem(m_target); !problem.isEmpty()) {
        ApiError error = ApiError::configuration(m_endpoint.vendor, problem);
        error.kind = ApiError::Kind::InsecureTransport;
        finish(error);
        return;
    }

    QNetworkRequest req(m_target);
    // Redirects are ApiJob's decision (followRedirect), never the network stack's.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("KycDesk/0.1"));
    if (!m_endpoint.authorization.isEmpty())
        req.setRawHeader("Authorization", m_endpoint.authorization);
    if (!m_body.isEmpty() || m_verb == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_request.idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", m_request.idempotencyKey);

    qCDebug(lcHttp).noquote() << m_endpoint.vendor << m_verb << Redactor::redactUrl(m_target)
                              << Redactor::redactBody(m_body);

    m_received.clear();
    m_reply = m_network->sendCustomRequest(req, m_verb, m_body);
    QNetworkReply *reply = m_reply;
    // Without a limit the network thread reads ahead as fast as the vendor sends, so a huge body
    // could fill memory far past the cap before readAvailable() gets to stop it.
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { checkDeclaredLength(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readAvailable(reply); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // A large document upload on a slow link is moving, not stalled.
        if (sent > 0)
            m_stall.start();
        Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_stall.start(); // moving, however slowly: the deadline bounds a drip, not this timer
        Q_EMIT downloadProgress(received, total);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        m_tlsProblem = texts.join(u"; "_s); // never ignoreSslErrors(): the reply fails and we say why
    });
    m_stall.start(m_endpoint.stallTimeout);
}

void ApiJob::checkDeclaredLength(QNetworkReply *reply)
{
    const qint64 cap = m_endpoint.limitsFor(m_request.kind).maxResponseBytes;
    bool ok = false;
    const qint64 declared = reply->rawHeader("Content-Length").trimmed().toLongLong(&ok);
    if (ok && declared > cap) {
        stopWith(ApiError::limitExceeded(m_endpoint.vendor,
                                         tr("the answer announces %1, over the %2 cap for %3; not read")
                                             .arg(DocumentInspector::formatSize(declared),
                                                  DocumentInspector::formatSize(cap), kindName())));
        return;
    }
    // The body's room at once: growing it as it streams copied a 1 MB page about twice over. The
    // slack lets a decoder that reads a little past the end (simdjson reads up to 64 bytes) parse it
    // where it is instead of copying it.
    constexpr qsizetype kDecoderSlack = 64;
    if (ok && declared > m_received.capacity())
        m_received.reserve(qsizetype(declared) + kDecoderSlack);
}

void ApiJob::readAvailable(QNetworkReply *reply)
{
    // Read as it streams, so nothing past the cap is ever held, whatever Content-Length said.
    const qint64 cap = m_endpoint.limitsFor(m_request.kind).maxResponseBytes;
    // Only what is there, straight into the body: read(maxSize) would allocate the whole cap on
    // every readyRead and copy it again (a 100-page list spent most of its CPU doing that).
    const qint64 wanted = std::min(cap + 1 - qint64(m_received.size()), reply->bytesAvailable());
    if (wanted > 0) {
        const qsizetype before = m_received.size();
        m_received.resize(before + qsizetype(wanted));
        const qint64 got = reply->read(m_received.data() + before, wanted);
        m_received.resize(before + qsizetype(std::max<qint64>(got, 0)));
    }
    if (m_received.size() > cap)
        stopWith(ApiError::limitExceeded(m_endpoint.vendor,
                                         tr("the answer is larger than the %1 cap for %2; reading stopped")
                                             .arg(DocumentInspector::formatSize(cap), kindName())));
}

void ApiJob::stopWith(const ApiError &error)
{
    if (m_finished || m_stopReason)
        return;
    m_stopReason = error;
    m_retry.stop();
    if (m_reply)
        m_reply->abort(); // finishes through onReplyFinished, which reports m_stopReason
    else
        finish(error);
}

void ApiJob::abort()
{
    m_aborted = true;
    m_retry.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish(ApiError::cancelled(m_endpoint.vendor));
}

void ApiJob::onReplyFinished()
{
    m_stall.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString vendor = m_endpoint.vendor;

    if (m_stopReason) {
        finish(*m_stopReason);
        return;
    }
    if (m_aborted) {
        finish(ApiError::cancelled(vendor));
        return;
    }
    readAvailable(reply); // whatever is left in the reply's buffer
    if (m_finished)
        return;
    if (!m_tlsProblem.isEmpty() || netError == QNetworkReply::SslHandshakeFailedError) {
        ApiError error
            = ApiError::network(vendor, m_tlsProblem.isEmpty() ? reply->errorString() : m_tlsProblem);
        error.kind = ApiError::Kind::Tls;
        finish(error);
        return;
    }
    if (status == 0) {
        finish(ApiError::network(vendor, reply->errorString()));
        return;
    }
    // Connection-level errors (1-199) and a broken transfer encoding arrive with the status of a
    // response that did not arrive whole: a cut-off body is not an answer. After an error status (a
    // 404) Qt may keep reporting that status's error instead, so the declared length decides too
    // (unless the body came compressed: the length is then the compressed one).
    const QVariant declaredLength = reply->header(QNetworkRequest::ContentLengthHeader);
    const bool cutShort = declaredLength.isValid() && reply->rawHeader("Content-Encoding").isEmpty()
        && m_received.size() < declaredLength.toLongLong();
    if ((netError > QNetworkReply::NoError && netError < QNetworkReply::ContentAccessDenied)
        || netError == QNetworkReply::ProtocolFailure || cutShort) {
        finish(ApiError::network(
            vendor,
            tr("the connection ended before the whole answer arrived (HTTP %1, "
               "%2 received): %3")
                .arg(status)
                .arg(DocumentInspector::formatSize(m_received.size()), reply->errorString())));
        return;
    }

    if (isRedirect(status)) {
        followRedirect(reply, status);
        return;
    }
    if (status == 429 && m_request.isIdempotent() && m_attempt < kMaxRateLimitRetries) {
        retryAfterRateLimit(reply);
        return;
    }
    m_deadline.stop();
    qCDebug(lcHttp).noquote() << vendor << status << m_elapsed.elapsed() << "ms"
                              << Redactor::redactBody(m_received);
    finish(ApiResponse { status, std::exchange(m_received, {}) });
}

void ApiJob::followRedirect(QNetworkReply *reply, int status)
{
    const QString vendor = m_endpoint.vendor;
    const QByteArray location = reply->rawHeader("Location").trimmed();
    const QUrl next = m_target.resolved(QUrl::fromEncoded(location, QUrl::StrictMode));
    if (location.isEmpty() || !next.isValid()) {
        finish(ApiError::redirectRefused(
            vendor,
            tr("HTTP %1 without a usable Location (\"%2\")").arg(status).arg(QString::fromLatin1(location))));
        return;
    }
    if (m_redirects >= kMaxRedirects) {
        finish(ApiError::redirectRefused(vendor,
                                         tr("redirect loop: more than %1 redirects (the last from %2 to %3)")
                                             .arg(kMaxRedirects)
                                             .arg(Redactor::redactUrl(m_target), Redactor::redactUrl(next))));
        return;
    }
    if (const QString problem = transportProblem(next); !problem.isEmpty()) {
        ApiError error = ApiError::configuration(
            vendor, tr("redirected from %1 to %2: %3").arg(origin(m_target), origin(next), problem));
        error.kind = ApiError::Kind::InsecureTransport;
        finish(error);
        return;
    }
    // The credential and the body were meant for this origin only: a vendor that moves elsewhere
    // is a configuration change for a person to make, not something to follow.
    if (origin(next) != origin(m_target)) {
        finish(ApiError::redirectRefused(vendor,
                                         tr("HTTP %1 from %2 to another origin, %3; credentials and "
                                            "request bodies are only sent to the configured origin")
                                             .arg(status)
                                             .arg(origin(m_target), origin(next))));
        return;
    }
    ++m_redirects;
    // RFC 9110 15.4: 307 and 308 repeat the request as it was; after 301, 302 and 303 a client
    // fetches the new location with GET, without the body.
    if (status != 307 && status != 308 && m_verb != "HEAD") {
        m_verb = "GET";
        m_body.clear();
    }
    qCInfo(lcHttp).noquote() << vendor << "redirect" << status << "to" << Redactor::redactUrl(next);
    m_target = next;
    send();
}

void ApiJob::retryAfterRateLimit(QNetworkReply *reply)
{
    ++m_attempt;
    const QByteArray header = reply->rawHeader("Retry-After");
    const std::optional<qint64> asked = retryAfterSeconds(header, QDateTime::currentDateTimeUtc());
    if (asked && *asked > kMaxRetryAfter.count()) {
        ApiError error = ApiError::http(
            m_endpoint.vendor, 429,
            tr("it asks to wait %1 s before trying again (Retry-After), longer than the %2 s KYC Desk waits; "
               "try again later")
                .arg(*asked == std::numeric_limits<qint64>::max() ? QString::fromLatin1(header.left(40))
                                                                  : QString::number(*asked))
                .arg(kMaxRetryAfter.count()));
        finish(error);
        return;
    }
    const qint64 delayMs = asked ? *asked * 1000 : 250 * (qint64(1) << m_attempt);
    const qint64 leftMs = m_deadline.remainingTime();
    if (delayMs >= leftMs) {
        finish(ApiError::timeout(
            m_endpoint.vendor,
            tr("rate limited (HTTP 429): the wait it asks for (%1) would pass the %2 deadline for %3, "
               "which has %4 left; try again later")
                .arg(seconds(std::chrono::milliseconds(delayMs)),
                     seconds(m_endpoint.limitsFor(m_request.kind).deadline), kindName(),
                     seconds(std::chrono::milliseconds(std::max<qint64>(0, leftMs))))));
        return;
    }
    qCInfo(lcHttp) << m_endpoint.vendor << "rate limited; retry" << m_attempt << "in" << delayMs << "ms";
    m_retry.start(std::chrono::milliseconds(delayMs));
    Q_EMIT rateLimited(std::chrono::milliseconds(delayMs));
}

void ApiJob::finish(Result<ApiResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_stall.stop();
    m_deadline.stop();
    m_retry.stop();
    m_result = std::move(result);
    if (!m_result.ok())
        qCInfo(lcHttp).noquote() << m_endpoint.vendor << m_verb << Redactor::redactUrl(m_target)
                                 << "failed:" << ApiError::kindName(m_result.error().kind)
                                 << Redactor::redactText(m_result.error().message);
    Q_EMIT finished();
    deleteLater();
}
