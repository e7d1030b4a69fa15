// The document viewer (issue 17): an identity image or a document at full size, masked until the
// analyst gives a reason (audited like every reveal), then zoom, rotate and pages with the keyboard.
// Opened from the risk panel's identity images and from a document field's "View…".

#include "AuditTrail.h"
#include "DocumentField.h"
#include "DocumentViewerDialog.h"
#include "IdentityTypes.h"
#include "PiiRevealGate.h"
#include "RiskPanel.h"
#include "WorkspaceDatabase.h"

#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// A landscape picture: rotating it a quarter must swap its width and height.
QByteArray pngBytes(QSize size = { 300, 200 })
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, size.width() / 2, size.height(), Qt::darkBlue);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Two pages: the first white with a black band on top, the second entirely black, so a test can
// tell which page is on screen from its pixels.
QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setResolution(72);
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    painter.fillRect(QRect(0, 0, page.width(), page.height() / 4), Qt::black);
    writer.newPage();
    painter.fillRect(page, Qt::black);
    painter.end();
    buffer.close();
    return bytes;
}

int darkness(const QImage &image)
{
    // The share of dark pixels in the image's middle row, in percent.
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int y = rgb.height() / 2;
    int dark = 0;
    for (int x = 0; x < rgb.width(); ++x)
        dark += qGray(rgb.pixel(x, y)) < 64 ? 1 : 0;
    return rgb.width() ? dark * 100 / rgb.width() : 0;
}
} // namespace

class TestDocumentViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace
            = std::make_unique<WorkspaceDatabase>(m_dir.filePath(u"viewer-%1.sqlite"_s.arg(m_round++)));
        m_audit = std::make_unique<AuditTrail>(m_workspace.get(), u"ana"_s);
        m_host = std::make_unique<QWidget>();
        m_gate = new PiiRevealGate(m_audit.get(), m_host.get());
    }

    void cleanup()
    {
        m_host.reset();
        m_audit.reset();
        m_workspace.reset();
    }

    void opensMaskedAndRevealsOnlyWithAReason()
    {
        DocumentViewerDialog viewer(
            { u"Identity document, front"_s, u"identityDocument.front"_s, u"cust_1"_s }, pngBytes(), m_gate);
        viewer.show();
        QApplication::setActiveWindow(&viewer); // its shortcuts act in the active window
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        auto *content = viewer.findChild<QLabel *>(u"documentContentLabel"_s);
        auto *revealButton = viewer.findChild<QPushButton *>(u"revealDocumentPushButton"_s);
        QVERIFY(content && revealButton);
        QVERIFY(!viewer.isRevealed());
        QVERIFY(content->pixmap().isNull());
        QVERIFY(viewer.displayedSize().isEmpty());
        QVERIFY(content->text().contains(u"masked"_s));
        // While masked, the view's keys do nothing (nothing is rendered to zoom).
        QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(viewer.zoom(), 1.0);

        const qsizetype rowsBefore = m_audit->records().value().size();
        m_gate->setReasonProvider([](const QString &) { return std::optional<QString>(); }); // cancelled
        QTest::mouseClick(revealButton, Qt::LeftButton);
        QVERIFY(!viewer.isRevealed());
        QVERIFY(content->pixmap().isNull());
        QCOMPARE(m_audit->records().value().size(), rowsBefore);

        m_gate->setReasonProvider(
            [](const QString &) { return std::optional<QString>(u"Document check"_s); });
        m_gate->setRevealDuration(std::chrono::milliseconds(400));
        QTest::mouseClick(revealButton, Qt::LeftButton);
        QVERIFY(viewer.isRevealed());
        QVERIFY(!content->pixmap().isNull());
        QCOMPARE(viewer.displayedSize(), QSize(300, 200));
        const AuditRecord row = m_audit->records().value().constLast();
        QCOMPARE(row.event.action, u"pii-reveal"_s);
        QCOMPARE(row.event.customerId, u"cust_1"_s);
        QCOMPARE(row.event.detail.value(u"field"_s).toString(), u"identityDocument.front"_s);

        QTRY_VERIFY(!viewer.isRevealed()); // masked again after the gate's time
        QVERIFY(content->pixmap().isNull());
        QVERIFY(revealButton->isEnabled());
    }

    void zoomAndRotateWithTheKeyboard()
    {
        m_gate->setReasonProvider(
            [](const QString &) { return std::optional<QString>(u"Document check"_s); });
        DocumentViewerDialog viewer({ u"Identity selfie"_s, u"identityDocument.selfie"_s, u"cust_1"_s },
                                    pngBytes(), m_gate);
        viewer.show();
        QApplication::setActiveWindow(&viewer); // its shortcuts act in the active window
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        QVERIFY(viewer.reveal());
        QCOMPARE(viewer.pageCount(), 1);
        QCOMPARE(viewer.displayedSize(), QSize(300, 200));

        QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(viewer.displayedSize(), QSize(375, 250));
        QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
        QTest::keyClick(&viewer, Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(viewer.displayedSize(), QSize(240, 160));

        QTest::keyClick(&viewer, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(viewer.rotation(), 90);
        QCOMPARE(viewer.displayedSize(), QSize(160, 240));
        // Turned clockwise: the dark left half is now on top.
        const QImage turned = viewer.displayedImage();
        QVERIFY(qGray(turned.pixel(turned.width() / 2, turned.height() / 4)) < 64);
        QVERIFY(qGray(turned.pixel(turned.width() / 2, turned.height() * 3 / 4)) > 192);
        QTest::keyClick(&viewer, Qt::Key_L, Qt::ControlModifier);
        QTest::keyClick(&viewer, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(viewer.rotation(), 270);
        QCOMPARE(viewer.displayedSize(), QSize(160, 240));

        // Fit: the whole picture in the scroll area, whatever the zoom was.
        QTest::keyClick(&viewer, Qt::Key_0, Qt::ControlModifier);
        const QSize fitted = viewer.displayedSize();
        auto *area = viewer.findChild<QWidget *>(u"documentScrollArea"_s);
        QVERIFY(area);
        QVERIFY2(fitted.height() > 240, qPrintable(u"%1x%2"_s.arg(fitted.width()).arg(fitted.height())));
        QVERIFY(fitted.width() <= area->width() && fitted.height() <= area->height());
        // The tool buttons do what their keys do.
        QTest::mouseClick(viewer.findChild<QWidget *>(u"rotateRightToolButton"_s), Qt::LeftButton);
        QCOMPARE(viewer.rotation(), 0);
        const QSize before = viewer.displayedSize();
        QTest::mouseClick(viewer.findChild<QWidget *>(u"zoomInToolButton"_s), Qt::LeftButton);
        QVERIFY(viewer.displayedSize().width() > before.width());
    }

    void pagesOfAPdf()
    {
        m_gate->setReasonProvider(
            [](const QString &) { return std::optional<QString>(u"Document check"_s); });
        DocumentViewerDialog viewer({ u"Proof of address"_s, u"documents.proofOfAddress"_s, u"cust_1"_s },
                                    twoPagePdf(), m_gate);
        viewer.show();
        QApplication::setActiveWindow(&viewer); // its shortcuts act in the active window
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        QCOMPARE(viewer.pageCount(), 2);
        auto *pageSpinBox = viewer.findChild<QSpinBox *>(u"pageSpinBox"_s);
        QVERIFY(pageSpinBox && pageSpinBox->isVisible());
        QVERIFY(!pageSpinBox->isEnabled()); // masked
        QVERIFY(viewer.reveal());
        QVERIFY(pageSpinBox->isEnabled());
        QCOMPARE(viewer.currentPage(), 0);
        // A6 is 298×420 points: at 100 % a point is 96/72 logical pixels.
        const QSize first = viewer.displayedSize();
        QVERIFY2(qAbs(first.width() - 397) <= 2 && qAbs(first.height() - 560) <= 2,
                 qPrintable(u"%1x%2"_s.arg(first.width()).arg(first.height())));
        QVERIFY(darkness(viewer.displayedImage()) < 10); // page 1: white in the middle

        QTest::keyClick(&viewer, Qt::Key_PageDown);
        QCOMPARE(viewer.currentPage(), 1);
        QCOMPARE(pageSpinBox->value(), 2);
        QVERIFY(darkness(viewer.displayedImage()) > 90); // page 2: black
        QTest::keyClick(&viewer, Qt::Key_PageDown); // no page 3
        QCOMPARE(viewer.currentPage(), 1);
        QTest::keyClick(&viewer, Qt::Key_PageUp);
        QCOMPARE(viewer.currentPage(), 0);
        QVERIFY(darkness(viewer.displayedImage()) < 10);

        // The spin box, typed into.
        pageSpinBox->setFocus();
        pageSpinBox->selectAll();
        QTest::keyClicks(pageSpinBox, u"2"_s);
        QCOMPARE(viewer.currentPage(), 1);
        // Zoom applies to the page shown.
        QTest::keyClick(&viewer, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(viewer.displayedSize().width() > first.width());
    }

    void aDoubleClickOnAnIdentityImageOpensItMasked()
    {
        RiskPanel panel;
        panel.setRevealGate(m_gate);
        IdentityEntity entity;
        entity.documentKyc = IdentityDocumentImages {
            QString::fromLatin1(pngBytes().toBase64()), std::nullopt, std::nullopt, {}
        };
        panel.showIdentity(entity);
        panel.show();
        QApplication::setActiveWindow(&panel);
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        auto *front = panel.findChild<QLabel *>(u"identityFrontImageLabel"_s);
        auto *back = panel.findChild<QLabel *>(u"identityBackImageLabel"_s);
        QVERIFY(front && back);

        // With the keyboard: the image takes the focus and Enter opens it.
        front->setFocus(Qt::TabFocusReason);
        QVERIFY(front->hasFocus());
        QTest::keyClick(front, Qt::Key_Return);
        auto *byKey = panel.findChild<DocumentViewerDialog *>();
        QVERIFY(byKey);
        QVERIFY(!byKey->isRevealed());
        delete byKey;

        // With the mouse: a double-click.
        QTest::mouseDClick(back, Qt::LeftButton); // no back image: nothing to open
        QVERIFY(!panel.findChild<DocumentViewerDialog *>());

        QTest::mouseDClick(front, Qt::LeftButton);
        auto *viewer = panel.findChild<DocumentViewerDialog *>();
        QVERIFY(viewer);
        QVERIFY(!viewer->isRevealed());
        m_gate->setReasonProvider(
            [](const QString &) { return std::optional<QString>(u"Document check"_s); });
        QVERIFY(viewer->reveal());
        QCOMPARE(viewer->displayedSize(), QSize(300, 200));
        QCOMPARE(m_audit->records().value().constLast().event.detail.value(u"field"_s).toString(),
                 u"identityDocument.front"_s);
        viewer->close();
        QTRY_VERIFY(!panel.findChild<DocumentViewerDialog *>());
    }

    void aDocumentFieldOpensItsFileInTheViewer()
    {
        DocumentField field(u"Proof of address"_s);
        auto *viewButton = field.findChild<QPushButton *>(u"viewDocumentPushButton"_s);
        QVERIFY(viewButton);
        field.show();
        QVERIFY(!viewButton->isVisible());
        field.setDocument(DocumentUpload { u"poa.pdf"_s, twoPagePdf(), {} });
        QVERIFY(viewButton->isVisible());
        QTest::mouseClick(viewButton, Qt::LeftButton);
        auto *viewer = field.findChild<DocumentViewerDialog *>();
        QVERIFY(viewer);
        QVERIFY(!viewer->isRevealed()); // hidden like the preview until the analyst asks
        QCOMPARE(viewer->pageCount(), 2);
        QVERIFY(viewer->reveal()); // the analyst's own file: no reason asked
        QVERIFY(!viewer->displayedSize().isEmpty());
    }

    // Not a check: with KYCDESK_VIEWER_SCREENSHOTS=<dir>, the viewer masked, then a PDF page fitted
    // and an image turned, are grabbed to <dir> to look at by eye.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("KYCDESK_VIEWER_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set KYCDESK_VIEWER_SCREENSHOTS to a folder to take them");
        m_gate->setReasonProvider(
            [](const QString &) { return std::optional<QString>(u"Document check"_s); });
        DocumentViewerDialog pdf({ u"Proof of address"_s, u"documents.proofOfAddress"_s, u"cust_1"_s },
                                 twoPagePdf(), m_gate);
        pdf.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pdf));
        QVERIFY(pdf.grab().save(dir + u"/viewer-masked.png"_s));
        QVERIFY(pdf.reveal());
        pdf.fitToWindow();
        QVERIFY(pdf.grab().save(dir + u"/viewer-pdf-fitted.png"_s));
        DocumentViewerDialog image(
            { u"Identity document, front"_s, u"identityDocument.front"_s, u"cust_1"_s }, pngBytes(), m_gate);
        image.show();
        QVERIFY(QTest::qWaitForWindowExposed(&image));
        QVERIFY(image.reveal());
        image.rotateRight();
        image.zoomIn();
        QVERIFY(image.grab().save(dir + u"/viewer-image-rotated.png"_s));
    }

private:
    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<WorkspaceDatabase> m_workspace;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<QWidget> m_host;
    PiiRevealGate *m_gate = nullptr;
};

QTEST_MAIN(TestDocumentViewer)
#include "tst_document_viewer.moc"
