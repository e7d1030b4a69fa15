#pragma once

// The files under tests/data. A missing file stops the run: every test that reads one needs it.

#include <QByteArray>
#include <QFile>
#include <QString>

inline QString testDataPath(const QString &name)
{
    return QStringLiteral(KYCDESK_TEST_DATA_DIR "/") + name;
}

inline QByteArray testData(const QString &name)
{
    QFile f(testDataPath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

// A documented example of a vendor (tests/data/vendor-examples/, copied from shared/vendor-docs).
inline QByteArray example(const QString &name)
{
    return testData(QStringLiteral("vendor-examples/") + name);
}
