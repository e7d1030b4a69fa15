#pragma once

#include <QUrl>

// Which links from a vendor answer are offered to an analyst (copy / open / printed as a link):
// https only, and plain http only to this computer (the sandbox). A vendor answer must never make
// the desktop open a file:, javascript: or any other scheme, nor a cleartext page elsewhere.
namespace LinkPolicy {
bool isOfferable(const QUrl &url);
}
