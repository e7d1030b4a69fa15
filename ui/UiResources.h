#pragma once

#include <QIcon>

// The compiled-in resources (resources/kycdesk.qrc). They live in a static library, whose
// registration the linker would drop unless something calls it, so every user goes through here.
namespace UiResources {
void ensureLoaded();
QIcon appIcon();
} // namespace UiResources
