#pragma once

// field<&Customer::email>(u"email"_s, Optional) and its variants: a FieldSpec whose operations go through the
// member type's FieldCodec (FieldCodecs.h). Vendor tables (SphereFields.cpp, …) are lists of these.

#include "FieldCodecs.h"

namespace FieldCodecDetail {

template<typename P> struct MemberPointer;
template<typename C, typename M> struct MemberPointer<M C::*>
{
    using Class = C;
    using Type = M;
};

// The operations of one member, through its type's codec.
template<auto Member> struct MemberField
{
    using T = typename MemberPointer<decltype(Member)>::Class;
    using M = typename MemberPointer<decltype(Member)>::Type;
    using Codec = FieldCodec<M>;

    static void read(const FieldDescription &f, JsonObjectReader &r, T &t) { Codec::read(f, r, t.*Member); }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, T &t)
    {
        Codec::readRequest(f, r, t.*Member);
    }
    static void write(const FieldDescription &f, QJsonObject &o, const T &t, AbsentFields absent)
    {
        Codec::write(f, o, t.*Member, absent);
    }
    static void diff(T &out, const T &before, const T &after)
    {
        Codec::diff(out.*Member, before.*Member, after.*Member);
    }
    // One value (a date): sent whole when any part of it changed.
    static void diffWhole(T &out, const T &before, const T &after)
    {
        if constexpr (HasEquality<M>::value) {
            if (Codec::isSet(after.*Member) && !(before.*Member == after.*Member))
                out.*Member = after.*Member;
        }
    }
    static void cleared(QStringList &out, const QString &path, const T &before, const T &after)
    {
        Codec::cleared(out, path, before.*Member, after.*Member);
    }
    static bool isSet(const T &t) { return Codec::isSet(t.*Member); }
    static const void *member(const T &t) { return &(t.*Member); }
};

// A member sent only when its flag says so (a list or object whose emptiness means something).
template<auto Member, auto Flag> struct FlaggedField : MemberField<Member>
{
    using T = typename MemberField<Member>::T;
    using M = typename MemberField<Member>::M;
    using Codec = FieldCodec<std::optional<M>>;

    static std::optional<M> view(const T &t) { return t.*Flag ? std::optional(t.*Member) : std::nullopt; }
    static void take(T &t, std::optional<M> v)
    {
        t.*Flag = v.has_value();
        t.*Member = v ? std::move(*v) : M();
    }
    static void read(const FieldDescription &f, JsonObjectReader &r, T &t)
    {
        std::optional<M> v;
        Codec::read(f, r, v);
        take(t, std::move(v));
    }
    static void readRequest(const FieldDescription &f, RequestJsonReader &r, T &t)
    {
        std::optional<M> v;
        Codec::readRequest(f, r, v);
        take(t, std::move(v));
    }
    static void write(const FieldDescription &f, QJsonObject &o, const T &t, AbsentFields absent)
    {
        Codec::write(f, o, view(t), absent);
    }
    // Sent whole when it changed: the vendor replaces it as a whole.
    static void diff(T &out, const T &before, const T &after)
    {
        if (after.*Flag && (!(before.*Flag) || !(before.*Member == after.*Member)))
            take(out, after.*Member);
    }
    static void cleared(QStringList &, const QString &, const T &, const T &) { }
    static bool isSet(const T &t) { return t.*Flag; }
};

// A timestamp whose vendor text is kept beside it, so it is written back exactly as sent.
template<auto Member, auto Text> struct TimestampTextField : MemberField<Member>
{
    using T = typename MemberField<Member>::T;
    static void read(const FieldDescription &f, JsonObjectReader &r, T &t)
    {
        t.*Member = r.optTimestamp(f.key, &(t.*Text));
    }
    static void write(const FieldDescription &f, QJsonObject &o, const T &t, AbsentFields absent)
    {
        if (t.*Member)
            o.insert(f.key, (t.*Text).isEmpty() ? toIsoTimestamp(*(t.*Member)) : t.*Text);
        else
            writeAbsent(f, o, absent);
    }
};

template<typename Ops> FieldSpec<typename Ops::T> makeField(const QString &key, FieldPresence presence)
{
    FieldSpec<typename Ops::T> spec;
    spec.key = key;
    spec.presence = presence;
    spec.read = &Ops::read;
    spec.readRequest = &Ops::readRequest;
    spec.write = &Ops::write;
    spec.diff = &Ops::diff;
    spec.isSet = &Ops::isSet;
    spec.member = &Ops::member;
    spec.memberType = &typeid(typename Ops::M);
    spec.reportCleared = &Ops::cleared;
    spec.diffWhole = &Ops::diffWhole;
    spec.wire = Ops::Codec::wire;
    if constexpr (Ops::Codec::wire == FieldWire::Nested || Ops::Codec::wire == FieldWire::NestedList)
        spec.nestedFields = &Ops::Codec::nestedFields;
    return spec;
}

} // namespace FieldCodecDetail

// field<&Customer::email>(u"email"_s, Optional): the member's type decides how it is read and written.
template<auto Member> auto field(const QString &key, FieldPresence presence)
{
    return FieldCodecDetail::makeField<FieldCodecDetail::MemberField<Member>>(key, presence);
}

// A member present only when `Flag` is true (CustomerRequest::meta with hasMeta).
template<auto Member, auto Flag> auto flaggedField(const QString &key, FieldPresence presence)
{
    return FieldCodecDetail::makeField<FieldCodecDetail::FlaggedField<Member, Flag>>(key, presence);
}

// An optional timestamp with the vendor's own text kept in `Text`.
template<auto Member, auto Text> auto timestampField(const QString &key, FieldPresence presence)
{
    return FieldCodecDetail::makeField<FieldCodecDetail::TimestampTextField<Member, Text>>(key, presence);
}
