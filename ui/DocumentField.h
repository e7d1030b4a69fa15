#pragma once

#include "DocumentInspector.h"
#include "SphereRequestTypes.h"

#include <functional>
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
// base64 is left to the submit path, which encodes each document once. Reading and checking a file
// (a 20 MB scan is decoded to prove it is not damaged) runs on a worker thread: the window stays
// live, the form waits for the verdict before it sends, and the latest pick is the one that counts.
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

    // Reads and checks the file off the UI thread; checked() tells the verdict. The document held
    // until then stays, and stays for good if the file is refused. A pick while another is being
    // checked replaces it: the earlier verdict is dropped.
    void loadFile(const QString &path);
    // A document from a draft is the value at once (the draft is saved again as it was) and is
    // checked off the UI thread; one found wrong stays, with its problem shown.
    void setDocument(const std::optional<DocumentUpload> &document);
    // Also drops a check in progress.
    void clear();

    std::optional<DocumentUpload> document() const { return m_document; }
    bool hasDocument() const { return m_document.has_value(); }
    QString problem() const { return m_problem; }
    // A file is being read and checked; the form must not send until checked().
    bool isChecking() const { return m_checking; }
    // What keeps the form from sending this field: the file's problem, or that it is still being
    // checked. Empty when nothing does.
    QString issue() const;
    bool isPreviewShown() const;
    QImage previewImage() const { return m_preview; }
    // The document at full size (zoom, rotate, pages), hidden until the analyst reveals it.
    class DocumentViewerDialog *openViewer();

Q_SIGNALS:
    // The value, the problem, or whether a check runs changed.
    void changed();
    // The check of the latest pick ended; `problem` is empty when the file was accepted.
    void checked(const QString &problem);
    void previewReady();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // A worker's verdict on one pick.
    struct Inspection
    {
        bool fromDraft = false;
        DocumentUpload document;
        QString problem;
    };

    void chooseFile();
    void startCheck(const QString &fileName, std::function<Inspection()> inspect);
    void finishCheck();
    void accept(DocumentUpload document);
    void showDocumentStatus();
    void startPreview();
    void updatePreviewLabel();
    void showProblem(const QString &problem);
    void showEmptyStatus();

    qint64 m_maxBytes;
    std::optional<DocumentUpload> m_document;
    QString m_problem;
    QImage m_preview;
    bool m_checking = false;

    QLabel *m_titleLabel;
    QLabel *m_statusLabel;
    QLabel *m_problemLabel;
    QLabel *m_previewLabel;
    QToolButton *m_showPreviewButton;
    QPushButton *m_viewButton;
    QPushButton *m_chooseButton;
    QPushButton *m_removeButton;
    QFutureWatcher<QImage> m_previewWatcher;
    QFutureWatcher<Inspection> m_checkWatcher;
};
