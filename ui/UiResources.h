#pragma once

#include "StatusText.h"

#include <QIcon>

// The compiled-in resources (resources/kycdesk.qrc). They live in a static library, whose
// registration the linker would drop unless something calls it, so every user goes through here.
namespace UiResources {
void ensureLoaded();
QIcon appIcon();
// The shape carries the tone too (check, triangle, cross, dash), so a status never rests on colour alone.
QIcon statusIcon(StatusText::Tone tone);
} // namespace UiResources
