#include "CsvReader.h"

#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

CsvReader::Document CsvReader::parse(const QByteArray &utf8)
{
    Document doc;
    // The default decoder drops a leading byte-order mark, which Excel writes into "CSV UTF-8".
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(utf8);
    if (decoder.hasError()) {
        doc.error = tr("the file is not valid UTF-8 text (save it as \"CSV UTF-8\")");
        doc.errorLine = 1;
        return doc;
    }

    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };
    State state = State::FieldStart;
    QStringList fields;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    bool quotedSeen = false;
    const qsizetype n = text.size();

    const auto fail = [&doc](const QString &message, int atLine) {
        doc.error = message;
        doc.errorLine = atLine;
        doc.records.clear();
        return doc;
    };
    const auto endRecord = [&] {
        fields.append(field);
        field.clear();
        // A line with nothing on it is not a record with one empty field.
        const bool blank = fields.size() == 1 && fields.constFirst().isEmpty() && !quotedSeen;
        if (!blank)
            doc.records.append({ fields, recordLine });
        fields.clear();
        quotedSeen = false;
    };
    // Consumes CRLF, LF or a lone CR at i as one line break.
    const auto skipLineBreak = [&](qsizetype &i) {
        if (text.at(i) == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
            ++i;
        ++i;
        ++line;
    };
    // Outside quotes a comma ends the field and a line break the record; false for any other `c`.
    const auto endFieldOrRecord = [&](QChar c, qsizetype &i) {
        if (c == u',') {
            fields.append(field);
            field.clear();
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            skipLineBreak(i);
            endRecord();
            recordLine = line;
        } else {
            return false;
        }
        state = State::FieldStart;
        return true;
    };

    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                state = State::Quoted;
                quotedSeen = true;
                quoteLine = line;
                ++i;
            } else {
                state = State::Unquoted; // the same character again, as field text
            }
            break;
        case State::Unquoted:
            if (endFieldOrRecord(c, i))
                break;
            if (c == u'"') {
                return fail(tr("a quote inside an unquoted field (field %1): put the whole field in "
                               "quotes and double the quote (\"\")")
                                .arg(fields.size() + 1),
                            line);
            }
            field.append(c);
            ++i;
            break;
        case State::Quoted:
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    i += 2;
                } else {
                    state = State::AfterQuote;
                    ++i;
                }
            } else {
                // Line breaks inside quotes are field content, kept as written; they still move
                // the line count so later errors point at the right line.
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field.append(c);
                ++i;
            }
            break;
        case State::AfterQuote:
            if (!endFieldOrRecord(c, i)) {
                return fail(tr("text after the closing quote of field %1: a quoted field must end at "
                               "a comma or the end of the line")
                                .arg(fields.size() + 1),
                            line);
            }
            break;
        }
    }
    if (state == State::Quoted)
        return fail(tr("a quoted field is never closed (it opens on line %1)").arg(quoteLine), quoteLine);
    // The last record may end without a line break; "a,b," ends with an empty field.
    if (state != State::FieldStart || !fields.isEmpty())
        endRecord();
    return doc;
}

QString CsvReader::formatField(const QString &field)
{
    // A leading U+FEFF would read back as the file's byte order mark when the record starts a file.
    bool needsQuotes = !field.isEmpty()
        && (field.front().isSpace() || field.back().isSpace() || field.front() == QChar(0xFEFF));
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvReader::formatRecord(const QStringList &fields)
{
    // A lone empty field would write a blank line, which readers (this one too) skip.
    if (fields.size() == 1 && fields.constFirst().isEmpty())
        return u"\"\"\r\n"_s;
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out.append(formatField(f));
    return out.join(u',') + u"\r\n"_s;
}

QString CsvReader::spreadsheetSafe(const QString &text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return u'\'' + text;
    return text;
}
