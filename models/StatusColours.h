#pragma once

#include "StatusText.h"

#include <QColor>
#include <QPalette>

// The one place every status, notice and warning colour comes from, for the models' text colours
// and the widgets' badges, bars and labels alike. There are two sets, one for a light and one for
// a dark palette, picked by the palette's window lightness; each colour reads at 4.5:1 or better
// (WCAG) on the background it is drawn on (tests/tst_palette_contrast.cpp). The colour never says
// a status alone: the text (and in badges an icon) says it too.
class StatusColours
{
public:
    // A filled area and what is written on it.
    struct Fill
    {
        QColor background;
        QColor text;
        QColor border;
    };
    enum class Notice { Info, Warning, Error };
    enum class Environment { TestData, Production, Mixed };

    static StatusColours forPalette(const QPalette &palette);
    // The application's palette now; widgets and models follow it (QEvent::ApplicationPaletteChange).
    static StatusColours current();
    static bool isDark(const QPalette &palette);

    bool dark() const { return m_dark; }
    // A tone's text on the view's or window's own background (tables, inline messages); invalid for
    // Neutral: the palette's own text colour then.
    QColor text(StatusText::Tone tone) const;
    // Secondary text (ids, "missing") on the window or a view, lighter than Text but still readable.
    QColor muted() const;
    Fill badge(StatusText::Tone tone) const;
    Fill notice(Notice kind) const;
    // Which environment this session works on (the banner and the status bar's label).
    Fill environment(Environment kind) const;
    // A value that differs from another vendor's, tinted in a table.
    Fill differs() const { return badge(StatusText::Tone::Bad); }

    // WCAG 2 relative luminance and contrast ratio (1 to 21).
    static double luminance(const QColor &colour);
    static double contrast(const QColor &a, const QColor &b);

private:
    explicit StatusColours(bool dark) : m_dark(dark) { }
    bool m_dark;
};
