#include "ConnectionTester.h"

#include "ApiJob.h"
#include "HttpTransport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

ConnectionTester::ConnectionTester(HttpTransport *transport, QObject *parent)
    : QObject(parent), m_transport(transport)
{ }

ApiEndpoint ConnectionTester::endpointFor(Vendor vendor, const QUrl &baseUrl,
                                          const VendorCredential &credential)
{
    ApiEndpoint e;
    e.vendor = VendorEnvironment::vendorName(vendor);
    e.baseUrl = baseUrl;
    e.stallTimeout = kTestTimeout;
    e.setDeadline(kTestTimeout); // a person is waiting for the answer
    switch (vendor) {
    case Vendor::Sphere:
        e.authorization = ApiEndpoint::bearer(credential.secret);
        break;
    case Vendor::Sardine:
        e.authorization = ApiEndpoint::basic(credential.id, credential.secret);
        break;
    case Vendor::Yativo:
        break; // the login request carries the credential in its body
    }
    return e;
}

void ConnectionTester::test(Vendor vendor, const QUrl &baseUrl, const VendorCredential &credential,
                            QObject *context, std::function<void(const Report &)> done)
{
    ApiRequest request;
    switch (vendor) {
    case Vendor::Sphere:
        request.path = u"/v1/customer"_s;
        request.query = { { u"page"_s, u"1"_s }, { u"limit"_s, u"1"_s } };
        break;
    case Vendor::Sardine:
        // The customer lookup is read-only and needs only the Basic credential.
        request.path = u"/v1/customers"_s;
        request.query = { { u"customer_id"_s, u"kycdesk-connection-test"_s } };
        break;
    case Vendor::Yativo:
        request.verb = "POST";
        request.path = u"/auth/login"_s;
        request.kind = RequestKind::Submit;
        request.body = QJsonDocument(QJsonObject { { u"account_id"_s, credential.id },
                                                   { u"app_secret"_s, credential.secret } })
                           .toJson(QJsonDocument::Compact);
        break;
    }
    ApiJob *job = m_transport->send(endpointFor(vendor, baseUrl, credential), request);
    connect(job, &ApiJob::finished, context,
            [job, vendor, done = std::move(done)] { done(reportFor(vendor, job->result())); });
}

ConnectionTester::Report ConnectionTester::reportFor(Vendor vendor, const Result<ApiResponse> &response)
{
    const QString name = VendorEnvironment::vendorName(vendor);
    Report report;
    if (!response) {
        const ApiError &e = response.error();
        switch (e.kind) {
        case ApiError::Kind::Tls:
            report.outcome = Outcome::TlsProblem;
            report.message
                = tr("The secure connection to %1 failed: %2. Check the URL, or ask IT whether a proxy "
                     "intercepts TLS.")
                      .arg(name, e.message);
            break;
        case ApiError::Kind::InsecureTransport:
        case ApiError::Kind::RedirectRefused:
        case ApiError::Kind::Configuration:
            report.outcome = Outcome::InsecureUrl;
            report.message = e.message;
            break;
        case ApiError::Kind::Timeout:
            report.outcome = Outcome::Unreachable;
            report.message
                = tr("%1 did not answer in time: %2. Check the URL and your network.").arg(name, e.message);
            break;
        default:
            report.outcome = Outcome::Unreachable;
            report.message
                = tr("%1 could not be reached: %2. Check the URL and your network.").arg(name, e.message);
            break;
        }
        return report;
    }
    report.httpStatus = response.value().httpStatus;
    if (report.httpStatus == 401 || report.httpStatus == 403) {
        report.outcome = Outcome::CredentialsRefused;
        report.message = report.httpStatus == 401
            ? tr("%1 answered, but refused these credentials (HTTP 401). Check the %2 for this environment.")
                  .arg(name, VendorEnvironment::credentialSecretLabel(vendor))
            : tr("%1 answered, but these credentials lack permission (HTTP 403).").arg(name);
        return report;
    }
    if (report.httpStatus >= 200 && report.httpStatus < 300) {
        report.outcome = Outcome::Success;
        report.message = tr("Connected to %1: the credentials work.").arg(name);
        return report;
    }
    report.outcome = Outcome::UnexpectedAnswer;
    report.message = tr("%1 answered with HTTP %2; the credentials could not be confirmed.")
                         .arg(name)
                         .arg(report.httpStatus);
    return report;
}
