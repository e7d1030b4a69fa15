#include "UiResources.h"

#include <array>
#include <QCoreApplication>
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

namespace {
// One icon a tone for the application's life. A QIcon made from a file parses the SVG again, and its
// engine's pixmaps are its own: a new one for every status cell re-read and re-drew the file at every
// paint of the book (2 % of a 100 000-customer load's CPU). Freed with the application, before the
// SVG icon plugin that drew them is unloaded.
std::array<QIcon *, 4> statusIcons {};

void dropStatusIcons()
{
    for (QIcon *&icon : statusIcons) {
        delete icon;
        icon = nullptr;
    }
}

QString statusIconFile(StatusText::Tone tone)
{
    switch (tone) {
    case StatusText::Tone::Good:
        return QStringLiteral(":/icons/status/good.svg");
    case StatusText::Tone::Attention:
        return QStringLiteral(":/icons/status/attention.svg");
    case StatusText::Tone::Bad:
        return QStringLiteral(":/icons/status/bad.svg");
    case StatusText::Tone::Neutral:
        break;
    }
    return QStringLiteral(":/icons/status/neutral.svg");
}
} // namespace

QIcon UiResources::statusIcon(StatusText::Tone tone)
{
    ensureLoaded();
    if (!statusIcons.front()) {
        for (size_t slot = 0; slot < statusIcons.size(); ++slot)
            statusIcons[slot] = new QIcon(statusIconFile(StatusText::Tone(slot)));
        qAddPostRoutine(dropStatusIcons);
    }
    Q_ASSERT(size_t(tone) < statusIcons.size());
    return *statusIcons[size_t(tone)];
}
