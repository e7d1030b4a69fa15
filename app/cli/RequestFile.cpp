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

std::optional<CustomerRequest> readCustomerRequest(const QString &path, CustomerRequestValidator::Mode mode)
{
    const auto body = readRequestFile(path);
    if (!body)
        return std::nullopt;
    Result<CustomerRequest> decoded = SphereRequestCodec::decodeBody(*body);
    if (!decoded) {
        failWithDecodeError(path, decoded.error());
        return std::nullopt;
    }
    const QList<FieldIssue> issues = CustomerRequestValidator::validate(decoded.value(), mode);
    for (const FieldIssue &issue : issues)
        failWith(QCoreApplication::translate("cli", "%1: %2: %3").arg(path, issue.field, issue.message));
    if (!issues.isEmpty())
        return std::nullopt;
    return std::move(decoded).value();
}

} // namespace cli
