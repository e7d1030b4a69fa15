#pragma once

#include <array>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

enum class Vendor { Sphere, Sardine, Yativo };
enum class EnvironmentKind { EmbeddedSandbox, VendorSandbox, Production, Custom };

// Names, known hosts and credential shapes of the vendors and their environments, in one place.
class VendorEnvironment
{
    Q_DECLARE_TR_FUNCTIONS(VendorEnvironment)

public:
    static constexpr std::array<Vendor, 3> kVendors { Vendor::Sphere, Vendor::Sardine, Vendor::Yativo };
    static constexpr std::array<EnvironmentKind, 4> kEnvironments { EnvironmentKind::EmbeddedSandbox,
                                                                    EnvironmentKind::VendorSandbox,
                                                                    EnvironmentKind::Production,
                                                                    EnvironmentKind::Custom };

    static QString vendorName(Vendor vendor); // "Sphere"
    static QString vendorKey(Vendor vendor); // "sphere" (settings, keychain, CLI)
    static std::optional<Vendor> vendorFromKey(const QString &key);
    static QString environmentName(EnvironmentKind kind); // "Vendor sandbox"
    static QString environmentKey(EnvironmentKind kind); // "vendor-sandbox"
    static std::optional<EnvironmentKind> environmentFromKey(const QString &key);

    // The documented base URL of a vendor environment; empty where the vendor publishes none
    // (Yativo's sandbox, the embedded sandbox's port, custom).
    static QUrl knownBaseUrl(Vendor vendor, EnvironmentKind kind);

    // Sardine and Yativo take two-part credentials (id + secret); Sphere a single token.
    static bool hasTwoPartCredential(Vendor vendor);
    static QString credentialIdLabel(Vendor vendor);
    static QString credentialSecretLabel(Vendor vendor);

    // Refuses a base URL an analyst typed: not a URL, not http(s), or http:// to a remote host.
    static QString baseUrlProblem(const QString &text);

    // Stored records (verdicts, drafts) name the environment they came from with environmentKey().
    // Rows written before that was kept say "legacy"; a record made without a known environment
    // says "unknown". Neither may be read as a sandbox.
    static QString legacyRecordKey();
    static QString unknownRecordKey();
    // "Production", "Custom URL (https://kyc.example:443)", "Unknown (recorded before …)"
    static QString recordLabel(const QString &key);
    // "https://kyc.example:443": scheme, host and port (the default one spelled out), so that
    // two spellings of one server give one record key; empty for an empty or invalid URL.
    static QString origin(const QUrl &url);
    // Production is live data; the embedded and vendor sandboxes are test data; a custom URL may be
    // either, so it is a tier of its own.
    enum class Tier { Test, Live, Custom };
    static Tier tier(EnvironmentKind kind);
};
