#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A non-modal bar above the content for errors and notices: the analyst keeps working while
// it is shown, and the vendor's own message stays readable and selectable for a ticket.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void showError(const QString &text) { showMessage(Level::Error, text); }
    void showInfo(const QString &text) { showMessage(Level::Info, text); }
    QString text() const;
    Level level() const { return m_level; }

private:
    QLabel *m_textLabel;
    QToolButton *m_closeButton;
    Level m_level = Level::Info;
};
