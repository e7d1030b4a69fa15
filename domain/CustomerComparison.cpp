#include "CustomerComparison.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace {
std::optional<QString> joined(const QList<std::optional<QString>> &parts)
{
    QStringList present;
    for (const auto &p : parts) {
        if (p && !p->trimmed().isEmpty())
            present << p->trimmed();
    }
    return present.isEmpty() ? std::nullopt : std::optional<QString>(present.join(u", "_s));
}

std::optional<QString> nonEmpty(const std::optional<QString> &value)
{
    return value && !value->trimmed().isEmpty() ? std::optional<QString>(value->trimmed()) : std::nullopt;
}

template<typename T> std::optional<QString> first(const std::optional<QString> &a, const std::optional<T> &b)
{
    return nonEmpty(a) ? nonEmpty(a) : nonEmpty(b);
}
} // namespace

ComparedFacts ComparedFacts::of(const Customer &c)
{
    ComparedFacts f;
    f.name = nonEmpty(c.displayName());
    f.email = nonEmpty(c.email);
    f.phone = nonEmpty(c.phoneNumber);
    if (c.address)
        f.address = joined({ c.address->line1, c.address->city, c.address->postalCode });
    return f;
}

ComparedFacts ComparedFacts::of(const IdentityEntity &e)
{
    ComparedFacts f;
    const IdentityDocumentData *doc = e.documentData ? &*e.documentData : nullptr;
    const IdentityProfile *profile = e.profile ? &*e.profile : nullptr;
    if (doc)
        f.name = nonEmpty(
            QString(doc->firstName.value_or(QString()) + u' ' + doc->lastName.value_or(QString())));
    if (profile)
        f.name = first(f.name, profile->fullName);
    if (doc)
        f.dateOfBirth = nonEmpty(doc->dateOfBirth);
    if (profile) {
        f.dateOfBirth = first(f.dateOfBirth, profile->dateOfBirth);
        f.email = nonEmpty(profile->emailAddress);
        f.phone = nonEmpty(profile->phoneNumber);
    }
    const std::optional<IdentityAddress> &address
        = doc && doc->address ? doc->address : (profile ? profile->address : std::nullopt);
    if (address)
        f.address = joined({ address->street, address->city, address->postalCode });
    return f;
}

ComparedFacts ComparedFacts::of(const YativoCustomer &r)
{
    ComparedFacts f;
    f.name = nonEmpty(r.fullName);
    f.email = nonEmpty(r.email);
    // The list and create answers carry the phone only among the fields this build does not model.
    for (const QString &key : { u"customer_phone"_s, u"phone"_s }) {
        if (r.unknownFields.value(key).isString())
            f.phone = nonEmpty(r.unknownFields.value(key).toString());
    }
    return f;
}

QString comparableText(ComparedField field, const QString &value)
{
    QString out;
    if (field == ComparedField::Phone) {
        for (QChar c : value) {
            if (c.isDigit())
                out += c;
        }
        return out.right(10); // with or without the country code
    }
    for (QChar c : value.toCaseFolded()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

QList<FieldComparison> compareCustomer(const std::optional<ComparedFacts> &sphere,
                                       const std::optional<ComparedFacts> &sardine,
                                       const std::optional<ComparedFacts> &yativo)
{
    const std::array<const std::optional<ComparedFacts> *, 3> sources { &sphere, &sardine, &yativo };
    QList<FieldComparison> out;
    for (ComparedField field : { ComparedField::Name, ComparedField::DateOfBirth, ComparedField::Address,
                                 ComparedField::Phone, ComparedField::Email }) {
        FieldComparison row;
        row.field = field;
        QStringList seen;
        for (size_t v = 0; v < sources.size(); ++v) {
            if (!*sources[v])
                continue;
            const ComparedFacts &f = **sources[v];
            const std::optional<QString> &value = field == ComparedField::Name ? f.name
                : field == ComparedField::DateOfBirth                          ? f.dateOfBirth
                : field == ComparedField::Address                              ? f.address
                : field == ComparedField::Phone                                ? f.phone
                                                                               : f.email;
            row.values[v] = value;
            if (value)
                seen << comparableText(field, *value);
        }
        seen.removeDuplicates();
        row.differs = seen.size() > 1;
        out << row;
    }
    return out;
}
