#include "ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

QRect ScreenFit::availableGeometry(const QWidget *widget)
{
    // A window not shown yet reports its parent's screen, or the primary one.
    const QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

void ScreenFit::fitToScreen(QWidget *window)
{
    const QRect available = availableGeometry(window);
    if (available.isEmpty())
        return;
    const QSize room = (available.size() - kFrame).expandedTo(QSize(1, 1));
    if (window->width() > room.width() || window->height() > room.height())
        window->resize(window->size().boundedTo(room));
}
