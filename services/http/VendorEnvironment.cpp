#include "VendorEnvironment.h"

#include "ApiJob.h"

using namespace Qt::Literals::StringLiterals;

QString VendorEnvironment::vendorName(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Sphere:
        return u"Sphere"_s;
    case Vendor::Sardine:
        return u"Sardine"_s;
    case Vendor::Yativo:
        return u"Yativo"_s;
    }
    return {};
}

QString VendorEnvironment::vendorKey(Vendor vendor)
{
    return vendorName(vendor).toLower();
}

std::optional<Vendor> VendorEnvironment::vendorFromKey(const QString &key)
{
    for (Vendor v : kVendors) {
        if (vendorKey(v) == key.toLower())
            return v;
    }
    return std::nullopt;
}

QString VendorEnvironment::environmentName(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::EmbeddedSandbox:
        return tr("Embedded sandbox");
    case EnvironmentKind::VendorSandbox:
        return tr("Vendor sandbox");
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Custom:
        return tr("Custom URL");
    }
    return {};
}

QString VendorEnvironment::environmentKey(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::EmbeddedSandbox:
        return u"embedded"_s;
    case EnvironmentKind::VendorSandbox:
        return u"sandbox"_s;
    case EnvironmentKind::Production:
        return u"production"_s;
    case EnvironmentKind::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<EnvironmentKind> VendorEnvironment::environmentFromKey(const QString &key)
{
    for (EnvironmentKind k : kEnvironments) {
        if (environmentKey(k) == key.toLower())
            return k;
    }
    return std::nullopt;
}

QUrl VendorEnvironment::knownBaseUrl(Vendor vendor, EnvironmentKind kind)
{
    switch (vendor) {
    case Vendor::Sphere:
        if (kind == EnvironmentKind::Production)
            return QUrl(u"https://api.spherepay.co"_s);
        if (kind == EnvironmentKind::VendorSandbox)
            return QUrl(u"https://api.sandbox.spherepay.co"_s);
        break;
    case Vendor::Sardine:
        if (kind == EnvironmentKind::Production)
            return QUrl(u"https://api.sardine.ai"_s);
        if (kind == EnvironmentKind::VendorSandbox)
            return QUrl(u"https://api.sandbox.sardine.ai"_s);
        break;
    case Vendor::Yativo:
        if (kind == EnvironmentKind::Production)
            return QUrl(u"https://api.yativo.com/api/v1"_s);
        break; // Yativo's sandbox host is not published: configurable
    }
    return {};
}

bool VendorEnvironment::hasTwoPartCredential(Vendor vendor)
{
    return vendor != Vendor::Sphere;
}

QString VendorEnvironment::credentialIdLabel(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Sphere:
        return {};
    case Vendor::Sardine:
        return tr("Client ID");
    case Vendor::Yativo:
        return tr("Account ID");
    }
    return {};
}

QString VendorEnvironment::credentialSecretLabel(Vendor vendor)
{
    switch (vendor) {
    case Vendor::Sphere:
        return tr("API token");
    case Vendor::Sardine:
        return tr("Client secret");
    case Vendor::Yativo:
        return tr("App secret");
    }
    return {};
}

QString VendorEnvironment::baseUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a base URL.");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return tr("\"%1\" is not a URL (expected something like https://api.example.com).").arg(trimmed);
    return ApiJob::transportProblem(url);
}

QString VendorEnvironment::legacyRecordKey()
{
    return u"legacy"_s;
}

QString VendorEnvironment::unknownRecordKey()
{
    return u"unknown"_s;
}

QString VendorEnvironment::recordLabel(const QString &key)
{
    if (const auto kind = environmentFromKey(key))
        return environmentName(*kind);
    // "<environment key>:<origin>": the analyst's own URL for that environment.
    if (const qsizetype colon = key.indexOf(u':'); colon > 0) {
        if (const auto kind = environmentFromKey(key.left(colon)))
            return tr("%1 (%2)").arg(environmentName(*kind), key.mid(colon + 1));
    }
    if (key == legacyRecordKey())
        return tr("Unknown environment (recorded before environments were kept)");
    return tr("Unknown environment");
}

QString VendorEnvironment::origin(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
    return u"%1://%2:%3"_s.arg(scheme, url.host(QUrl::FullyEncoded).toLower()).arg(port);
}

VendorEnvironment::Tier VendorEnvironment::tier(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::EmbeddedSandbox:
    case EnvironmentKind::VendorSandbox:
        return Tier::Test;
    case EnvironmentKind::Production:
        return Tier::Live;
    case EnvironmentKind::Custom:
        return Tier::Custom;
    }
    return Tier::Custom;
}
