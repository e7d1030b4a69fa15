#pragma once

#include "VendorEnvironment.h"

#include <QUrl>

class QSettings;

// The non-secret half of a vendor connection, kept in QSettings: which environment is active
// and, where needed, its URL. Secrets never go here (CredentialStore).
struct VendorConnectionSettings
{
    EnvironmentKind environment = EnvironmentKind::EmbeddedSandbox;
    QUrl customUrl; // for EnvironmentKind::Custom
    QUrl vendorSandboxUrl; // overrides the known sandbox host (Yativo publishes none)

    // The base URL this configuration points at; empty for the embedded sandbox (its port is
    // chosen at start-up) or when nothing usable is configured.
    QUrl effectiveBaseUrl(Vendor vendor) const;

    static VendorConnectionSettings load(const QSettings &settings, Vendor vendor);
    void save(QSettings &settings, Vendor vendor) const;
};

// The fixed token of the embedded sandbox (also kycdesk-sandbox's default, sandbox/README.md).
inline constexpr char16_t kEmbeddedSandboxToken[] = u"kycdesk-sandbox-token";
