#pragma once

#include "Result.h"
#include "WorkspaceError.h"
#include "WorkspaceLocation.h"

class QSettings;

// Which workspace the desk opens (Settings → Workspace): this computer's file, or the team's server.
// The server's address lives in QSettings; its password only in the OS keychain, under a name
// made from the address, so a password is never offered to another server.
namespace WorkspaceSettings {
QString passwordSecretName(const WorkspaceLocation &location);

// The saved choice; this computer's default file when nothing (or nothing usable) is saved.
WorkspaceLocation load(const QSettings &settings);
void save(QSettings &settings, const WorkspaceLocation &location);
} // namespace WorkspaceSettings
