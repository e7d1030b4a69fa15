#include "ClipboardGuard.h"

#include <QClipboard>
#include <QGuiApplication>

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    m_clearTimer.setSingleShot(true);
    m_clearTimer.setInterval(kClearAfter);
    connect(&m_clearTimer, &QTimer::timeout, this, &ClipboardGuard::clearIfStillHeld);
}

ClipboardGuard::~ClipboardGuard()
{
    if (m_clearTimer.isActive())
        clearIfStillHeld();
}

void ClipboardGuard::copy(const QString &text)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void ClipboardGuard::copySensitive(const QString &text)
{
    copy(text);
    m_sensitive = text;
    m_clearTimer.start();
}

void ClipboardGuard::clearIfStillHeld()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard && !m_sensitive.isEmpty() && clipboard->text() == m_sensitive)
        clipboard->clear();
    m_sensitive.clear();
}
