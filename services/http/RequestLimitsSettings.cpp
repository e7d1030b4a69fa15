#include "RequestLimitsSettings.h"

#include "EnumTable.h"

#include <optional>
#include <QCoreApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {

// The settings key's stem of each kind: "network/<stem>DeadlineSeconds".
constexpr EnumSpelling<RequestKind> kKindKeyStems[] = {
    { RequestKind::Read, u"read" },           { RequestKind::ListPage, u"listPage" },
    { RequestKind::Submit, u"submit" },       { RequestKind::SubmitWithDocuments, u"submitWithDocuments" },
    { RequestKind::RiskCheck, u"riskCheck" },
};

// Seconds from the settings file, or nothing when the key is absent; `problem` says why a
// present value is refused.
std::optional<std::chrono::milliseconds> readSeconds(const QSettings &settings, const QString &key,
                                                     std::chrono::milliseconds fallback, QString *problem)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QString text = settings.value(key).toString().trimmed();
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !(seconds >= 1) || seconds > RequestLimitsSettings::kMaxSeconds) {
        *problem = QCoreApplication::translate("RequestLimitsSettings",
                                               "Setting %1 is \"%2\", not a number of seconds from 1 to %3: "
                                               "the default (%4 s) is used.")
                       .arg(key, text.left(40))
                       .arg(RequestLimitsSettings::kMaxSeconds)
                       .arg(fallback.count() / 1000);
        return std::nullopt;
    }
    return std::chrono::milliseconds(qint64(seconds * 1000));
}

} // namespace

QString RequestLimitsSettings::deadlineKey(RequestKind kind)
{
    return u"network/%1DeadlineSeconds"_s.arg(spellingOf(kKindKeyStems, kind, u"unknown"));
}

QString RequestLimitsSettings::stallTimeoutKey()
{
    return u"network/stallTimeoutSeconds"_s;
}

QString RequestLimitsSettings::listPagesInFlightKey()
{
    return u"network/listPagesInFlight"_s;
}

ApiEndpoint RequestLimitsSettings::apply(const QSettings &settings, ApiEndpoint endpoint,
                                         QStringList *problems)
{
    for (int i = 0; i < kRequestKindCount; ++i) {
        const auto kind = RequestKind(i);
        QString problem;
        if (const auto deadline
            = readSeconds(settings, deadlineKey(kind), endpoint.limitsFor(kind).deadline, &problem))
            endpoint.limitsFor(kind).deadline = *deadline;
        else if (!problem.isEmpty())
            problems->append(problem);
    }
    QString problem;
    if (const auto stall = readSeconds(settings, stallTimeoutKey(), endpoint.stallTimeout, &problem))
        endpoint.stallTimeout = *stall;
    else if (!problem.isEmpty())
        problems->append(problem);
    if (settings.contains(listPagesInFlightKey())) {
        const QString text = settings.value(listPagesInFlightKey()).toString().trimmed();
        bool ok = false;
        const int pages = text.toInt(&ok);
        if (ok && pages >= 1 && pages <= ApiEndpoint::kMaxListPagesInFlight)
            endpoint.listPagesInFlight = pages;
        else
            problems->append(
                QCoreApplication::translate("RequestLimitsSettings",
                                            "Setting %1 is \"%2\", not a number of pages from 1 to "
                                            "%3: the default (%4) is used.")
                    .arg(listPagesInFlightKey(), text.left(40))
                    .arg(ApiEndpoint::kMaxListPagesInFlight)
                    .arg(ApiEndpoint::kDefaultListPagesInFlight));
    }
    return endpoint;
}
