#include "RawResponsePrinter.h"

#include "HttpTransport.h"
#include "TerminalText.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QIODevice>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {
// Swallows what is written to it (a QBuffer would keep a whole list walk in memory).
class DiscardDevice : public QIODevice
{
public:
    DiscardDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override { return length; }
};
} // namespace

RawResponsePrinter::RawResponsePrinter(HttpTransport *transport, const QCommandLineParser &parser,
                                       QString vendor)
{
    if (!parser.isSet(u"raw"_s))
        return;
    QObject::connect(
        transport, &HttpTransport::responseArrived, transport,
        [vendor](const ApiEndpoint &endpoint, const ApiRequest &request, const ApiResponse &response) {
            if (endpoint.vendor != vendor || request.path == u"/auth/login")
                return;
            // As received for a script; a terminal gets it with its control bytes escaped.
            const QByteArray body
                = isatty(fileno(stdout)) ? TerminalText::escapeOutput(response.body) : response.body;
            std::fwrite(body.constData(), 1, size_t(body.size()), stdout);
            if (!body.endsWith('\n'))
                std::fputc('\n', stdout);
            std::fflush(stdout);
        });
}

void RawResponsePrinter::silenceDecodedOutput(QTextStream &decodedOutput)
{
    static DiscardDevice discard;
    decodedOutput.flush();
    decodedOutput.setDevice(&discard);
}
