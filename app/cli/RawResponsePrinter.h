#pragma once

#include <QString>

class HttpTransport;
class QCommandLineParser;
class QTextStream;

// kycdesk-cli --raw: every response body of the command's vendor goes to stdout exactly as it was
// received (Sphere's envelope with its request id included), one after another, each ending with
// a newline; a list prints each page's body. Responses of other vendors the command needed on the
// way (the Sphere customer behind `sardine risk ID`) and Yativo's login (it carries a token) are
// not printed. Decoding still runs, so a body that is not the answer asked for still fails with
// its one line on stderr and a non-zero exit.
class RawResponsePrinter
{
public:
    RawResponsePrinter(HttpTransport *transport, const QCommandLineParser &parser, QString vendor);

    // The decoded output (tables, key/value text, --json) is dropped in --raw mode.
    static void silenceDecodedOutput(QTextStream &decodedOutput);
};
