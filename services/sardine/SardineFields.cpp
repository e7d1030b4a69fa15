#include "SardineFields.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// The customer's creation time under either spelling: the document's example writes the key
// `createdAtMills`; a request read with that spelling is sent with it (send what the caller gave).
// The table lists both keys (a request may hold either); this field reads and writes whichever.
struct CreatedAtField : FieldCodecDetail::MemberField<&SardineCustomer::createdAtMillis>
{
    static void read(const FieldDescription &f, JsonObjectReader &r, SardineCustomer &c)
    {
        c.createdAtMillis = r.optInteger(f.key);
    }
    static void readRequest(const FieldDescription &, RequestJsonReader &r, SardineCustomer &c)
    {
        if (r.has(u"createdAtMillis") && r.has(u"createdAtMills"))
            RequestJsonReader::failAt(r.pathOf(u"createdAtMills"),
                                      QCoreApplication::translate("SardineRequestCodec",
                                                                  "give the creation time once: "
                                                                  "createdAtMillis or createdAtMills "
                                                                  "(the document's spelling)"));
        c.createdAtSpelledMills = r.has(u"createdAtMills");
        c.createdAtMillis = r.optInteger(c.createdAtSpelledMills ? u"createdAtMills" : u"createdAtMillis");
    }
    static void write(const FieldDescription &, QJsonObject &o, const SardineCustomer &c, AbsentFields)
    {
        if (c.createdAtMillis)
            o.insert(c.createdAtSpelledMills ? u"createdAtMills"_s : u"createdAtMillis"_s,
                     *c.createdAtMillis);
    }
};

// The document's spelling: read and written by CreatedAtField.
struct CreatedAtMillsSpelling : CreatedAtField
{
    static void read(const FieldDescription &, JsonObjectReader &, SardineCustomer &) { }
    static void readRequest(const FieldDescription &, RequestJsonReader &, SardineCustomer &) { }
    static void write(const FieldDescription &, QJsonObject &, const SardineCustomer &, AbsentFields) { }
    static void diff(SardineCustomer &, const SardineCustomer &, const SardineCustomer &) { }
    static bool isSet(const SardineCustomer &) { return false; }
};

} // namespace

template<> const FieldTable<IdentityAddress> &fieldTable<IdentityAddress>()
{
    static const FieldTable<IdentityAddress> table { {
                                                         field<&IdentityAddress::street>(u"street"_s),
                                                         field<&IdentityAddress::city>(u"city"_s),
                                                         field<&IdentityAddress::region>(u"region"_s),
                                                         field<&IdentityAddress::postalCode>(u"postalCode"_s),
                                                     },
                                                     &IdentityAddress::unknownFields };
    return table;
}

template<> const FieldTable<IdentityDocumentImages> &fieldTable<IdentityDocumentImages>()
{
    static const FieldTable<IdentityDocumentImages> table {
        {
            field<&IdentityDocumentImages::front>(u"front"_s),
            field<&IdentityDocumentImages::back>(u"back"_s),
            field<&IdentityDocumentImages::selfie>(u"selfie"_s),
        },
        &IdentityDocumentImages::unknownFields
    };
    return table;
}

template<> const FieldTable<IdentityDocumentData> &fieldTable<IdentityDocumentData>()
{
    using D = IdentityDocumentData;
    static const FieldTable<D> table { {
                                           field<&D::documentType>(u"documentType"_s),
                                           field<&D::documentNumber>(u"documentNumber"_s),
                                           field<&D::dateOfBirth>(u"dateOfBirth"_s),
                                           field<&D::expiryDate>(u"expiryDate"_s),
                                           field<&D::issuingCountry>(u"issuingCountry"_s),
                                           field<&D::firstName>(u"firstName"_s),
                                           field<&D::lastName>(u"lastName"_s),
                                           field<&D::gender>(u"gender"_s),
                                           field<&D::address>(u"address"_s),
                                       },
                                       &D::unknownFields };
    return table;
}

template<> const FieldTable<IdentityProfile> &fieldTable<IdentityProfile>()
{
    using P = IdentityProfile;
    static const FieldTable<P> table { {
                                           field<&P::clientId>(u"clientId"_s),
                                           field<&P::userId>(u"userId"_s),
                                           field<&P::consentId>(u"consentId"_s),
                                           timestampField<&P::consentedAt, &P::consentedAtText>(
                                               u"consentedAt"_s),
                                           timestampField<&P::revokedAt, &P::revokedAtText>(u"revokedAt"_s),
                                           field<&P::primaryIdentity>(u"primaryIdentity"_s),
                                           field<&P::clientName>(u"clientName"_s),
                                           field<&P::fullName>(u"fullName"_s),
                                           field<&P::dateOfBirth>(u"dateOfBirth"_s),
                                           field<&P::emailAddress>(u"emailAddress"_s),
                                           field<&P::phoneNumber>(u"phoneNumber"_s),
                                           field<&P::address>(u"address"_s),
                                       },
                                       &P::unknownFields };
    return table;
}

template<> const FieldTable<IdentityEntity> &fieldTable<IdentityEntity>()
{
    static const FieldTable<IdentityEntity> table { {
                                                        field<&IdentityEntity::documentKyc>(u"documentKyc"_s),
                                                        field<&IdentityEntity::documentData>(
                                                            u"documentData"_s),
                                                        field<&IdentityEntity::profile>(u"profile"_s),
                                                        field<&IdentityEntity::level>(u"level"_s),
                                                        field<&IdentityEntity::customer>(u"customer"_s),
                                                    },
                                                    &IdentityEntity::unknownFields,
                                                    &IdentityEntity::raw };
    return table;
}

template<> const FieldTable<RiskSignal> &fieldTable<RiskSignal>()
{
    static const FieldTable<RiskSignal> table { {
                                                    field<&RiskSignal::key>(u"key"_s).requiredField(),
                                                    field<&RiskSignal::value>(u"value"_s),
                                                    field<&RiskSignal::reasonCodes>(u"reasonCodes"_s),
                                                },
                                                &RiskSignal::unknownFields };
    return table;
}

template<> const FieldTable<Indemnification> &fieldTable<Indemnification>()
{
    static const FieldTable<Indemnification> table {
        {
            field<&Indemnification::decision>(u"decision"_s),
            field<&Indemnification::instantLimit>(u"instantLimit"_s),
            field<&Indemnification::holdAmount>(u"holdAmount"_s),
            // UNIX seconds up to the end of year 9999: QDateTime's range, and any real hold.
            field<&Indemnification::holdTime>(u"holdTime"_s).inRange(0, 253402300799),
            field<&Indemnification::verificationCode>(u"verificationCode"_s),
        },
        &Indemnification::unknownFields
    };
    return table;
}

template<> const FieldTable<SardineAddress> &fieldTable<SardineAddress>()
{
    static const FieldTable<SardineAddress> table {
        field<&SardineAddress::street1>(u"street1"_s),
        field<&SardineAddress::street2>(u"street2"_s),
        field<&SardineAddress::city>(u"city"_s),
        field<&SardineAddress::regionCode>(u"regionCode"_s),
        field<&SardineAddress::postalCode>(u"postalCode"_s),
        field<&SardineAddress::countryCode>(u"countryCode"_s),
    };
    return table;
}

template<> const FieldTable<SardineBankAccount> &fieldTable<SardineBankAccount>()
{
    using B = SardineBankAccount;
    static const FieldTable<B> table {
        field<&B::accountNumber>(u"accountNumber"_s),
        field<&B::routingNumber>(u"routingNumber"_s),
        field<&B::accountType>(u"accountType"_s),
        field<&B::balance>(u"balance"_s),
        field<&B::balanceCurrencyCode>(u"balanceCurrencyCode"_s),
    };
    return table;
}

template<> const FieldTable<SardinePaymentMethod> &fieldTable<SardinePaymentMethod>()
{
    static const FieldTable<SardinePaymentMethod> table {
        field<&SardinePaymentMethod::type>(u"type"_s),
        field<&SardinePaymentMethod::bank>(u"bank"_s),
    };
    return table;
}

template<> const FieldTable<SardineTransaction> &fieldTable<SardineTransaction>()
{
    using T = SardineTransaction;
    static const FieldTable<T> table {
        field<&T::id>(u"id"_s),
        field<&T::createdAtMillis>(u"createdAtMillis"_s),
        field<&T::amount>(u"amount"_s),
        field<&T::itemCategory>(u"itemCategory"_s),
        field<&T::actionType>(u"actionType"_s),
        field<&T::currencyCode>(u"currencyCode"_s),
        field<&T::paymentMethod>(u"paymentMethod"_s),
    };
    return table;
}

template<> const FieldTable<SardinePersonalInfo> &fieldTable<SardinePersonalInfo>()
{
    using P = SardinePersonalInfo;
    static const FieldTable<P> table {
        field<&P::source>(u"source"_s),         field<&P::firstName>(u"firstName"_s),
        field<&P::middleName>(u"middleName"_s), field<&P::lastName>(u"lastName"_s),
        field<&P::address>(u"address"_s),       field<&P::dateOfBirth>(u"dateOfBirth"_s),
    };
    return table;
}

// `transaction` sits inside the customer, where the document's example puts it.
template<> const FieldTable<SardineCustomer> &fieldTable<SardineCustomer>()
{
    using C = SardineCustomer;
    static const FieldTable<C> table {
        field<&C::id>(u"id"_s).requiredField(),
        field<&C::taxId>(u"taxId"_s),
        field<&C::firstName>(u"firstName"_s),
        field<&C::lastName>(u"lastName"_s),
        field<&C::dateOfBirth>(u"dateOfBirth"_s),
        field<&C::address>(u"address"_s),
        field<&C::transaction>(u"transaction"_s),
        field<&C::emailAddress>(u"emailAddress"_s),
        field<&C::isEmailVerified>(u"isEmailVerified"_s),
        field<&C::phone>(u"phone"_s),
        field<&C::isPhoneVerified>(u"isPhoneVerified"_s),
        FieldCodecDetail::makeField<CreatedAtField>(u"createdAtMillis"_s),
        FieldCodecDetail::makeField<CreatedAtMillsSpelling>(u"createdAtMills"_s),
        field<&C::personalInfo>(u"personalInfo"_s),
    };
    return table;
}
