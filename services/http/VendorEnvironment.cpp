#include "VendorEnvironment.h"

#include "ApiJob.h"
#include "EnumTable.h"

using namespace Qt::Literals::StringLiterals;

namespace {
// One row per vendor: its display name (also the source of the settings key), the labels of its
// credential parts (no id label: a single token) and the base URLs it documents (none: configurable).
struct VendorRow
{
    Vendor value;
    const char16_t *name;
    const char *idLabel;
    const char *secretLabel;
    const char16_t *productionUrl;
    const char16_t *sandboxUrl;
};

constexpr VendorRow kVendorRows[] = {
    { Vendor::Sphere, u"Sphere", nullptr, QT_TRANSLATE_NOOP("VendorEnvironment", "API token"),
      u"https://api.spherepay.co", u"https://api.sandbox.spherepay.co" },
    { Vendor::Sardine, u"Sardine", QT_TRANSLATE_NOOP("VendorEnvironment", "Client ID"),
      QT_TRANSLATE_NOOP("VendorEnvironment", "Client secret"), u"https://api.sardine.ai",
      u"https://api.sandbox.sardine.ai" },
    // Yativo's sandbox host is not published: configurable.
    { Vendor::Yativo, u"Yativo", QT_TRANSLATE_NOOP("VendorEnvironment", "Account ID"),
      QT_TRANSLATE_NOOP("VendorEnvironment", "App secret"), u"https://api.yativo.com/api/v1", nullptr },
};

struct EnvironmentRow
{
    EnvironmentKind value;
    const char16_t *key;
    const char *name;
    VendorEnvironment::Tier tier;
};

constexpr EnvironmentRow kEnvironmentRows[] = {
    { EnvironmentKind::EmbeddedSandbox, u"embedded",
      QT_TRANSLATE_NOOP("VendorEnvironment", "Embedded sandbox"), VendorEnvironment::Tier::Test },
    { EnvironmentKind::VendorSandbox, u"sandbox", QT_TRANSLATE_NOOP("VendorEnvironment", "Vendor sandbox"),
      VendorEnvironment::Tier::Test },
    { EnvironmentKind::Production, u"production", QT_TRANSLATE_NOOP("VendorEnvironment", "Production"),
      VendorEnvironment::Tier::Live },
    { EnvironmentKind::Custom, u"custom", QT_TRANSLATE_NOOP("VendorEnvironment", "Custom URL"),
      VendorEnvironment::Tier::Custom },
};

// A value without a row (one cast from a number the enum does not name) reads as a row of nothing:
// no name, no labels, no URLs, a custom tier.
constexpr VendorRow kNoVendor {};
constexpr EnvironmentRow kNoEnvironment { {}, nullptr, nullptr, VendorEnvironment::Tier::Custom };

const VendorRow &vendorRow(Vendor vendor)
{
    const VendorRow *row = findRow(kVendorRows, vendor);
    return row ? *row : kNoVendor;
}

const EnvironmentRow &environmentRow(EnvironmentKind kind)
{
    const EnvironmentRow *row = findRow(kEnvironmentRows, kind);
    return row ? *row : kNoEnvironment;
}

QString translated(const char *text)
{
    return text ? QCoreApplication::translate("VendorEnvironment", text) : QString();
}

QString fromUtf16(const char16_t *text)
{
    return text ? QString::fromUtf16(text) : QString();
}
} // namespace

QString VendorEnvironment::vendorName(Vendor vendor)
{
    return fromUtf16(vendorRow(vendor).name);
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
    return translated(environmentRow(kind).name);
}

QString VendorEnvironment::environmentKey(EnvironmentKind kind)
{
    return fromUtf16(environmentRow(kind).key);
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
    const VendorRow &row = vendorRow(vendor);
    if (kind == EnvironmentKind::Production)
        return QUrl(fromUtf16(row.productionUrl));
    if (kind == EnvironmentKind::VendorSandbox)
        return QUrl(fromUtf16(row.sandboxUrl));
    return {};
}

bool VendorEnvironment::hasTwoPartCredential(Vendor vendor)
{
    return vendor != Vendor::Sphere;
}

QString VendorEnvironment::credentialIdLabel(Vendor vendor)
{
    return translated(vendorRow(vendor).idLabel);
}

QString VendorEnvironment::credentialSecretLabel(Vendor vendor)
{
    return translated(vendorRow(vendor).secretLabel);
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
    return environmentRow(kind).tier;
}
