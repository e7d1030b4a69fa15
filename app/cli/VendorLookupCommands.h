#pragma once

#include <optional>
#include <QStringList>

class QCommandLineParser;
class QCoreApplication;

// The commands that read what a vendor holds beyond the customer record (shared/interfaces.md):
//   sphere customers kyc-link ID | tos-link ID   hosted KYC / TOS page for the customer
//   sardine history CUSTOMER_ID                  Sardine's own past results for the customer
//   yativo customers kyc-status ID               where the customer's Yativo KYC stands now
//   yativo customers list                        every Yativo customer, page after page
namespace VendorLookupCommands {
// The exit status when `args` is one of these commands, nullopt when it is not.
std::optional<int> run(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args);
} // namespace VendorLookupCommands
