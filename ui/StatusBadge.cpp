#include "StatusBadge.h"

#include "PaletteStyle.h"
#include "UiResources.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kIconLeft = 6;
constexpr int kIconSide = 12;
constexpr int kIconSpace = kIconLeft + kIconSide + 4; // the text starts after the icon and a gap

} // namespace

StatusBadge::StatusBadge(const QString &caption, QWidget *parent) : QLabel(parent), m_caption(caption)
{
    setTextFormat(Qt::PlainText);
    PaletteStyle::follow(this, [this](const StatusColours &colours) -> QString {
        return u"QLabel { border-radius: 9px; padding: 2px 8px 2px "_s + QString::number(kIconSpace)
            + u"px; "_s + PaletteStyle::fill(colours.badge(m_tone)) + u" }"_s;
    });
    clearStatus();
}

void StatusBadge::setStatus(const QString &text, Tone tone, const QString &tooltip)
{
    m_status = text;
    m_tone = tone;
    setText(m_caption + u": "_s + text);
    setToolTip(tooltip);
    PaletteStyle::refresh(this);
}

void StatusBadge::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    const QRect place(kIconLeft, (height() - kIconSide) / 2, kIconSide, kIconSide);
    QPainter painter(this);
    UiResources::statusIcon(m_tone).paint(&painter, place);
}

void StatusBadge::clearStatus()
{
    setStatus(u"—"_s, Tone::Neutral);
}
