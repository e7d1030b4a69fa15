#include "TerminalText.h"

using namespace Qt::Literals::StringLiterals;

namespace TerminalText {

bool isUnsafe(char32_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) // C0, DEL, C1
        || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) // bidi embeddings, overrides, isolates
        || c == 0x200e || c == 0x200f || c == 0x061c; // direction marks
}

namespace {

QString escaped(char32_t c)
{
    switch (c) {
    case U'\n':
        return u"\\n"_s;
    case U'\r':
        return u"\\r"_s;
    case U'\t':
        return u"\\t"_s;
    default:
        break;
    }
    if (c < 0x100)
        return u"\\x"_s + QString::number(uint(c), 16).rightJustified(2, u'0');
    return u"\\u"_s + QString::number(uint(c), 16).rightJustified(4, u'0');
}

QString escape(QStringView text, bool keepLayout)
{
    QString out;
    out.reserve(text.size());
    // Every unsafe character is in the BMP, so UTF-16 units can be judged one by one
    // (surrogate halves are never unsafe and pass through in pairs).
    for (const QChar ch : text) {
        const char32_t c = ch.unicode();
        if (isUnsafe(c) && !(keepLayout && (c == U'\n' || c == U'\t')))
            out += escaped(c);
        else
            out += ch;
    }
    return out;
}

} // namespace

QString escapeValue(QStringView text)
{
    return escape(text, false);
}

QByteArray escapeOutput(QByteArrayView utf8)
{
    // Fast path: most output has no byte that could start an unsafe character.
    bool plain = true;
    for (const char byte : utf8) {
        const auto b = static_cast<unsigned char>(byte);
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f || b == 0xc2 || b == 0xe2 || b == 0xd8) {
            plain = false;
            break;
        }
    }
    if (plain)
        return utf8.toByteArray();
    return escape(QString::fromUtf8(utf8), true).toUtf8();
}

} // namespace TerminalText
