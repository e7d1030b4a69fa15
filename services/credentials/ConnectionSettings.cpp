#include "ConnectionSettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

QUrl VendorConnectionSettings::effectiveBaseUrl(Vendor vendor) const
{
    switch (environment) {
    case EnvironmentKind::EmbeddedSandbox:
        return {};
    case EnvironmentKind::Custom:
        return customUrl;
    case EnvironmentKind::VendorSandbox:
        if (vendorSandboxUrl.isValid() && !vendorSandboxUrl.isEmpty())
            return vendorSandboxUrl;
        return VendorEnvironment::knownBaseUrl(vendor, environment);
    case EnvironmentKind::Production:
        return VendorEnvironment::knownBaseUrl(vendor, environment);
    }
    return {};
}

VendorConnectionSettings VendorConnectionSettings::load(const QSettings &settings, Vendor vendor)
{
    const QString group = VendorEnvironment::vendorKey(vendor) + u'/';
    VendorConnectionSettings s;
    s.environment = VendorEnvironment::environmentFromKey(settings.value(group + u"environment"_s).toString())
                        .value_or(EnvironmentKind::EmbeddedSandbox);
    s.customUrl = QUrl(settings.value(group + u"customUrl"_s).toString());
    s.vendorSandboxUrl = QUrl(settings.value(group + u"vendorSandboxUrl"_s).toString());
    return s;
}

void VendorConnectionSettings::save(QSettings &settings, Vendor vendor) const
{
    const QString group = VendorEnvironment::vendorKey(vendor) + u'/';
    settings.setValue(group + u"environment"_s, VendorEnvironment::environmentKey(environment));
    settings.setValue(group + u"customUrl"_s, customUrl.toString());
    settings.setValue(group + u"vendorSandboxUrl"_s, vendorSandboxUrl.toString());
}
