#include "AnalystName.h"

#include <QtGlobal>

using namespace Qt::Literals::StringLiterals;

QString currentAnalystName()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return u"unknown-user"_s;
}
