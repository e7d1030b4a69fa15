#include "DocumentLimitSettings.h"

#include "CustomerRequestValidator.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

QString DocumentLimitSettings::key()
{
    return u"documents/maxDocumentMiB"_s;
}

qint64 DocumentLimitSettings::maxDocumentBytes(const QSettings &settings, QStringList *problems)
{
    constexpr qint64 kMiB = 1024 * 1024;
    const qint64 fallback = CustomerRequestValidator::kDefaultMaxDocumentBytes;
    if (!settings.contains(key()))
        return fallback;
    const QString text = settings.value(key()).toString().trimmed();
    bool ok = false;
    const int mib = text.toInt(&ok);
    if (ok && mib >= 1 && mib <= kMaxMiB)
        return mib * kMiB;
    problems->append(
        QCoreApplication::translate("DocumentLimitSettings",
                                    "Setting %1 is \"%2\", not a number of MiB from 1 to %3: the "
                                    "default (%4 MiB) is used.")
            .arg(key(), text.left(40))
            .arg(kMaxMiB)
            .arg(fallback / kMiB));
    return fallback;
}
