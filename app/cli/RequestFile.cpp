#include "RequestFile.h"

#include "CliSupport.h"
#include "SphereRequestCodec.h"

#include <QCoreApplication>
#include <QFile>

namespace cli {

std::optional<QByteArray> readRequestFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(QCoreApplication::translate("cli", "cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

int failWithDecodeError(const QString &path, const ApiError &e)
{
    return failWith(e.jsonPath.isEmpty() || e.message.contains(e.jsonPath)
                        ? QCoreApplication::translate("cli", "%1: %2").arg(path, e.message)
                        : QCoreApplication::translate("cli", "%1: %2: %3").arg(path, e.jsonPath, e.message));
}

bool failWithIssues(const QString &path, const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues)
        failWith(QCoreApplication::translate("cli", "%1: %2: %3").arg(path, issue.field, issue.message));
    return !issues.isEmpty();
}

std::optional<CustomerRequest> readCustomerRequest(const QString &path, CustomerRequestValidator::Mode mode)
{
    auto request
        = readRequestBody(path, [](const QByteArray &body) { return SphereRequestCodec::decodeBody(body); });
    if (!request || failWithIssues(path, CustomerRequestValidator::validate(*request, mode)))
        return std::nullopt;
    return request;
}

} // namespace cli
