#include "DocumentField.h"

#include "CustomerRequestValidator.h"
#include "DocumentEncoder.h"

#include <QBuffer>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPdfDocument>
#include <QProgressBar>
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

} // namespace

DocumentField::DocumentField(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_maxBytes(CustomerRequestValidator::kDefaultMaxDocumentBytes)
    , m_titleLabel(new QLabel(title, this))
    , m_statusLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_previewLabel(new QLabel(this))
    , m_showPreviewButton(new QToolButton(this))
    , m_chooseButton(new QPushButton(tr("Choose file…"), this))
    , m_removeButton(new QPushButton(tr("Remove"), this))
    , m_encodeProgress(new QProgressBar(this))
    , m_encoder(new DocumentEncoder(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_problemLabel->setObjectName(u"problemLabel"_s);
    m_problemLabel->setStyleSheet(u"color: #b00020;"_s);
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
    m_chooseButton->setObjectName(u"chooseFilePushButton"_s);
    m_removeButton->setObjectName(u"removePushButton"_s);
    m_removeButton->hide();
    m_encodeProgress->setObjectName(u"encodeProgressBar"_s);
    m_encodeProgress->setRange(0, 100);
    m_encodeProgress->setFormat(tr("Encoding %p%"));
    m_encodeProgress->hide();
    m_statusLabel->setText(tr("No file — choose one or drop a PDF, JPEG or PNG here (up to %1)")
                               .arg(QLocale().formattedDataSize(m_maxBytes)));
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
    layout->addWidget(m_showPreviewButton, 2, 2);
    layout->addWidget(m_encodeProgress, 3, 0, 1, 3);
    layout->addWidget(m_problemLabel, 4, 0, 1, 3);
    layout->addWidget(m_previewLabel, 0, 3, 5, 1);
    layout->setColumnStretch(2, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &DocumentField::chooseFile);
    connect(m_removeButton, &QPushButton::clicked, this, &DocumentField::clear);
    connect(m_showPreviewButton, &QToolButton::toggled, this, &DocumentField::updatePreviewLabel);
    connect(m_encoder, &DocumentEncoder::progress, m_encodeProgress, &QProgressBar::setValue);
    connect(m_encoder, &DocumentEncoder::finished, this, [this](const QByteArray &base64) {
        if (m_document)
            m_document->base64 = base64;
        m_encoding = false;
        m_encodeProgress->hide();
        Q_EMIT encodingFinished();
        Q_EMIT changed();
    });
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

QString DocumentField::loadFile(const QString &path)
{
    QByteArray content;
    const DocumentInspector::Check check = DocumentInspector::checkFile(path, m_maxBytes, &content);
    if (!check.ok()) {
        // The previous document (if any) stays: a bad drop must not lose a good file.
        showProblem(check.problem);
        return check.problem;
    }
    accept({ QFileInfo(path).fileName(), std::move(content), {} }, check.type);
    return {};
}

void DocumentField::setDocument(const std::optional<DocumentUpload> &document)
{
    if (!document) {
        clear();
        return;
    }
    const DocumentInspector::Check check = DocumentInspector::check(document->content, m_maxBytes);
    accept(*document, check.type);
    if (!check.ok())
        showProblem(check.problem);
}

void DocumentField::clear()
{
    m_encoder->cancel();
    m_encoding = false;
    m_document.reset();
    m_preview = {};
    m_type = DocumentInspector::Type::Unknown;
    m_statusLabel->setText(tr("No file — choose one or drop a PDF, JPEG or PNG here (up to %1)")
                               .arg(QLocale().formattedDataSize(m_maxBytes)));
    m_removeButton->hide();
    m_showPreviewButton->hide();
    m_showPreviewButton->setChecked(false);
    m_previewLabel->hide();
    m_encodeProgress->hide();
    showProblem({});
    Q_EMIT changed();
}

std::optional<DocumentUpload> DocumentField::document() const
{
    return m_document;
}

bool DocumentField::isEncoding() const
{
    // Until finished() has been handled (and the base64 stored), not merely until the worker ends.
    return m_encoding;
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

void DocumentField::accept(DocumentUpload document, DocumentInspector::Type type)
{
    m_type = type;
    const qint64 size = document.content.size();
    const bool needsEncoding = document.base64.isEmpty();
    const QByteArray content = document.content;
    m_document = std::move(document);
    m_statusLabel->setText(
        tr("%1 · %2 · %3")
            .arg(m_document->fileName.isEmpty() ? tr("(from draft)") : m_document->fileName,
                 DocumentInspector::typeName(type), QLocale().formattedDataSize(size)));
    m_removeButton->show();
    m_showPreviewButton->show();
    showProblem({});
    if (needsEncoding) {
        m_encodeProgress->setValue(0);
        m_encodeProgress->show();
        m_encoding = true;
        m_encoder->start(content);
    }
    startPreview();
    Q_EMIT changed();
}

void DocumentField::startPreview()
{
    m_preview = {};
    if (!m_document)
        return;
    m_previewWatcher.setFuture(QtConcurrent::run(renderPreview, m_document->content, m_type));
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
