#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Windows no larger than the screen they open on. Sizes are chosen for a large monitor; on a
// laptop's 1024×700, or 1366×768 at a scale of 1.5 (about 910×512 logical pixels), a window taller
// than the screen hides its buttons and status bar below the edge, where no window manager brings
// them back.
namespace ScreenFit {
// What a window manager adds around a window: its frame and title bar.
inline constexpr QSize kFrame { 16, 40 };
// The free part (without panels) of the screen `widget` shows on, or of the primary screen.
QRect availableGeometry(const QWidget *widget);
// Shrinks the top-level `window` to the free part of its screen, frame included; never grows it.
void fitToScreen(QWidget *window);
} // namespace ScreenFit
