#pragma once

#include "DocumentInspector.h"
#include "SphereRequestTypes.h"

#include <optional>
#include <QFrame>
#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QPushButton;
class QToolButton;

// One document of a request (identity front/back, proof of address, incorporation, …): pick a
// file or drop one, see its real type (magic bytes) and size checked against the limit, and a
// preview (image thumbnail or the first PDF page, rendered off the UI thread and hidden until the
// analyst reveals it — documents are PII). The value is the file's bytes with their inspection;
// base64 is left to the submit path, which encodes each document once.
class DocumentField : public QFrame
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(
        std::optional<DocumentUpload> document READ document WRITE setDocument NOTIFY changed USER true)

public:
    explicit DocumentField(QWidget *parent = nullptr);
    explicit DocumentField(const QString &title, QWidget *parent = nullptr);
    ~DocumentField() override;

    QString title() const;
    void setTitle(const QString &title);
    void setMaxBytes(qint64 maxBytes);
    qint64 maxBytes() const { return m_maxBytes; }

    // Reads and checks the file; a problem is shown next to the field and returned.
    QString loadFile(const QString &path);
    void setDocument(const std::optional<DocumentUpload> &document);
    void clear();

    std::optional<DocumentUpload> document() const { return m_document; }
    bool hasDocument() const { return m_document.has_value(); }
    QString problem() const { return m_problem; }
    bool isPreviewShown() const;
    QImage previewImage() const { return m_preview; }
    // The document at full size (zoom, rotate, pages), hidden until the analyst reveals it.
    class DocumentViewerDialog *openViewer();

Q_SIGNALS:
    void changed();
    void previewReady();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void accept(DocumentUpload document);
    void startPreview();
    void updatePreviewLabel();
    void showProblem(const QString &problem);
    void showEmptyStatus();

    qint64 m_maxBytes;
    std::optional<DocumentUpload> m_document;
    QString m_problem;
    QImage m_preview;

    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QLabel *m_problemLabel;
    QLabel *m_previewLabel;
    QToolButton *m_showPreviewButton;
    QPushButton *m_viewButton;
    QPushButton *m_chooseButton;
    QPushButton *m_removeButton;
    QFutureWatcher<QImage> m_previewWatcher;
};
