#pragma once

#include <chrono>
#include <QObject>
#include <QString>
#include <QTimer>

// Copies text to the clipboard. A personal value (a revealed account number, an email address)
// is cleared again after 30 s — only if the clipboard still holds it, so whatever the analyst
// copied since is left alone.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kClearAfter { 30 };

    explicit ClipboardGuard(QObject *parent = nullptr);
    ~ClipboardGuard() override; // what it still guards leaves the clipboard with it (the app quits)

    void copy(const QString &text);
    void copySensitive(const QString &text);
    // Tests: a shorter wait.
    void setClearAfter(std::chrono::milliseconds after) { m_clearTimer.setInterval(after); }

private:
    void clearIfStillHeld();

    QString m_sensitive;
    QTimer m_clearTimer;
};
