#pragma once

#include <array>
#include <QString>
#include <QStringView>
#include <utility>

// A vendor enum value that never loses what the vendor sent. A value this build does not
// know is kept as `Unknown` with its raw string, so the UI can show it as it came and the
// codec can re-encode it byte for byte; a new vendor status must not make a customer vanish.
template<typename E> struct VendorEnum
{
    E value = E::Unknown;
    QString raw; // exactly the vendor's string; empty when `null`
    bool null = true;

    bool isKnown() const { return !null && value != E::Unknown; }
    bool operator==(const VendorEnum &other) const { return null == other.null && raw == other.raw; }
    bool operator!=(const VendorEnum &other) const { return !(*this == other); }
};

template<typename E, std::size_t N> using EnumNames = std::array<std::pair<E, QStringView>, N>;

template<typename E, std::size_t N>
VendorEnum<E> enumFromString(const EnumNames<E, N> &names, const QString &raw)
{
    VendorEnum<E> result;
    result.null = false;
    result.raw = raw;
    for (const auto &[value, name] : names) {
        if (name == raw) {
            result.value = value;
            return result;
        }
    }
    result.value = E::Unknown;
    return result;
}

template<typename E, std::size_t N> VendorEnum<E> enumFromValue(const EnumNames<E, N> &names, E value)
{
    for (const auto &[known, name] : names) {
        if (known == value)
            return enumFromString(names, name.toString());
    }
    return {};
}
