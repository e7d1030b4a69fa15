#include "DocumentBench.h"

#include "BenchSupport.h"
#include "CustomerSubmitter.h"
#include "DocumentField.h"
#include "HttpTransport.h"
#include "SphereClient.h"

#include <malloc.h>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace {

// The UI thread's longest gap between two ticks of a 2 ms timer while a phase runs (a stall the
// analyst sees as a frozen window), and the highest RSS sampled at each tick.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { tick(); });
    }
    void start()
    {
        m_longestMs = 0;
        m_peakRssKb = bench::procStatusKb("VmRSS:");
        m_sinceTick.start();
        m_timer.start();
    }
    void stop()
    {
        tick();
        m_timer.stop();
    }
    double longestMs() const { return m_longestMs; }
    qint64 peakRssKb() const { return m_peakRssKb; }

private:
    void tick()
    {
        m_longestMs = std::max(m_longestMs, m_sinceTick.nsecsElapsed() / 1e6);
        m_sinceTick.start();
        m_peakRssKb = std::max(m_peakRssKb, bench::procStatusKb("VmRSS:"));
    }

    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    double m_longestMs = 0;
    qint64 m_peakRssKb = 0;
};

// A phone photo's worth of JPEG noise of about `bytes` (noise does not compress, so its size is
// close to the pixels it holds).
QByteArray noiseJpeg(qint64 bytes)
{
    const int side = int(std::sqrt(double(bytes) / 1.98));
    QImage image(side, side, QImage::Format_RGB32);
    QRandomGenerator random(20261206);
    for (int y = 0; y < side; ++y) {
        auto *line = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < side; ++x)
            line[x] = random.generate();
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 100);
    return jpeg;
}

void runFor(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
}

} // namespace

int documentBench(QApplication &app, const QUrl &base, int megabytes)
{
    Q_UNUSED(app);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"passport-scan.jpg"_s);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(noiseJpeg(qint64(megabytes) * 1000 * 1000)) < 0) {
            bench::out() << "bench: could not write the document" << Qt::endl;
            return 1;
        }
    }
    const qint64 documentBytes = QFile(path).size();

    DocumentField field(u"Identity document (front)"_s);
    field.setMaxBytes(qint64(32) * 1024 * 1024);
    field.resize(600, 400);
    field.show();
    runFor(100);
    malloc_trim(0);
    const qint64 baselineKb = bench::procStatusKb("VmRSS:");

    StallProbe probe;
    // Picking: the file read and checked, as Choose file… or a drop does it; the check runs on a
    // worker, so the probe keeps ticking until the verdict is in and the document accepted.
    std::optional<QString> problem;
    QObject::connect(&field, &DocumentField::checked, &field,
                     [&](const QString &verdict) { problem = verdict; });
    probe.start();
    QElapsedTimer phase;
    phase.start();
    field.loadFile(path);
    while (!problem && phase.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double checkMs = phase.nsecsElapsed() / 1e6;
    runFor(50);
    probe.stop();
    const double pickStall = probe.longestMs();
    if (!problem || !problem->isEmpty()) {
        bench::out() << "bench: the document was refused: " << problem.value_or(u"no verdict in 60 s"_s)
                     << Qt::endl;
        return 1;
    }

    // Previewing: the analyst asks for it; rendered off the UI thread.
    probe.start();
    phase.start();
    bool previewed = !field.previewImage().isNull();
    QObject::connect(&field, &DocumentField::previewReady, &field, [&] { previewed = true; });
    if (auto *show = field.findChild<QToolButton *>(u"showPreviewToolButton"_s))
        show->setChecked(true);
    while (!previewed && phase.elapsed() < 60000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double previewMs = phase.nsecsElapsed() / 1e6;
    runFor(50);
    probe.stop();
    const double previewStall = probe.longestMs();

    // Submitting: base64 and the body built on a worker thread, uploaded with progress.
    HttpTransport transport;
    SphereClient client(&transport, bench::sphereEndpoint(base, std::chrono::seconds(300)));
    CustomerSubmitter submitter(&client);
    CustomerRequest request;
    request.type = u"individual"_s;
    request.email = u"document.bench.%1@example.com"_s.arg(QDateTime::currentMSecsSinceEpoch());
    request.firstName = u"Dana"_s;
    request.lastName = u"Document"_s;
    request.phoneNumber = u"+14155550123"_s;
    Address address;
    address.line1 = u"1 Market St"_s;
    address.city = u"San Francisco"_s;
    address.postalCode = u"94107"_s;
    address.state = u"CA"_s;
    address.country = u"USA"_s;
    request.address = address;
    request.dob = DateOfBirth { 23, 3, 1990 };
    request.identityDocumentFront = field.document();
    field.clear(); // the request holds the bytes now, as the form hands them over
    std::optional<QString> failure;
    bool done = false;
    QObject::connect(&submitter, &CustomerSubmitter::succeeded, &submitter, [&] { done = true; });
    QObject::connect(&submitter, &CustomerSubmitter::failed, &submitter,
                     [&](const ApiError &error, const QList<FieldIssue> &) {
                         failure = error.userMessage();
                         done = true;
                     });
    probe.start();
    phase.start();
    submitter.submit(request);
    request = {}; // the submitter keeps what it sends
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    const double submitMs = phase.nsecsElapsed() / 1e6;
    probe.stop();
    const double submitStall = probe.longestMs();
    const qint64 uploadPeakKb = probe.peakRssKb();

    bench::out() << Qt::fixed;
    bench::out().setRealNumberPrecision(1);
    bench::out() << "document:                      " << documentBytes / 1e6 << " MB JPEG (noise), "
                 << "submitted to " << base.toString() << Qt::endl;
    if (failure)
        bench::out() << "bench: the submission failed: " << *failure << Qt::endl;
    bench::out() << "UI thread stall, picking:      " << pickStall << " ms  (target <= 50 ms; checked in "
                 << checkMs << " ms)" << Qt::endl;
    bench::out() << "UI thread stall, previewing:   " << previewStall << " ms  (target <= 50 ms; preview in "
                 << previewMs << " ms)" << Qt::endl;
    bench::out() << "UI thread stall, submitting:   " << submitStall << " ms  (target <= 50 ms; answered in "
                 << submitMs << " ms)" << Qt::endl;
    const double growth = (uploadPeakKb - baselineKb) * 1024.0;
    bench::out().setRealNumberPrecision(2);
    bench::out() << "peak RSS during the upload:    " << growth / documentBytes
                 << "x the document above the window's own  (target < 4x; "
                 << (uploadPeakKb - baselineKb) / 1024 << " MiB over " << baselineKb / 1024 << " MiB)"
                 << Qt::endl;
    return failure ? 1 : 0;
}
