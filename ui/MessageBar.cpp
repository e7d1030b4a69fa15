#include "MessageBar.h"

#include "PaletteStyle.h"
#include "UiResources.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_textLabel(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    m_actionButton->setObjectName(u"messageActionButton"_s);
    m_actionButton->hide();
    setObjectName(u"messageBar"_s);
    m_textLabel->setObjectName(u"messageLabel"_s);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(u"messageCloseButton"_s);
    m_closeButton->setText(u"✕"_s);
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss"));
    m_closeButton->setAccessibleDescription(tr("Hide this message"));
    m_iconLabel->setObjectName(u"messageIconLabel"_s);
    m_closeButton->setAutoRaise(true);
    connect(m_closeButton, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_textLabel, 1);
    layout->addWidget(m_actionButton, 0, Qt::AlignTop);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    setFrameShape(QFrame::StyledPanel);
    // The text takes the bar's colour too: the palette's own text would vanish on a light bar in
    // a dark theme.
    PaletteStyle::follow(this, [this](const StatusColours &colours) -> QString {
        const StatusColours::Fill fill
            = colours.notice(m_level == Level::Error         ? StatusColours::Notice::Error
                                 : m_level == Level::Warning ? StatusColours::Notice::Warning
                                                             : StatusColours::Notice::Info);
        return u"#messageBar { background:%1; border:1px solid %2; border-radius: 4px; }"
               "#messageBar QLabel, #messageBar QToolButton { color:%3; }"_s.arg(
                   PaletteStyle::name(fill.background), PaletteStyle::name(fill.border),
                   PaletteStyle::name(fill.text));
    });
    hide();
}

void MessageBar::showMessage(Level level, const QString &text)
{
    m_level = level;
    // The level's shape (cross, triangle, dash) beside the text: the bar's colour is not all that says it.
    const StatusText::Tone tone = level == Level::Error ? StatusText::Tone::Bad
        : level == Level::Warning                       ? StatusText::Tone::Attention
                                                        : StatusText::Tone::Neutral;
    const int side = m_textLabel->fontMetrics().height();
    m_iconLabel->setPixmap(UiResources::statusIcon(tone).pixmap(side, side));
    m_iconLabel->setToolTip(levelText());
    m_iconLabel->setAccessibleName(levelText());
    m_textLabel->setText(text);
    m_textLabel->setAccessibleName(u"%1: %2"_s.arg(levelText(), text));
    m_actionButton->setMenu(nullptr);
    m_actionButton->hide();
    PaletteStyle::refresh(this);
    show();
}

void MessageBar::setAction(const QString &text, QMenu *menu)
{
    m_actionButton->setText(text);
    m_actionButton->setMenu(menu);
    m_actionButton->setVisible(menu != nullptr);
}

QString MessageBar::levelText() const
{
    switch (m_level) {
    case Level::Error:
        return tr("Error");
    case Level::Warning:
        return tr("Warning");
    case Level::Info:
        break;
    }
    return tr("Information");
}

QString MessageBar::text() const
{
    return m_textLabel->text();
}
