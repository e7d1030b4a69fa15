#pragma once

#include "Result.h"
#include "WorkspaceError.h"
#include "WorkspaceLocation.h"

class QSettings;

// Which workspace the desk opens (Settings → Workspace): this computer's file, or the team's server.
// The server's address lives in QSettings; its password only in the OS keychain, under
// kPasswordSecret.
namespace WorkspaceSettings {
inline constexpr char16_t kPasswordSecret[] = u"team-workspace-password";

// The saved choice; this computer's default file when nothing (or nothing usable) is saved.
WorkspaceLocation load(const QSettings &settings);
void save(QSettings &settings, const WorkspaceLocation &location);
} // namespace WorkspaceSettings
