#pragma once

#include <QStringList>

class QSettings;

// The most one document may weigh in the desktop's customer forms, from its settings file
// ("documents/maxDocumentMiB", 1 to kMaxMiB): a scanned passport of 20 MB is refused by the
// default (CustomerRequestValidator::kDefaultMaxDocumentBytes) but may be allowed here. A value out
// of range is reported, never guessed at.
class DocumentLimitSettings
{
public:
    static constexpr int kMaxMiB = 32;
    static QString key();
    static qint64 maxDocumentBytes(const QSettings &settings, QStringList *problems);
};
