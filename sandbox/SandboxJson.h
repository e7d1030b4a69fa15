#pragma once

#include <functional>
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QList>
#include <QString>

// Compact JSON text with the vendor's documented key order. QJsonDocument sorts keys, which is
// valid JSON but makes the emulator's bodies look nothing like the vendor's examples; people read
// these bodies in logs and curl output, so order matters to them even if parsers do not care.
namespace SandboxJson {

QByteArray string(const QString &text); // a quoted, escaped JSON string
QByteArray value(const QJsonValue &value); // any value, compact; objects in sorted key order
// `keys` first in the given order, then any other keys (sorted) so nothing is silently dropped.
QByteArray orderedObject(const QJsonObject &object, const QList<QLatin1String> &keys);
// As above; `nested` may return the text for a key whose value has an order of its own (a null
// QByteArray means "serialise the value normally").
QByteArray orderedObject(const QJsonObject &object, const QList<QLatin1String> &keys,
                         const std::function<QByteArray(QLatin1String key, const QJsonValue &value)> &nested);

QByteArray customer(const QJsonObject &customer); // Sphere customer, documented order (UBOs too)
QByteArray wallet(const QJsonObject &wallet);
QByteArray bankAccount(const QJsonObject &bankAccount);

} // namespace SandboxJson
