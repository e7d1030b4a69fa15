#include "TerminalSafeDevice.h"

#include "TerminalText.h"

TerminalSafeDevice::TerminalSafeDevice(FILE *stream) : m_stream(stream)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 length)
{
    const QByteArray safe = TerminalText::escapeOutput(QByteArrayView(data, length));
    if (std::fwrite(safe.constData(), 1, size_t(safe.size()), m_stream) != size_t(safe.size()))
        return -1;
    std::fflush(m_stream);
    return length;
}
