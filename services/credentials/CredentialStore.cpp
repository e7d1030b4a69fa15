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

namespace {
// A refused call answers later, like every other: callers never see an answer during the call.
template<typename Handler> void answerLater(QObject *context, Handler done, const ApiError &problem)
{
    QMetaObject::invokeMethod(
        context, [problem, done = std::move(done)] { done(problem); }, Qt::QueuedConnection);
}
} // namespace

void CredentialStore::read(Vendor vendor, EnvironmentKind environment, QObject *context, ReadHandler done)
{
    readEntry(entryKey(vendor, environment), context,
              [done = std::move(done)](const Result<std::optional<QByteArray>> &r) {
                  if (!r)
                      done(r.error());
                  else if (!r.value())
                      done(std::optional<VendorCredential>());
                  else
                      done(std::optional<VendorCredential>(VendorCredential::deserialize(*r.value())));
              });
}

void CredentialStore::write(Vendor vendor, EnvironmentKind environment, const VendorCredential &credential,
                            QObject *context, WriteHandler done)
{
    if (const auto problem = validate(vendor, credential))
        return answerLater(context, std::move(done), *problem);
    writeEntry(entryKey(vendor, environment), credential.serialize(), context, std::move(done));
}

void CredentialStore::remove(Vendor vendor, EnvironmentKind environment, QObject *context, WriteHandler done)
{
    removeEntry(entryKey(vendor, environment), context, std::move(done));
}

void CredentialStore::readSecret(const QString &name, QObject *context, SecretReadHandler done)
{
    if (const auto problem = validateSecretName(name))
        return answerLater(context, std::move(done), *problem);
    readEntry(name, context, std::move(done));
}

void CredentialStore::writeSecret(const QString &name, const QByteArray &secret, QObject *context,
                                  WriteHandler done)
{
    if (const auto problem = validateSecret(name, secret))
        return answerLater(context, std::move(done), *problem);
    writeEntry(name, secret, context, std::move(done));
}

void CredentialStore::removeSecret(const QString &name, QObject *context, WriteHandler done)
{
    if (const auto problem = validateSecretName(name))
        return answerLater(context, std::move(done), *problem);
    removeEntry(name, context, std::move(done));
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
