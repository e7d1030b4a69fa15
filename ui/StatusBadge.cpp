#include "StatusBadge.h"

using namespace Qt::Literals::StringLiterals;

StatusBadge::StatusBadge(const QString &caption, QWidget *parent) : QLabel(parent), m_caption(caption)
{
    setTextFormat(Qt::PlainText);
    clearStatus();
}

void StatusBadge::setStatus(const QString &text, Tone tone, const QString &tooltip)
{
    m_status = text;
    setText(m_caption + u": "_s + text);
    setToolTip(tooltip);
    QString colours;
    switch (tone) {
    case Tone::Good:
        colours = u"background:#dff3e4; color:#1d6b34; border:1px solid #8cc79d;"_s;
        break;
    case Tone::Attention:
        colours = u"background:#fff3d6; color:#7a5200; border:1px solid #e0bb62;"_s;
        break;
    case Tone::Bad:
        colours = u"background:#fbe0dd; color:#8e1f14; border:1px solid #dc8b81;"_s;
        break;
    case Tone::Neutral:
        colours = u"background:#eceff3; color:#39424e; border:1px solid #c3cad3;"_s;
        break;
    }
    setStyleSheet(u"QLabel { border-radius: 9px; padding: 2px 8px; "_s + colours + u" }"_s);
}

void StatusBadge::clearStatus()
{
    setStatus(u"—"_s, Tone::Neutral);
}
