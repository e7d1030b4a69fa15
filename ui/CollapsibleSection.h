#pragma once

#include <QWidget>

class QToolButton;

// A titled part of a pane that the analyst folds away to give its room to the rest (on a laptop's
// screen the detail pane is short). Unfolded at first; the title stays as a one-line button.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    CollapsibleSection(const QString &title, QWidget *content, QWidget *parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggleButton() const { return m_toggle; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    QToolButton *m_toggle;
    QWidget *m_content;
    bool m_expanded = true;
};
