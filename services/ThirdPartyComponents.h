#pragma once

#include <QList>
#include <QString>

// The libraries KYC Desk ships with or links, as the About dialog and --version's readers need
// them: what is used, which version is in this build, and under which licence.
struct ThirdPartyComponent
{
    QString name;
    QString version;
    QString licence; // SPDX identifier
    QString purpose;
    QString url;
};

namespace ThirdPartyComponents {
QList<ThirdPartyComponent> all();
}
