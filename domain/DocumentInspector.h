#pragma once

// What a document file really is, from its first bytes (never from its name), and whether it may
// be uploaded. Sphere takes identity, address and company documents as base64; we accept the
// formats analysts actually receive — PDF, JPEG, PNG — and refuse the rest before encoding.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class DocumentInspector
{
    Q_DECLARE_TR_FUNCTIONS(DocumentInspector)

public:
    enum class Type { Unknown, Pdf, Jpeg, Png };

    static Type detect(const QByteArray &head); // needs only the first 8 bytes
    static QString typeName(Type type); // "PDF", "JPEG", "PNG", or "unknown"
    static QString mimeType(Type type); // "application/pdf", …
    // What a file we refuse looks like, for the message ("a ZIP archive (or a Word, Excel or
    // OpenDocument file)", "a text file", …); empty when not recognisable.
    static QString describeUnsupported(const QByteArray &content);
    // A file size as every message about documents writes it ("9.5 MiB"), so the limit in the
    // field and the limit in a refusal read the same.
    static QString formatSize(qint64 bytes);

    struct Check
    {
        Type type = Type::Unknown;
        qint64 size = 0;
        QString problem; // empty when the document may be uploaded; a sentence for the analyst
        bool ok() const { return problem.isEmpty(); }
    };
    // Type and size check on bytes already read.
    static Check check(const QByteArray &content, qint64 maxBytes);
    // Reads the file (unreadable, empty, too big, wrong type each give their own message); on
    // success `content` receives the bytes. Reads no more than maxBytes + 1 bytes.
    static Check checkFile(const QString &path, qint64 maxBytes, QByteArray *content);

private:
    static QString sizeProblem(qint64 size, qint64 maxBytes);
};
