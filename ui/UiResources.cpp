#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must not be used inside a namespace.
static void initKycDeskResources()
{
    Q_INIT_RESOURCE(kycdesk);
}

void UiResources::ensureLoaded()
{
    static const bool loaded = (initKycDeskResources(), true);
    Q_UNUSED(loaded);
}

QIcon UiResources::appIcon()
{
    ensureLoaded();
    QIcon icon;
    for (const int size : { 16, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/kycdesk-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/kycdesk.svg"));
    return icon;
}

QIcon UiResources::statusIcon(StatusText::Tone tone)
{
    ensureLoaded();
    switch (tone) {
    case StatusText::Tone::Good:
        return QIcon(QStringLiteral(":/icons/status/good.svg"));
    case StatusText::Tone::Attention:
        return QIcon(QStringLiteral(":/icons/status/attention.svg"));
    case StatusText::Tone::Bad:
        return QIcon(QStringLiteral(":/icons/status/bad.svg"));
    case StatusText::Tone::Neutral:
        break;
    }
    return QIcon(QStringLiteral(":/icons/status/neutral.svg"));
}
