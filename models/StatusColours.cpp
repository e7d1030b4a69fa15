#include "StatusColours.h"

#include <cmath>
#include <QGuiApplication>

namespace {
QColor rgb(QRgb value)
{
    return QColor::fromRgb(value);
}
} // namespace

StatusColours StatusColours::forPalette(const QPalette &palette)
{
    return StatusColours(isDark(palette));
}

StatusColours StatusColours::current()
{
    // Without a GUI application (a model in a command-line tool or a guiless test) there is no
    // palette to follow: the light set, for a white page.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return StatusColours(false);
    return forPalette(QGuiApplication::palette());
}

bool StatusColours::isDark(const QPalette &palette)
{
    // The window, not the text: a light theme may well use grey text, never a dark window.
    return palette.color(QPalette::Active, QPalette::Window).lightness() < 128;
}

QColor StatusColours::text(StatusText::Tone tone) const
{
    switch (tone) {
    case StatusText::Tone::Good:
        return rgb(m_dark ? 0x6fcf8a : 0x1d6b34);
    case StatusText::Tone::Attention:
        return rgb(m_dark ? 0xe3b341 : 0x8a5a00);
    case StatusText::Tone::Bad:
        return rgb(m_dark ? 0xff8a80 : 0xa32115);
    case StatusText::Tone::Neutral:
        break;
    }
    return {};
}

QColor StatusColours::muted() const
{
    return rgb(m_dark ? 0xa8adb4 : 0x5f6368);
}

StatusColours::Fill StatusColours::badge(StatusText::Tone tone) const
{
    switch (tone) {
    case StatusText::Tone::Good:
        return m_dark ? Fill { rgb(0x1f3a28), rgb(0x9be3ae), rgb(0x2f6b41) }
                      : Fill { rgb(0xdff3e4), rgb(0x1d6b34), rgb(0x8cc79d) };
    case StatusText::Tone::Attention:
        return m_dark ? Fill { rgb(0x3d3018), rgb(0xf2cc6b), rgb(0x7a5c1c) }
                      : Fill { rgb(0xfff3d6), rgb(0x7a5200), rgb(0xe0bb62) };
    case StatusText::Tone::Bad:
        return m_dark ? Fill { rgb(0x45211f), rgb(0xffb4ab), rgb(0x8c3a33) }
                      : Fill { rgb(0xfbe0dd), rgb(0x8e1f14), rgb(0xdc8b81) };
    case StatusText::Tone::Neutral:
        break;
    }
    return m_dark ? Fill { rgb(0x33373d), rgb(0xd5d9df), rgb(0x50565e) }
                  : Fill { rgb(0xeceff3), rgb(0x39424e), rgb(0xc3cad3) };
}

StatusColours::Fill StatusColours::notice(Notice kind) const
{
    switch (kind) {
    case Notice::Info:
        return m_dark ? Fill { rgb(0x1d2f45), rgb(0xe8eef6), rgb(0x3d6a9e) }
                      : Fill { rgb(0xe7f1fb), rgb(0x1f2328), rgb(0x7fa7d6) };
    case Notice::Warning:
        return m_dark ? Fill { rgb(0x3a3016), rgb(0xf3e6c4), rgb(0x8a6d1f) }
                      : Fill { rgb(0xfff6dd), rgb(0x1f2328), rgb(0xd9b44a) };
    case Notice::Error:
        break;
    }
    return m_dark ? Fill { rgb(0x3f1f1c), rgb(0xf6dcd8), rgb(0x9a463d) }
                  : Fill { rgb(0xfbe9e7), rgb(0x1f2328), rgb(0xd0766b) };
}

StatusColours::Fill StatusColours::environment(Environment kind) const
{
    // The same solid colours on either palette: the banner has to be seen from across the room,
    // and white reads on all three.
    switch (kind) {
    case Environment::Mixed:
        return { rgb(0x8a5300), Qt::white, rgb(0x8a5300) };
    case Environment::Production:
        return { rgb(0xb3261e), Qt::white, rgb(0xb3261e) };
    case Environment::TestData:
        break;
    }
    return { rgb(0x2e7d32), Qt::white, rgb(0x2e7d32) };
}

double StatusColours::luminance(const QColor &colour)
{
    const auto channel
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double StatusColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
