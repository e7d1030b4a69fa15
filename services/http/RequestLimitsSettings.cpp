#include "RequestLimitsSettings.h"

#include "EnumTable.h"
#include "SettingsNumber.h"

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

// The refusal of a deadline or timeout that is not a number of seconds in range.
QString secondsRefusal()
{
    return QCoreApplication::translate("RequestLimitsSettings",
                                       "Setting %1 is \"%2\", not a number of seconds from 1 to %3: "
                                       "the default (%4 s) is used.");
}

std::chrono::milliseconds fromSeconds(double seconds)
{
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
        RequestLimits &limits = endpoint.limitsFor(kind);
        if (const auto seconds
            = readSettingFromOneTo(settings, deadlineKey(kind), kMaxSeconds, SettingNumber::Any,
                                   limits.deadline.count() / 1000, secondsRefusal(), problems))
            limits.deadline = fromSeconds(*seconds);
    }
    if (const auto seconds
        = readSettingFromOneTo(settings, stallTimeoutKey(), kMaxSeconds, SettingNumber::Any,
                               endpoint.stallTimeout.count() / 1000, secondsRefusal(), problems))
        endpoint.stallTimeout = fromSeconds(*seconds);
    if (const auto pages = readSettingFromOneTo(
            settings, listPagesInFlightKey(), ApiEndpoint::kMaxListPagesInFlight, SettingNumber::Whole,
            ApiEndpoint::kDefaultListPagesInFlight,
            QCoreApplication::translate("RequestLimitsSettings",
                                        "Setting %1 is \"%2\", not a number of pages from 1 to "
                                        "%3: the default (%4) is used."),
            problems))
        endpoint.listPagesInFlight = int(*pages);
    return endpoint;
}
