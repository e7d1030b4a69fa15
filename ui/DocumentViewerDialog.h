#pragma once

#include <QByteArray>
#include <QDialog>
#include <QImage>

class PiiRevealGate;
class QAction;
class QLabel;
class QPdfDocument;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QToolButton;

// A document or identity image at full size: zoom, rotate, and page through a PDF. It opens masked
// and renders nothing until the analyst reveals it through the same gate as every other personal
// value (a reason, audited, masked again after the gate's time). Without a gate — the analyst's
// own file in a form, not yet anyone's record — the reveal is a plain click, as in DocumentField.
class DocumentViewerDialog : public QDialog
{
    Q_OBJECT

public:
    struct Subject
    {
        QString title; // "Identity document, front"
        QString auditField; // what the audit trail records as revealed, e.g. "identityDocument.front"
        QString customerId;
    };

    DocumentViewerDialog(const Subject &subject, const QByteArray &bytes, PiiRevealGate *gate,
                         QWidget *parent = nullptr);
    ~DocumentViewerDialog() override;

    bool isRevealed() const { return m_revealed; }
    bool isReadable() const { return m_pageCount > 0; }
    int pageCount() const { return m_pageCount; }
    int currentPage() const { return m_page; } // 0-based
    qreal zoom() const { return m_zoom; }
    int rotation() const { return m_rotation; } // 0, 90, 180 or 270 degrees clockwise
    // The shown content in device-independent pixels; empty while masked.
    QSize displayedSize() const;
    QImage displayedImage() const;

    bool reveal(); // asks the gate; true when the content is shown
    void mask();
    void zoomIn();
    void zoomOut();
    void setZoom(qreal zoom);
    void fitToWindow();
    void rotateLeft();
    void rotateRight();
    void setPage(int page);

private:
    QSize pageSizeAtZoom(int page, qreal zoom) const; // before rotation
    void render();
    void updateControls();

    Subject m_subject;
    QByteArray m_bytes;
    PiiRevealGate *m_gate;
    QImage m_image; // an image document; null for a PDF
    QPdfDocument *m_pdf = nullptr;
    int m_pageCount = 0;
    int m_page = 0;
    qreal m_zoom = 1.0;
    int m_rotation = 0;
    bool m_revealed = false;
    QImage m_shown;

    QScrollArea *m_scrollArea;
    QLabel *m_contentLabel;
    QPushButton *m_revealButton;
    QToolButton *m_zoomOutButton;
    QToolButton *m_zoomInButton;
    QToolButton *m_fitButton;
    QToolButton *m_rotateLeftButton;
    QToolButton *m_rotateRightButton;
    QLabel *m_zoomLabel;
    QLabel *m_pageLabel;
    QSpinBox *m_pageSpinBox;
    QLabel *m_pageCountLabel;
    QTimer *m_remaskTimer;
    QList<QAction *> m_viewActions;
};
