#include "EnvironmentSelection.h"

#include "ConnectionSettings.h"

#include <QLocale>
#include <QSettings>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

EnvironmentSelection EnvironmentSelection::load(const QSettings &settings)
{
    EnvironmentSelection selection;
    for (Vendor vendor : VendorEnvironment::kVendors) {
        const VendorConnectionSettings s = VendorConnectionSettings::load(settings, vendor);
        const QUrl own = s.environment == EnvironmentKind::Custom ? s.customUrl
            : s.environment == EnvironmentKind::VendorSandbox     ? s.vendorSandboxUrl
                                                                  : QUrl();
        selection.setEnvironment(vendor, s.environment, own);
    }
    return selection;
}

std::optional<EnvironmentKind> EnvironmentSelection::environment(Vendor vendor) const
{
    return m_kinds[std::size_t(vendor)];
}

void EnvironmentSelection::setEnvironment(Vendor vendor, EnvironmentKind kind, const QUrl &url)
{
    m_kinds[std::size_t(vendor)] = kind;
    m_origins[std::size_t(vendor)] = VendorEnvironment::origin(url);
}

QString EnvironmentSelection::recordKey(Vendor vendor) const
{
    const auto kind = environment(vendor);
    if (!kind)
        return VendorEnvironment::unknownRecordKey();
    const QString &origin = m_origins[std::size_t(vendor)];
    return origin.isEmpty() ? VendorEnvironment::environmentKey(*kind)
                            : VendorEnvironment::environmentKey(*kind) + u':' + origin;
}

bool EnvironmentSelection::isMixed() const
{
    std::optional<VendorEnvironment::Tier> first;
    for (const auto &kind : m_kinds) {
        if (!kind)
            continue;
        const VendorEnvironment::Tier tier = VendorEnvironment::tier(*kind);
        if (first && (*first != tier || tier == VendorEnvironment::Tier::Custom))
            return true; // two custom URLs may be one live and one test: ask too
        first = tier;
    }
    return false;
}

bool EnvironmentSelection::anyProduction() const
{
    for (const auto &kind : m_kinds) {
        if (kind == EnvironmentKind::Production)
            return true;
    }
    return false;
}

QList<Vendor> EnvironmentSelection::changedFrom(const EnvironmentSelection &before) const
{
    QList<Vendor> changed;
    for (Vendor vendor : VendorEnvironment::kVendors) {
        if (recordKey(vendor) != before.recordKey(vendor))
            changed.append(vendor);
    }
    return changed;
}

QString EnvironmentSelection::summary() const
{
    QStringList parts;
    for (Vendor vendor : VendorEnvironment::kVendors) {
        const auto kind = environment(vendor);
        parts << tr("%1: %2").arg(VendorEnvironment::vendorName(vendor),
                                  kind ? VendorEnvironment::recordLabel(recordKey(vendor))
                                       : tr("not configured"));
    }
    return parts.join(u"  ·  "_s);
}

QString EnvironmentSelection::mixDescription() const
{
    if (!isMixed())
        return {};
    QStringList live;
    QStringList test;
    QStringList custom;
    for (Vendor vendor : VendorEnvironment::kVendors) {
        const auto kind = environment(vendor);
        if (!kind)
            continue;
        switch (VendorEnvironment::tier(*kind)) {
        case VendorEnvironment::Tier::Live:
            live << VendorEnvironment::vendorName(vendor);
            break;
        case VendorEnvironment::Tier::Test:
            test << VendorEnvironment::vendorName(vendor);
            break;
        case VendorEnvironment::Tier::Custom:
            custom << VendorEnvironment::vendorName(vendor);
            break;
        }
    }
    QStringList sentences;
    if (!live.isEmpty() && !test.isEmpty())
        sentences << tr("Mixed environments: %1 on production; %2 on a sandbox.")
                         .arg(QLocale().createSeparatedList(live), QLocale().createSeparatedList(test));
    if (!custom.isEmpty())
        sentences << tr("Mixed environments: %1 on a custom URL that may be live or test data.")
                         .arg(QLocale().createSeparatedList(custom));
    return sentences.join(u' ');
}
