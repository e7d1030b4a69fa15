#include "DocumentInspector.h"

#include "EnumTable.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace {
bool startsWith(const QByteArray &head, std::initializer_list<unsigned char> magic, qsizetype offset = 0)
{
    if (head.size() < offset + qsizetype(magic.size()))
        return false;
    qsizetype i = offset;
    for (const unsigned char byte : magic) {
        if (static_cast<unsigned char>(head.at(i++)) != byte)
            return false;
    }
    return true;
}

// Mostly printable UTF-8 with no NUL: what a .txt/.csv/.json/.html someone picked by mistake
// looks like. Only the first few KB are looked at.
bool looksLikeText(const QByteArray &content)
{
    const QByteArray sample = content.left(4096);
    if (sample.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(sample);
    // A multi-byte character cut at the end of the sample is not an error.
    qsizetype bad = 0;
    for (const QChar c : text) {
        if (c == QChar::ReplacementCharacter
            || (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f'))
            ++bad;
    }
    return bad <= 2;
}

// The formats accepted: their names (the same in every language) and MIME types.
struct Format
{
    DocumentInspector::Type value;
    const char16_t *name;
    const char16_t *mimeType;
};
constexpr Format kFormats[] = {
    { DocumentInspector::Type::Pdf, u"PDF", u"application/pdf" },
    { DocumentInspector::Type::Jpeg, u"JPEG", u"image/jpeg" },
    { DocumentInspector::Type::Png, u"PNG", u"image/png" },
};
} // namespace

DocumentInspector::Type DocumentInspector::detect(const QByteArray &head)
{
    if (startsWith(head, { '%', 'P', 'D', 'F', '-' }))
        return Type::Pdf;
    if (startsWith(head, { 0xFF, 0xD8, 0xFF }))
        return Type::Jpeg;
    if (startsWith(head, { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }))
        return Type::Png;
    return Type::Unknown;
}

QString DocumentInspector::typeName(Type type)
{
    const Format *format = findRow(kFormats, type);
    return format ? QString::fromUtf16(format->name) : tr("unknown"); // the only word to translate
}

QString DocumentInspector::mimeType(Type type)
{
    const Format *format = findRow(kFormats, type);
    return format ? QString::fromUtf16(format->mimeType) : u"application/octet-stream"_s;
}

QString DocumentInspector::describeUnsupported(const QByteArray &content)
{
    // The files analysts most often pick by mistake, so the message can say what they picked.
    if (startsWith(content, { 'P', 'K', 0x03, 0x04 }) || startsWith(content, { 'P', 'K', 0x05, 0x06 }))
        return tr("a ZIP archive (or a Word, Excel or OpenDocument file)");
    if (startsWith(content, { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        return tr("an old-style Word or Excel file");
    if (startsWith(content, { '{', '\\', 'r', 't', 'f' }))
        return tr("an RTF document");
    if (startsWith(content, { 'G', 'I', 'F', '8' }))
        return tr("a GIF image");
    if (startsWith(content, { 'I', 'I', 0x2A, 0x00 }) || startsWith(content, { 'M', 'M', 0x00, 0x2A }))
        return tr("a TIFF image");
    if (startsWith(content, { 'R', 'I', 'F', 'F' }) && startsWith(content, { 'W', 'E', 'B', 'P' }, 8))
        return tr("a WebP image");
    if (startsWith(content, { 'f', 't', 'y', 'p', 'h', 'e', 'i' }, 4)
        || startsWith(content, { 'f', 't', 'y', 'p', 'm', 'i', 'f', '1' }, 4))
        return tr("a HEIC photo");
    if (startsWith(content, { 'B', 'M' }) && content.size() >= 26)
        return tr("a BMP image");
    if (startsWith(content, { 0x1F, 0x8B }))
        return tr("a gzip archive");
    if (startsWith(content, { 'R', 'a', 'r', '!' }) || startsWith(content, { '7', 'z', 0xBC, 0xAF }))
        return tr("a RAR or 7-Zip archive");
    if (looksLikeText(content))
        return tr("a text file");
    return {};
}

QString DocumentInspector::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

QString DocumentInspector::sizeProblem(qint64 size, qint64 maxBytes)
{
    // One decimal is enough unless it makes a file just over the limit look equal to it.
    const QString sizeText = formatSize(size);
    const QString limitText = formatSize(maxBytes);
    if (sizeText != limitText)
        return tr("The file is %1; the limit is %2.").arg(sizeText, limitText);
    return tr("The file is %1 bytes; the limit is %2 bytes (%3).")
        .arg(QLocale().toString(size), QLocale().toString(maxBytes), limitText);
}

DocumentInspector::Check DocumentInspector::check(const QByteArray &content, qint64 maxBytes)
{
    Check result;
    result.size = content.size();
    result.type = detect(content);
    if (content.isEmpty()) {
        result.problem = tr("The file is empty.");
    } else if (result.size > maxBytes) {
        result.problem = sizeProblem(result.size, maxBytes);
    } else if (result.type == Type::Unknown) {
        const QString what = describeUnsupported(content);
        result.problem = what.isEmpty()
            ? tr("The file's type is unknown; only PDF, JPEG and PNG documents can be uploaded.")
            : tr("The file is %1, not a PDF, JPEG or PNG document; export or scan it to one of those "
                 "formats.")
                  .arg(what);
    }
    return result;
}

DocumentInspector::Check DocumentInspector::checkFile(const QString &path, qint64 maxBytes,
                                                      QByteArray *content)
{
    Check result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = tr("\"%1\" cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    // A regular file says its size up front: a 2 GB video is refused without reading any of it.
    if (!file.isSequential() && file.size() > maxBytes) {
        result.size = file.size();
        result.type = detect(file.peek(8));
        result.problem = sizeProblem(result.size, maxBytes);
        return result;
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.problem = tr("\"%1\" cannot be read: %2").arg(name, file.errorString());
        return result;
    }
    if (bytes.size() > maxBytes) {
        // A pipe or device that kept going: its full size is unknown, and not worth reading.
        result.size = bytes.size();
        result.type = detect(bytes);
        result.problem = tr("The file is larger than the limit of %1.").arg(formatSize(maxBytes));
        return result;
    }
    result = check(bytes, maxBytes);
    if (result.ok() && content)
        *content = bytes;
    return result;
}
