#include "CollapsibleSection.h"

#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent), m_toggle(new QToolButton(this)), m_content(content)
{
    m_toggle->setObjectName(u"sectionToggleButton"_s);
    m_toggle->setText(title);
    m_toggle->setAutoRaise(true); // not checkable: a checked button looks pressed; the arrow tells
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!isExpanded()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_content);
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleDescription(expanded ? tr("Expanded") : tr("Collapsed"));
    m_content->setVisible(expanded);
    updateGeometry(); // the pane's layouts give the room to the rest now, also while not shown
    Q_EMIT expandedChanged(expanded);
}
