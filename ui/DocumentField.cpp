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
    PaletteStyle::follow(m_problemLabel, [](const StatusColours &colours) -> QString {
        return u"color:%1;"_s.arg(PaletteStyle::name(colours.text(StatusText::Tone::Bad)));
    });
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
    if (!m_document)
        showEmptyStatus();
}

void DocumentField::showEmptyStatus()
{
    m_statusLabel->setText(tr("No file — choose one or drop a PDF, JPEG or PNG here (up to %1)")
                               .arg(DocumentInspector::formatSize(m_maxBytes)));
}

QString DocumentField::loadFile(const QString &path)
{
    QByteArray content;
    const DocumentInspector::Check check = DocumentInspector::checkFile(path, m_maxBytes, &content);
    const QString problem = check.ok() ? undecodableImageProblem(content, check.type) : check.problem;
    if (!problem.isEmpty()) {
        // The previous document (if any) stays: a bad drop must not lose a good file. The form
        // still hears of it, so the refusal blocks the submit at once.
        showProblem(problem);
        Q_EMIT changed();
        return problem;
    }
    accept({ QFileInfo(path).fileName(), std::move(content), check.type });
    return {};
}

void DocumentField::setDocument(const std::optional<DocumentUpload> &document)
{
    if (!document) {
        clear();
        return;
    }
    const DocumentInspector::Check check = DocumentInspector::check(document->content, m_maxBytes);
    DocumentUpload inspected = *document;
    inspected.type = check.type;
    accept(std::move(inspected));
    const QString problem
        = check.ok() ? undecodableImageProblem(document->content, check.type) : check.problem;
    if (!problem.isEmpty())
        showProblem(problem);
}

void DocumentField::clear()
{
    m_document.reset();
    m_preview = {};
    showEmptyStatus();
    m_removeButton->hide();
    m_showPreviewButton->hide();
    m_showPreviewButton->setChecked(false);
    m_viewButton->hide();
    m_previewLabel->hide();
    showProblem({});
    Q_EMIT changed();
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
    const qint64 size = document.content.size();
    const DocumentInspector::Type type = document.type;
    m_document = std::move(document);
    m_statusLabel->setText(
        tr("%1 · %2 · %3")
            .arg(m_document->fileName.isEmpty() ? tr("(from draft)") : m_document->fileName,
                 DocumentInspector::typeName(type), DocumentInspector::formatSize(size)));
    m_removeButton->show();
    m_showPreviewButton->show();
    m_viewButton->show();
    showProblem({});
    startPreview();
    Q_EMIT changed();
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
        m_previewLabel->setText(m_previewWatcher.isRunning() ? tr("Rendering…") : tr("No preview"));
    else
        m_previewLabel->setPixmap(QPixmap::fromImage(m_preview));
}

void DocumentField::showProblem(const QString &problem)
{
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}
