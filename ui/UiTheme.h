#pragma once

#include <QCoreApplication>
#include <QPalette>

class QSettings;

// Light, dark, or whatever the system uses: View → Theme, kept in the settings as
// `appearance/theme`. Light and dark are the Fusion style with a palette of its own (Qt 6.4 has no
// colour scheme hint, so "System" is the style and palette the app started with). Colours with a
// meaning follow the palette through StatusColours either way.
class UiTheme
{
    Q_DECLARE_TR_FUNCTIONS(UiTheme)

public:
    enum class Choice { System, Light, Dark };

    static void apply(Choice choice);
    static Choice current();
    static Choice load(const QSettings &settings);
    static void save(QSettings &settings, Choice choice);
    static QString label(Choice choice); // "&System", "&Light", "&Dark" for the menu

    static QPalette lightPalette();
    static QPalette darkPalette();
};
