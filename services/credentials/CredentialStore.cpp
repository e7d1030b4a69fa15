#include "CredentialStore.h"

#include <algorithm>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

QByteArray VendorCredential::serialize() const
{
    return id.toUtf8() + '\n' + secret.toUtf8();
}

VendorCredential VendorCredential::deserialize(const QByteArray &data)
{
    const qsizetype newline = data.indexOf('\n');
    if (newline < 0)
        return { QString(), QString::fromUtf8(data) };
    return { QString::fromUtf8(data.left(newline)), QString::fromUtf8(data.mid(newline + 1)) };
}

QString CredentialStore::entryKey(Vendor vendor, EnvironmentKind environment)
{
    return VendorEnvironment::vendorKey(vendor) + u'/' + VendorEnvironment::environmentKey(environment);
}

std::optional<ApiError> CredentialStore::validate(Vendor vendor, const VendorCredential &credential)
{
    const QString name = VendorEnvironment::vendorName(vendor);
    if (credential.secret.trimmed().isEmpty())
        return ApiError::configuration(name,
                                       QCoreApplication::translate("CredentialStore", "the %1 is empty")
                                           .arg(VendorEnvironment::credentialSecretLabel(vendor)));
    if (credential.secret.trimmed() != credential.secret)
        return ApiError::configuration(
            name,
            QCoreApplication::translate("CredentialStore", "the %1 starts or ends with spaces")
                .arg(VendorEnvironment::credentialSecretLabel(vendor)));
    if (VendorEnvironment::hasTwoPartCredential(vendor) && credential.id.trimmed().isEmpty())
        return ApiError::configuration(name,
                                       QCoreApplication::translate("CredentialStore", "the %1 is empty")
                                           .arg(VendorEnvironment::credentialIdLabel(vendor)));
    if (credential.id.contains(u'\n') || credential.secret.contains(u'\n'))
        return ApiError::configuration(
            name, QCoreApplication::translate("CredentialStore", "credentials cannot contain line breaks"));
    return std::nullopt;
}

std::optional<ApiError> CredentialStore::validateSecretName(const QString &name)
{
    const bool wellFormed = !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
    if (!wellFormed)
        return ApiError::configuration(
            u"Keychain"_s,
            QCoreApplication::translate("CredentialStore", "\"%1\" is not a valid secret name").arg(name));
    return std::nullopt;
}

std::optional<ApiError> CredentialStore::validateSecret(const QString &name, const QByteArray &secret)
{
    if (auto problem = validateSecretName(name))
        return problem;
    if (secret.isEmpty())
        return ApiError::configuration(
            u"Keychain"_s,
            QCoreApplication::translate("CredentialStore", "the secret \"%1\" is empty").arg(name));
    return std::nullopt;
}

void CredentialStore::readPreferringSession(CredentialStore *session, CredentialStore *persistent,
                                            Vendor vendor, EnvironmentKind environment, QObject *context,
                                            ReadHandler done)
{
    session->read(
        vendor, environment, context,
        [persistent, vendor, environment, context, done](const Result<std::optional<VendorCredential>> &r) {
            if (r.ok() && r.value())
                done(r);
            else
                persistent->read(vendor, environment, context, done);
        });
}
