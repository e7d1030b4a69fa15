#pragma once

#include "VendorEnvironment.h"

#include <array>
#include <optional>
#include <QList>
#include <QString>
#include <QUrl>

class QSettings;

// Which environment each vendor is talking to right now. A vendor not (yet) configured has no
// environment: records made through it say "unknown", never a sandbox by default. A mix — live
// and test data in one session, or a custom URL beside a known environment — is something the
// analyst must see and confirm before anything is sent.
class EnvironmentSelection
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentSelection)

public:
    static EnvironmentSelection load(const QSettings &settings);

    std::optional<EnvironmentKind> environment(Vendor vendor) const;
    // `url` is the analyst's own URL (custom, or a vendor sandbox host they typed): another URL
    // is another environment, though the kind is the same.
    void setEnvironment(Vendor vendor, EnvironmentKind kind, const QUrl &url = {});
    // What a record made through this vendor stores: environmentKey(), with the origin of the
    // analyst's own URL ("custom:https://kyc.example:443"), or "unknown".
    QString recordKey(Vendor vendor) const;

    bool isMixed() const;
    bool anyProduction() const;
    QList<Vendor> changedFrom(const EnvironmentSelection &before) const;
    // "Sphere: Production · Sardine: Embedded sandbox · Yativo: Embedded sandbox"
    QString summary() const;
    // One sentence naming what is mixed; empty when nothing is.
    QString mixDescription() const;

    bool operator==(const EnvironmentSelection &other) const
    {
        return m_kinds == other.m_kinds && m_origins == other.m_origins;
    }
    bool operator!=(const EnvironmentSelection &other) const { return !(*this == other); }

private:
    std::array<std::optional<EnvironmentKind>, VendorEnvironment::kVendors.size()> m_kinds;
    std::array<QString, VendorEnvironment::kVendors.size()> m_origins; // empty for the known URLs
};
