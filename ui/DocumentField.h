#pragma once

#include "DocumentInspector.h"
#include "SphereRequestTypes.h"

#include <optional>
#include <QFrame>
#include <QFutureWatcher>
#include <QImage>

class DocumentEncoder;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

// One base64 document of a request (identity front/back, proof of address, incorporation, …):
// pick a file or drop one, see its real type (magic bytes) and size checked against the limit,
// a preview (image thumbnail or the first PDF page, hidden until the analyst reveals it —
// documents are PII), and the base64 encoding progress; encoding runs off the UI thread.
class DocumentField : public QFrame
{
    Q_OBJECT

public:
    explicit DocumentField(const QString &title, QWidget *parent = nullptr);
    ~DocumentField() override;

    void setMaxBytes(qint64 maxBytes) { m_maxBytes = maxBytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    // Reads and checks the file; a problem is shown next to the field and returned.
    QString loadFile(const QString &path);
    void setDocument(const std::optional<DocumentUpload> &document);
    void clear();

    std::optional<DocumentUpload> document() const; // with base64 once encoding has finished
    bool hasDocument() const { return m_document.has_value(); }
    bool isEncoding() const;
    QString problem() const { return m_problem; }
    bool isPreviewShown() const;
    QImage previewImage() const { return m_preview; }

Q_SIGNALS:
    void changed();
    void encodingFinished();
    void previewReady();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void accept(DocumentUpload document, DocumentInspector::Type type);
    void startPreview();
    void updatePreviewLabel();
    void showProblem(const QString &problem);

    qint64 m_maxBytes;
    std::optional<DocumentUpload> m_document;
    DocumentInspector::Type m_type = DocumentInspector::Type::Unknown;
    QString m_problem;
    QImage m_preview;
    bool m_encoding = false;

    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QLabel *m_problemLabel;
    QLabel *m_previewLabel;
    QToolButton *m_showPreviewButton;
    QPushButton *m_chooseButton;
    QPushButton *m_removeButton;
    QProgressBar *m_encodeProgress;
    DocumentEncoder *m_encoder;
    QFutureWatcher<QImage> m_previewWatcher;
};
