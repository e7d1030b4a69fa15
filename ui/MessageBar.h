#pragma once

#include <QFrame>

class QLabel;
class QMenu;
class QPushButton;
class QToolButton;

// A non-modal bar above the content for errors and notices: the analyst keeps working while
// it is shown, and the vendor's own message stays readable and selectable for a ticket.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    // Each message starts without an action; setAction() then adds a button that opens `menu`
    // (a notice that says where to go can take the analyst there).
    void showMessage(Level level, const QString &text);
    void setAction(const QString &text, QMenu *menu);
    void showError(const QString &text) { showMessage(Level::Error, text); }
    void showInfo(const QString &text) { showMessage(Level::Info, text); }
    QString text() const;
    Level level() const { return m_level; }
    // "Error", "Warning" or "Information": what the icon and the colour say, in words.
    QString levelText() const;

private:
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
    Level m_level = Level::Info;
};
