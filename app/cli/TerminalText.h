#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Vendor text made safe for a terminal. An answer carrying ESC sequences could retitle the window,
// clear the screen, hide text or (with some terminals) answer back; a carriage return or line feed
// inside a value could overwrite a line or forge one ("kyc: approved"). Control characters — C0
// (including CR, LF and TAB inside a value), DEL, C1 — and the bidirectional overrides that reorder
// what is shown are replaced with visible escapes: \x1b, \r, \n, \u202e.
namespace TerminalText {

// One value on one line: every unsafe character escaped, line feeds included.
QString escapeValue(QStringView text);
// A program's own output (UTF-8): the same, except that line feeds and tabs are kept, since they
// are the output's own layout.
QByteArray escapeOutput(QByteArrayView utf8);
bool isUnsafe(char32_t c);

} // namespace TerminalText
