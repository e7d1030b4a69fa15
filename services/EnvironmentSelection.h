#pragma once

#include "VendorEnvironment.h"

#include <array>
#include <optional>
#include <QList>
#include <QString>

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
    void setEnvironment(Vendor vendor, EnvironmentKind kind);
    // What a record made through this vendor stores: environmentKey() or "unknown".
    QString recordKey(Vendor vendor) const;

    bool isMixed() const;
    bool anyProduction() const;
    QList<Vendor> changedFrom(const EnvironmentSelection &before) const;
    // "Sphere: Production · Sardine: Embedded sandbox · Yativo: Embedded sandbox"
    QString summary() const;
    // One sentence naming what is mixed; empty when nothing is.
    QString mixDescription() const;

    bool operator==(const EnvironmentSelection &other) const { return m_kinds == other.m_kinds; }
    bool operator!=(const EnvironmentSelection &other) const { return !(*this == other); }

private:
    std::array<std::optional<EnvironmentKind>, VendorEnvironment::kVendors.size()> m_kinds;
};
