#pragma once

#include "StatusColours.h"

#include <functional>
#include <QObject>

class QWidget;

// Keeps a widget in the colours of the palette in use: its style sheet set now from
// StatusColours, and set again whenever the application's palette changes (the theme in View →
// Theme, or the system's). Every widget with a status or notice colour goes through here, so none
// keeps light colours on a dark palette.
class PaletteStyle : public QObject
{
    Q_OBJECT

public:
    using Sheet = std::function<QString(const StatusColours &colours)>;

    // A second call on the same widget replaces the sheet; an empty result clears the style sheet.
    static void follow(QWidget *widget, Sheet sheet);
    // The text in the colour of `tone` ("color:#…;"), bold if asked.
    static void followTone(QWidget *widget, StatusText::Tone tone, bool bold = false);
    // For colours that are no style sheet (a chart): `restyle` now and after each palette change.
    static void watch(QWidget *widget, std::function<void()> restyle);
    // After the widget's own state changed what the sheet says (a badge's tone).
    static void refresh(QWidget *widget);
    // "#rrggbb", for a style sheet.
    static QString name(const QColor &colour);
    // "color:#…; background:#…; border:1px solid #…;" of a fill.
    static QString fill(const StatusColours::Fill &fill);

    ~PaletteStyle() override;
    // The sheet (and restyle) again from the palette now.
    void apply();

private:
    explicit PaletteStyle(QWidget *widget);
    static PaletteStyle *of(QWidget *widget);

    QWidget *m_widget;
    Sheet m_sheet;
    std::function<void()> m_restyle;
};
