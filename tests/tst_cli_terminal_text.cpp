// kycdesk-cli against a loopback server whose answers carry terminal control sequences (a window
// title change, screen clear, a carriage return and line feed forging a line, a right-to-left
// override): text output shows them as escapes, never as bytes; --json keeps them, escaped by
// JSON; error messages, list warnings and --verbose log lines on stderr are escaped too; a file: link is not
// printed.
#include "CannedHttpServer.h"
#include "CliRunner.h"
#include "TerminalText.h"
#include "VendorAnswerSamples.h"

#include <functional>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

// ESC ] 0 ; … BEL retitles the window; ESC [ 2 J clears the screen.
const QString kHostileFirstName = u"Ann\x1b]0;pwned\x07\x1b[2J"_s;
const QString kHostileLastName = u"Berg\r\nlevel: FORGED"_s;
const QString kHostileEmail = u"ann@example.com\u202egnp.exe"_s;

using Run = CliRun;

bool hasRawControl(const QByteArray &bytes)
{
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7f)
            return true;
    }
    return bytes.contains("\xe2\x80\xae"); // U+202E
}

} // namespace

class TestCliTerminalText : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(QStringList args, const QUrl &baseUrl) const
    {
        args << u"--base-url"_s << baseUrl.toString();
        return runCli(QStringLiteral(KYCDESK_CLI_BINARY), args,
                      isolatedCliEnvironment(m_dir.path(), u"token"_s, CliVendors::SphereOnly));
    }

    // Answers each request (a GET: its head is all there is) with what `respond` makes of it; for
    // answers CannedHttpServer cannot give (headers of the test's choosing, one body per page).
    void answerEach(QTcpServer &server, std::function<QByteArray(const QByteArray &)> respond)
    {
        connect(&server, &QTcpServer::newConnection, this, [&server, respond] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, respond] {
                if (!socket->peek(8192).contains("\r\n\r\n"))
                    return;
                socket->write(respond(socket->readAll()));
                socket->disconnectFromHost();
            });
        });
    }

    static QJsonObject hostileCustomer()
    {
        QJsonObject customer = parse(example(u"sphere-customer-object.json"_s));
        customer.insert(u"firstName"_s, kHostileFirstName);
        customer.insert(u"lastName"_s, kHostileLastName);
        customer.insert(u"email"_s, kHostileEmail);
        customer.insert(u"description"_s, u"line one\x1b[8m hidden"_s);
        return customer;
    }

private Q_SLOTS:
    void escapeValueShowsEveryControlCharacter()
    {
        QCOMPARE(TerminalText::escapeValue(u"a\x1b[2Jb\r\nc\td\x7f\u0085\u202e"_s),
                 u"a\\x1b[2Jb\\r\\nc\\td\\x7f\\x85\\u202e"_s);
        QCOMPARE(TerminalText::escapeValue(u"Zoë Ørsted 山田 😀"_s), u"Zoë Ørsted 山田 😀"_s);
        QCOMPARE(TerminalText::escapeOutput("row\tvalue\n\x1b[31mred\n"),
                 QByteArray("row\tvalue\n\\x1b[31mred\n"));
    }

    void textOutputShowsControlsAsEscapes()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(200, compact(sphereEnvelope(u"customer"_s, hostileCustomer())));
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"get"_s, u"customer_x"_s }, server.url());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!hasRawControl(run.out), run.out.constData());
        QVERIFY2(run.out.contains("Ann\\x1b]0;pwned\\x07\\x1b[2J"), run.out.constData());
        QVERIFY2(run.out.contains("\\u202e"), run.out.constData());
        QVERIFY2(run.out.contains("line one\\x1b[8m hidden"), run.out.constData());
        // The forged line stays inside its value.
        for (const QByteArray &line : run.out.split('\n'))
            QVERIFY2(!line.startsWith("level: FORGED"), run.out.constData());
    }

    void jsonOutputKeepsTheValueEscapedByJson()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(200, compact(sphereEnvelope(u"customer"_s, hostileCustomer())));
        const Run run
            = cli({ u"sphere"_s, u"customers"_s, u"get"_s, u"customer_x"_s, u"--json"_s }, server.url());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!hasRawControl(run.out), run.out.constData());
        const QJsonObject printed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(printed.value(u"firstName"_s).toString(), kHostileFirstName); // exactly what was sent
        QCOMPARE(printed.value(u"lastName"_s).toString(), kHostileLastName);
    }

    void errorMessagesOnStderrAreEscaped()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QJsonObject error = sphereEnvelope(u"customer"_s, {});
        error.insert(u"ok"_s, false);
        error.insert(u"statusCode"_s, 400);
        error.insert(u"error"_s, u"bad-request"_s);
        error.insert(u"message"_s, u"firstName is wrong\x1b]0;pwned\x07"_s);
        error.insert(u"data"_s, QJsonValue());
        server.respond(400, compact(error));
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"get"_s, u"customer_x"_s }, server.url());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!hasRawControl(run.err), run.err.constData());
        QVERIFY2(run.err.contains("\\x1b]0;pwned\\x07"), run.err.constData());
    }

    // --verbose adds Qt's log lines on stderr; a failed request's line quotes what the vendor sent
    // (here a Location header that is no URL, quoted in the error).
    void verboseLogLinesAreEscaped()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        answerEach(server, [](const QByteArray &) {
            return QByteArray(
                "HTTP/1.1 302 Found\r\nLocation: http://[\x1b]0;pwned\x07\r\nContent-Length: 0\r\n"
                "Connection: close\r\n\r\n");
        });
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"get"_s, u"customer_x"_s, u"--verbose"_s },
                            QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.count("pwned") >= 2, run.err.constData()); // the log line and the error
        QVERIFY2(!hasRawControl(run.err), run.err.constData());
    }

    // A list warning quotes the ids a vendor listed twice: a hostile id is shown escaped.
    void listWarningsOnStderrAreEscaped()
    {
        const QString hostileId = u"customer_\x1b]0;pwned\x07\x1b[2J"_s;
        const auto page = [&hostileId](int number) {
            QJsonArray customers;
            for (const QString &id : { number == 1 ? u"customer_a"_s : u"customer_b"_s, hostileId }) {
                QJsonObject customer = parse(example(u"sphere-customer-object.json"_s));
                customer.insert(u"id"_s, id);
                customers.append(customer);
            }
            const QJsonObject pagination { { u"page"_s, number },
                                           { u"limit"_s, 2 },
                                           { u"total"_s, 3 },
                                           { u"totalPages"_s, 2 },
                                           { u"hasNext"_s, number == 1 },
                                           { u"hasPrevious"_s, number == 2 } };
            QJsonObject answer = sphereEnvelope(u"customers"_s, {});
            answer.insert(u"data"_s,
                          QJsonObject { { u"customers"_s, customers }, { u"pagination"_s, pagination } });
            return compact(answer);
        };
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        answerEach(server, [&page](const QByteArray &request) -> QByteArray {
            const QByteArray body = page(request.contains("page=2") ? 2 : 1);
            QByteArray response("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ");
            response.append(QByteArray::number(body.size()))
                .append("\r\nConnection: close\r\n\r\n")
                .append(body);
            return response;
        });
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"list"_s, u"--json"_s },
                            QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("more than once"), run.err.constData());
        QVERIFY2(run.err.contains("customer_\\x1b]0;pwned\\x07\\x1b[2J"), run.err.constData());
        QVERIFY2(!hasRawControl(run.err), run.err.constData());
    }

    void fileLinksAreNotPrinted()
    {
        CannedHttpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        server.respond(200, sphereKycLinkAnswer(u"file:///etc/passwd"_s));
        const Run run = cli({ u"sphere"_s, u"customers"_s, u"kyc-link"_s, u"customer_x"_s }, server.url());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not an https address"), run.err.constData());
        QVERIFY(!run.out.contains("file:"));
    }
};

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminal_text.moc"
