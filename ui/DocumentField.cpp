#include "DocumentField.h"

#include "CustomerRequestValidator.h"
#include "DocumentViewerDialog.h"
#include "PaletteStyle.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPdfDocument>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPreviewSize = 160;

// Runs on a worker thread: decoding a 10 MB JPEG or rasterising a PDF page takes long enough to
// be felt if done on the UI thread.
QImage renderPreview(QByteArray content, DocumentInspector::Type type)
{
    const QSize box(kPreviewSize, kPreviewSize);
    if (type == DocumentInspector::Type::Pdf) {
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument pdf;
        pdf.load(&buffer);
        if (pdf.status() != QPdfDocument::Status::Ready || pdf.pageCount() < 1)
            return {};
        const QSizeF page = pdf.pagePointSize(0);
        const QSize size = page.isEmpty() ? box : page.scaled(box, Qt::KeepAspectRatio).toSize();
        return pdf.render(0, size);
    }
    QImage image = QImage::fromData(content);
    return image.isNull() ? image : image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

// A JPEG or PNG whose header is right but whose picture cannot be decoded (a damaged or truncated
// file, or random bytes behind a valid header) is refused: Sphere and the analysts reviewing it
// could not read it either. PDFs are left to the preview, which says when it cannot render one.
QString undecodableImageProblem(const QByteArray &content, DocumentInspector::Type type)
{
    if (type != DocumentInspector::Type::Jpeg && type != DocumentInspector::Type::Png)
        return {};
    QBuffer buffer;
    buffer.setData(content);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, type == DocumentInspector::Type::Png ? "png" : "jpeg");
    reader.setAutoTransform(false);
    // A JPEG decoded at an eighth of its size still has every marker and all its entropy-coded data
    // read and checked, without the inverse DCT at full size: a 20 MB scan stalled the window for
    // 150 ms decoding in full, which this check alone does not need.
    if (type == DocumentInspector::Type::Jpeg && reader.size().isValid())
        reader.setScaledSize((reader.size() / 8).expandedTo(QSize(1, 1)));
    if (!reader.read().isNull())
        return {};
    return DocumentField::tr("The file starts like a %1 image but its picture cannot be read (%2): it is "
                             "damaged or not really a %1. Scan or export the document again.")
        .arg(DocumentInspector::typeName(type), reader.errorString());
}

} // namespace

DocumentField::DocumentField(const QString &title, QWidget *parent) : DocumentField(parent)
{
    setTitle(title);
}

DocumentField::DocumentField(QWidget *parent)
    : QFrame(parent)
    , m_maxBytes(CustomerRequestValidator::kDefaultMaxDocumentBytes)
    , m_titleLabel(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_showPreviewButton(new QToolButton(this))
    , m_viewButton(new QPushButton(tr("View…"), this))
    , m_chooseButton(new QPushButton(tr("Choose file…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    PaletteStyle::followTone(m_problemLabel, StatusText::Tone::Bad);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    m_previewLabel->setObjectName(u"previewLabel"_s);
    m_previewLabel->setFixedSize(kPreviewSize, kPreviewSize);
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setFrameShape(QFrame::Box);
    m_previewLabel->hide();
    m_showPreviewButton->setObjectName(u"showPreviewToolButton"_s);
    m_showPreviewButton->setText(tr("Show preview"));
    m_showPreviewButton->setCheckable(true);
    m_showPreviewButton->setToolTip(
        tr("Documents are personal data: the preview stays hidden until you ask."));
    m_showPreviewButton->hide();
    m_viewButton->setObjectName(u"viewDocumentPushButton"_s);
    m_viewButton->setToolTip(tr("Open the document at full size: zoom, rotate and turn pages."));
    m_viewButton->hide();
    m_chooseButton->setObjectName(u"chooseFilePushButton"_s);
    m_removeButton->setObjectName(u"removePushButton"_s);
    m_removeButton->hide();
    showEmptyStatus();
    m_statusLabel->setWordWrap(true);

    auto *layout = new QGridLayout(this);
    auto *title_ = m_titleLabel;
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    layout->addWidget(m_titleLabel, 0, 0, 1, 3);
    layout->addWidget(m_statusLabel, 1, 0, 1, 3);
    layout->addWidget(m_chooseButton, 2, 0);
    layout->addWidget(m_removeButton, 2, 1);
    auto *previewButtons = new QHBoxLayout;
    previewButtons->addWidget(m_showPreviewButton);
    previewButtons->addWidget(m_viewButton);
    previewButtons->addStretch(1);
    layout->addLayout(previewButtons, 2, 2);
    layout->addWidget(m_problemLabel, 3, 0, 1, 3);
    layout->addWidget(m_previewLabel, 0, 3, 4, 1);
    layout->setColumnStretch(2, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &DocumentField::chooseFile);
    connect(m_removeButton, &QPushButton::clicked, this, &DocumentField::clear);
    connect(m_showPreviewButton, &QToolButton::toggled, this, &DocumentField::updatePreviewLabel);
    connect(m_viewButton, &QPushButton::clicked, this, &DocumentField::openViewer);
    connect(&m_previewWatcher, &QFutureWatcher<QImage>::finished, this, [this] {
        m_preview = m_previewWatcher.result();
        updatePreviewLabel();
        Q_EMIT previewReady();
    });
    connect(&m_checkWatcher, &QFutureWatcher<Inspection>::finished, this, &DocumentField::finishCheck);
}

DocumentField::~DocumentField()
{
    m_previewWatcher.waitForFinished();
}

QString DocumentField::title() const
{
    return m_titleLabel->text();
}

void DocumentField::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    // Several fields share "Choose file…": a screen reader says which document each button is for.
    m_chooseButton->setAccessibleDescription(tr("Choose the file for %1").arg(title));
    m_removeButton->setAccessibleDescription(tr("Remove the file chosen for %1").arg(title));
    m_showPreviewButton->setAccessibleDescription(tr("Show or hide the preview of %1").arg(title));
    m_viewButton->setAccessibleDescription(tr("Open %1 at full size").arg(title));
}

DocumentViewerDialog *DocumentField::openViewer()
{
    if (!m_document)
        return nullptr;
    // The analyst's own file, not yet a customer's record: no audited reveal, as for the preview.
    auto *viewer = new DocumentViewerDialog({ title(), {}, {} }, m_document->content, nullptr, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

void DocumentField::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    if (!m_document && !m_checking)
        showEmptyStatus();
}

void DocumentField::showEmptyStatus()
{
    m_statusLabel->setText(tr("No file — choose one or drop a PDF, JPEG or PNG here (up to %1)")
                               .arg(DocumentInspector::formatSize(m_maxBytes)));
}

void DocumentField::loadFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    const qint64 maxBytes = m_maxBytes;
    startCheck(fileName, [path, fileName, maxBytes] {
        Inspection inspection;
        inspection.document.fileName = fileName;
        const DocumentInspector::Check check
            = DocumentInspector::checkFile(path, maxBytes, &inspection.document.content);
        inspection.document.type = check.type;
        inspection.problem
            = check.ok() ? undecodableImageProblem(inspection.document.content, check.type) : check.problem;
        return inspection;
    });
}

void DocumentField::setDocument(const std::optional<DocumentUpload> &document)
{
    if (!document) {
        clear();
        return;
    }
    // The draft's document is the value before its check ends: a draft saved again meanwhile must
    // not lose it, and the form does not send until the check is done.
    m_document = *document;
    m_document->type = DocumentInspector::detect(document->content); // its first bytes, no more
    m_preview = {};
    showDocumentStatus();
    updatePreviewLabel();
    const qint64 maxBytes = m_maxBytes;
    startCheck(document->fileName.isEmpty() ? tr("(from draft)") : document->fileName,
               [draft = *document, maxBytes] {
                   Inspection inspection;
                   inspection.fromDraft = true;
                   inspection.document = draft;
                   const DocumentInspector::Check check = DocumentInspector::check(draft.content, maxBytes);
                   inspection.document.type = check.type;
                   inspection.problem
                       = check.ok() ? undecodableImageProblem(draft.content, check.type) : check.problem;
                   return inspection;
               });
}

void DocumentField::startCheck(const QString &fileName, std::function<Inspection()> inspect)
{
    m_checking = true;
    m_statusLabel->setText(tr("Checking %1…").arg(fileName));
    m_removeButton->show(); // removing drops the check too
    showProblem({}); // a refusal was about an earlier pick
    m_checkWatcher.setFuture(QtConcurrent::run(std::move(inspect)));
    Q_EMIT changed();
}

void DocumentField::finishCheck()
{
    // The watcher hears only of the latest pick (setFuture() drops what an earlier one had queued);
    // a check the analyst removed is no longer wanted either.
    if (!m_checking)
        return;
    Inspection inspection = m_checkWatcher.result();
    m_checking = false;
    if (inspection.problem.isEmpty() || inspection.fromDraft) {
        accept(std::move(inspection.document));
    } else {
        // The previous document (if any) stays: a bad drop must not lose a good file.
        showDocumentStatus();
        updatePreviewLabel();
    }
    // The form hears of a refusal at once, so it blocks the submit.
    showProblem(inspection.problem);
    Q_EMIT changed();
    Q_EMIT checked(inspection.problem);
}

void DocumentField::clear()
{
    m_document.reset();
    m_preview = {};
    m_checking = false; // a check still running answers a pick that is gone
    m_showPreviewButton->setChecked(false);
    showDocumentStatus();
    m_previewLabel->hide();
    showProblem({});
    Q_EMIT changed();
}

QString DocumentField::issue() const
{
    return m_checking ? tr("The file is still being checked.") : m_problem;
}

bool DocumentField::isPreviewShown() const
{
    return m_showPreviewButton->isChecked();
}

void DocumentField::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void DocumentField::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    loadFile(urls.first().toLocalFile());
}

void DocumentField::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Choose %1").arg(m_titleLabel->text()), {},
                                       tr("Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void DocumentField::accept(DocumentUpload document)
{
    m_document = std::move(document);
    showDocumentStatus();
    startPreview();
}

void DocumentField::showDocumentStatus()
{
    const bool has = m_document.has_value();
    if (has) {
        m_statusLabel->setText(
            tr("%1 · %2 · %3")
                .arg(m_document->fileName.isEmpty() ? tr("(from draft)") : m_document->fileName,
                     DocumentInspector::typeName(m_document->type),
                     DocumentInspector::formatSize(m_document->content.size())));
    } else {
        showEmptyStatus();
    }
    m_removeButton->setVisible(has || m_checking);
    m_showPreviewButton->setVisible(has);
    m_viewButton->setVisible(has);
}

void DocumentField::startPreview()
{
    m_preview = {};
    if (!m_document)
        return;
    m_previewWatcher.setFuture(QtConcurrent::run(renderPreview, m_document->content, m_document->type));
}

void DocumentField::updatePreviewLabel()
{
    const bool show = m_showPreviewButton->isChecked() && m_document;
    m_previewLabel->setVisible(show);
    m_showPreviewButton->setText(show ? tr("Hide preview") : tr("Show preview"));
    if (!show) {
        m_previewLabel->clear();
        return;
    }
    if (m_preview.isNull())
        m_previewLabel->setText(m_previewWatcher.isRunning() || m_checking ? tr("Rendering…")
                                                                           : tr("No preview"));
    else
        m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

void DocumentField::showProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}
