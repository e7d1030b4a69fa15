#include "StatusBadge.h"

#include "UiResources.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kIconLeft = 6;
constexpr int kIconSide = 12;
constexpr int kIconSpace = kIconLeft + kIconSide + 4; // the text starts after the icon and a gap

// A badge's background, text and border in each tone.
QString toneColours(StatusBadge::Tone tone)
{
    switch (tone) {
    case StatusBadge::Tone::Good:
        return u"background:#dff3e4; color:#1d6b34; border:1px solid #8cc79d;"_s;
    case StatusBadge::Tone::Attention:
        return u"background:#fff3d6; color:#7a5200; border:1px solid #e0bb62;"_s;
    case StatusBadge::Tone::Bad:
        return u"background:#fbe0dd; color:#8e1f14; border:1px solid #dc8b81;"_s;
    case StatusBadge::Tone::Neutral:
        break;
    }
    return u"background:#eceff3; color:#39424e; border:1px solid #c3cad3;"_s;
}
} // namespace

StatusBadge::StatusBadge(const QString &caption, QWidget *parent) : QLabel(parent), m_caption(caption)
{
    setTextFormat(Qt::PlainText);
    clearStatus();
}

void StatusBadge::setStatus(const QString &text, Tone tone, const QString &tooltip)
{
    m_status = text;
    m_tone = tone;
    setText(m_caption + u": "_s + text);
    setToolTip(tooltip);
    const QString colours = toneColours(tone);
    setStyleSheet(u"QLabel { border-radius: 9px; padding: 2px 8px 2px "_s + QString::number(kIconSpace)
                  + u"px; "_s + colours + u" }"_s);
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
