#pragma once

#include <QLayout>
#include <QList>

// Items left to right, wrapping onto the next line when the width runs out (Qt's flow layout
// example). Rows of badges and buttons use it so that a narrow pane takes the height it needs
// instead of holding the window wider than a small screen.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int spacingFor(const QLayoutItem *item, Qt::Orientation orientation) const;

    QList<QLayoutItem *> m_items;
};
