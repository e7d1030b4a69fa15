#pragma once

#include <cstdio>
#include <QIODevice>

// stdout for the CLI's text: everything written goes through TerminalText::escapeOutput first, so
// no vendor value printed anywhere (tables, key/value lines, messages) reaches the terminal with
// its control bytes. JSON output is unchanged by it: QJsonDocument already escapes them.
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE *stream);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override;

private:
    FILE *m_stream;
};
