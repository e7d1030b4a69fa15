#include "DocumentViewerDialog.h"

#include "DocumentInspector.h"
#include "PiiRevealGate.h"

#include <algorithm>
#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPixmap>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;
// A page rasterised bigger than this would take hundreds of megabytes for no legible gain.
constexpr int kMaxRenderedSide = 8000;
// PDF sizes are in points (1/72 in); a page at 100% is shown at the desktop's 96 logical dpi.
constexpr qreal kPixelsPerPoint = 96.0 / 72.0;

QToolButton *toolButton(QAction *action, const QString &name, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text().remove(u'&'));
    button->setAccessibleDescription(action->toolTip());
    return button;
}
} // namespace

DocumentViewerDialog::DocumentViewerDialog(const Subject &subject, const QByteArray &bytes,
                                           PiiRevealGate *gate, QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_bytes(bytes)
    , m_gate(gate)
    , m_scrollArea(new QScrollArea(this))
    , m_contentLabel(new QLabel(m_scrollArea))
    , m_revealButton(new QPushButton(tr("&Reveal…"), this))
    , m_zoomLabel(new QLabel(this))
    , m_pageLabel(new QLabel(tr("&Page:"), this))
    , m_pageSpinBox(new QSpinBox(this))
    , m_pageCountLabel(new QLabel(this))
    , m_remaskTimer(new QTimer(this))
{
    setObjectName(u"documentViewerDialog"_s);
    setWindowTitle(tr("View %1").arg(subject.title));

    if (DocumentInspector::detect(bytes) == DocumentInspector::Type::Pdf) {
        m_pdf = new QPdfDocument(this);
        auto *buffer = new QBuffer(&m_bytes, this);
        buffer->open(QIODevice::ReadOnly);
        m_pdf->load(buffer);
        if (m_pdf->status() == QPdfDocument::Status::Ready)
            m_pageCount = m_pdf->pageCount();
    } else {
        m_image = QImage::fromData(bytes);
        m_pageCount = m_image.isNull() ? 0 : 1;
    }

    auto makeAction = [this](const QString &text, const QString &toolTip, const QList<QKeySequence> &keys,
                             void (DocumentViewerDialog::*slot)()) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setToolTip(toolTip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // the shortcuts work wherever the focus is in the dialog
        m_viewActions << action;
        return action;
    };
    QAction *zoomIn
        = makeAction(tr("Zoom in"), tr("Show the document larger (Ctrl++)"),
                     { QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s) }, &DocumentViewerDialog::zoomIn);
    QAction *zoomOut = makeAction(tr("Zoom out"), tr("Show the document smaller (Ctrl+-)"),
                                  { QKeySequence::ZoomOut }, &DocumentViewerDialog::zoomOut);
    QAction *fit = makeAction(tr("Fit"), tr("Fit the whole page in the window (Ctrl+0)"),
                              { QKeySequence(u"Ctrl+0"_s) }, &DocumentViewerDialog::fitToWindow);
    QAction *rotateLeft
        = makeAction(tr("Rotate left"), tr("Turn the document a quarter anticlockwise (Ctrl+L)"),
                     { QKeySequence(u"Ctrl+L"_s) }, &DocumentViewerDialog::rotateLeft);
    QAction *rotateRight
        = makeAction(tr("Rotate right"), tr("Turn the document a quarter clockwise (Ctrl+R)"),
                     { QKeySequence(u"Ctrl+R"_s) }, &DocumentViewerDialog::rotateRight);
    auto pageStep = [this](int step) { setPage(m_page + step); };
    auto *previousPage = new QAction(tr("Previous page"), this);
    previousPage->setShortcut(QKeySequence(Qt::Key_PageUp));
    connect(previousPage, &QAction::triggered, this, [pageStep] { pageStep(-1); });
    auto *nextPage = new QAction(tr("Next page"), this);
    nextPage->setShortcut(QKeySequence(Qt::Key_PageDown));
    connect(nextPage, &QAction::triggered, this, [pageStep] { pageStep(1); });
    addAction(previousPage);
    addAction(nextPage);
    m_viewActions << previousPage << nextPage;

    m_zoomOutButton = toolButton(zoomOut, u"zoomOutToolButton"_s, this);
    m_zoomInButton = toolButton(zoomIn, u"zoomInToolButton"_s, this);
    m_fitButton = toolButton(fit, u"fitToolButton"_s, this);
    m_rotateLeftButton = toolButton(rotateLeft, u"rotateLeftToolButton"_s, this);
    m_rotateRightButton = toolButton(rotateRight, u"rotateRightToolButton"_s, this);

    m_revealButton->setObjectName(u"revealDocumentPushButton"_s);
    m_revealButton->setToolTip(gate ? tr("Asks why you need to see it; the reveal goes to the audit trail.")
                                    : tr("Shows the file you chose."));
    m_revealButton->setAccessibleDescription(m_revealButton->toolTip());
    connect(m_revealButton, &QPushButton::clicked, this, &DocumentViewerDialog::reveal);

    m_zoomLabel->setObjectName(u"zoomLabel"_s);
    m_pageSpinBox->setObjectName(u"pageSpinBox"_s);
    m_pageSpinBox->setRange(1, std::max(1, m_pageCount));
    m_pageSpinBox->setAccessibleName(tr("Page"));
    m_pageSpinBox->setAccessibleDescription(tr("The page shown (Page Up / Page Down)"));
    m_pageLabel->setBuddy(m_pageSpinBox);
    m_pageCountLabel->setObjectName(u"pageCountLabel"_s);
    m_pageCountLabel->setText(tr("of %1").arg(m_pageCount));
    connect(m_pageSpinBox, &QSpinBox::valueChanged, this, [this](int page) { setPage(page - 1); });

    m_contentLabel->setObjectName(u"documentContentLabel"_s);
    m_contentLabel->setAlignment(Qt::AlignCenter);
    m_contentLabel->setWordWrap(true);
    m_contentLabel->setAccessibleName(subject.title);
    m_scrollArea->setObjectName(u"documentScrollArea"_s);
    m_scrollArea->setWidget(m_contentLabel);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setAlignment(Qt::AlignCenter);
    m_scrollArea->setAccessibleName(tr("Document"));
    m_scrollArea->setAccessibleDescription(tr("The document; scroll with the arrow keys"));

    m_remaskTimer->setSingleShot(true);
    connect(m_remaskTimer, &QTimer::timeout, this, &DocumentViewerDialog::mask);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_revealButton);
    tools->addSpacing(12);
    tools->addWidget(m_zoomOutButton);
    tools->addWidget(m_zoomLabel);
    tools->addWidget(m_zoomInButton);
    tools->addWidget(m_fitButton);
    tools->addSpacing(12);
    tools->addWidget(m_rotateLeftButton);
    tools->addWidget(m_rotateRightButton);
    tools->addStretch(1);
    tools->addWidget(m_pageLabel);
    tools->addWidget(m_pageSpinBox);
    tools->addWidget(m_pageCountLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"documentViewerButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_scrollArea, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    mask();
}

DocumentViewerDialog::~DocumentViewerDialog() = default;

QSize DocumentViewerDialog::displayedSize() const
{
    if (m_shown.isNull())
        return {};
    return (QSizeF(m_shown.size()) / m_shown.devicePixelRatio()).toSize();
}

QImage DocumentViewerDialog::displayedImage() const
{
    return m_shown;
}

bool DocumentViewerDialog::reveal()
{
    if (m_revealed)
        return true;
    if (m_gate && !m_gate->askToReveal(m_subject.title, m_subject.auditField, m_subject.customerId))
        return false;
    m_revealed = true;
    if (m_gate)
        m_remaskTimer->start(m_gate->revealDuration());
    render();
    updateControls();
    if (m_revealed)
        m_scrollArea->setFocus(); // the arrow keys scroll what was just revealed
    return true;
}

void DocumentViewerDialog::mask()
{
    m_revealed = false;
    m_remaskTimer->stop();
    m_shown = {};
    m_contentLabel->setPixmap({});
    m_contentLabel->setText(tr("%1 — masked.\nPress “Reveal…” to see it.").arg(m_subject.title));
    updateControls();
}

void DocumentViewerDialog::zoomIn()
{
    setZoom(m_zoom * kZoomStep);
}

void DocumentViewerDialog::zoomOut()
{
    setZoom(m_zoom / kZoomStep);
}

void DocumentViewerDialog::setZoom(qreal zoom)
{
    // Never beyond what can be rasterised: the biggest side stays under kMaxRenderedSide.
    const QSize atOne = pageSizeAtZoom(m_page, 1.0);
    const qreal largest = std::max(1, std::max(atOne.width(), atOne.height()));
    const qreal maxZoom = std::min(kMaxZoom, kMaxRenderedSide / (largest * devicePixelRatio()));
    m_zoom = std::clamp(zoom, kMinZoom, std::max(kMinZoom, maxZoom));
    render();
    updateControls();
}

void DocumentViewerDialog::fitToWindow()
{
    QSize atOne = pageSizeAtZoom(m_page, 1.0);
    if (atOne.isEmpty())
        return;
    if (m_rotation % 180 != 0)
        atOne.transpose();
    const QSize room = m_scrollArea->viewport()->size() - QSize(4, 4);
    setZoom(std::min(qreal(room.width()) / atOne.width(), qreal(room.height()) / atOne.height()));
}

void DocumentViewerDialog::rotateLeft()
{
    m_rotation = (m_rotation + 270) % 360;
    render();
}

void DocumentViewerDialog::rotateRight()
{
    m_rotation = (m_rotation + 90) % 360;
    render();
}

void DocumentViewerDialog::setPage(int page)
{
    if (m_pageCount < 1)
        return;
    page = std::clamp(page, 0, m_pageCount - 1);
    if (page == m_page)
        return;
    m_page = page;
    render();
    updateControls();
}

QSize DocumentViewerDialog::pageSizeAtZoom(int page, qreal zoom) const
{
    if (m_pdf)
        return m_pageCount > 0 ? (m_pdf->pagePointSize(page) * kPixelsPerPoint * zoom).toSize() : QSize();
    return (QSizeF(m_image.size()) * zoom).toSize();
}

void DocumentViewerDialog::render()
{
    if (!m_revealed)
        return; // nothing of a masked document is ever rasterised
    if (m_pageCount < 1) {
        m_shown = {};
        m_contentLabel->setPixmap({});
        m_contentLabel->setText(
            tr("%1 cannot be shown: it is neither an image nor a PDF this program can read.")
                .arg(m_subject.title));
        return;
    }
    const qreal dpr = devicePixelRatio();
    const QSize logical = pageSizeAtZoom(m_page, m_zoom).expandedTo(QSize(1, 1));
    const QSize device = (QSizeF(logical) * dpr).toSize();
    QImage page;
    if (m_pdf) {
        // PDFium leaves unpainted paper transparent: on white, as printed, not on the theme's window colour.
        page = QImage(device, QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        QPainter painter(&page);
        painter.drawImage(0, 0, m_pdf->render(m_page, device));
    } else {
        page = m_image.scaled(device, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    if (m_rotation != 0)
        page = page.transformed(QTransform().rotate(m_rotation));
    page.setDevicePixelRatio(dpr);
    m_shown = page;
    m_contentLabel->setText({});
    m_contentLabel->setPixmap(QPixmap::fromImage(page));
}

void DocumentViewerDialog::updateControls()
{
    const bool shown = m_revealed && m_pageCount > 0;
    for (QAction *action : std::as_const(m_viewActions))
        action->setEnabled(shown);
    m_revealButton->setEnabled(!m_revealed);
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_zoom * 100)));
    m_pageSpinBox->setEnabled(shown && m_pageCount > 1);
    {
        const QSignalBlocker blocker(m_pageSpinBox);
        m_pageSpinBox->setValue(m_page + 1);
    }
    m_pageLabel->setVisible(m_pageCount > 1);
    m_pageSpinBox->setVisible(m_pageCount > 1);
    m_pageCountLabel->setVisible(m_pageCount > 1);
}
