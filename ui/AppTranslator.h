#pragma once

#include <QLocale>

// The desktop's language: KYC Desk's own catalogue (resources/translations, compiled into this
// library under :/i18n) and Qt's (qtbase_<lang>.qm, the buttons of standard dialogs), for the first
// of a locale's UI languages that KYC Desk speaks. The sources are English, so English needs no
// catalogue, and a language KYC Desk does not speak falls back to English: that is not an error.
class AppTranslator
{
public:
    // Installs the catalogues for `locale` on the application, replacing any installed before, and
    // returns the language the desktop now speaks. QLocale() is the system's: on Unix LANGUAGE, then
    // LC_ALL, LC_MESSAGES and LANG.
    static QLocale::Language install(const QLocale &locale = QLocale());
    // Back to the sources' English.
    static void uninstall();
    // The language install() would choose for `locale`.
    static QLocale::Language languageFor(const QLocale &locale);
};
