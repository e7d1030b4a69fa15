#include "LinkPolicy.h"

#include <QHostAddress>

using namespace Qt::Literals::StringLiterals;

namespace LinkPolicy {

bool isOfferable(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https"_s)
        return true;
    if (url.scheme() != u"http"_s)
        return false;
    const QString host = url.host();
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

} // namespace LinkPolicy
