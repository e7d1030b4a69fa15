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
    static const FieldTable<IdentityAddress> table {
        field<&IdentityAddress::street>(u"street"_s, Optional),
        field<&IdentityAddress::city>(u"city"_s, Optional),
        field<&IdentityAddress::region>(u"region"_s, Optional),
        field<&IdentityAddress::postalCode>(u"postalCode"_s, Optional),
    };
    return table;
}

template<> const FieldTable<IdentityDocumentImages> &fieldTable<IdentityDocumentImages>()
{
    static const FieldTable<IdentityDocumentImages> table {
        field<&IdentityDocumentImages::front>(u"front"_s, Optional),
        field<&IdentityDocumentImages::back>(u"back"_s, Optional),
        field<&IdentityDocumentImages::selfie>(u"selfie"_s, Optional),
    };
    return table;
}

template<> const FieldTable<IdentityDocumentData> &fieldTable<IdentityDocumentData>()
{
    static const FieldTable<IdentityDocumentData> table {
        field<&IdentityDocumentData::documentType>(u"documentType"_s, Optional),
        field<&IdentityDocumentData::documentNumber>(u"documentNumber"_s, Optional),
        field<&IdentityDocumentData::dateOfBirth>(u"dateOfBirth"_s, Optional),
        field<&IdentityDocumentData::expiryDate>(u"expiryDate"_s, Optional),
        field<&IdentityDocumentData::issuingCountry>(u"issuingCountry"_s, Optional),
        field<&IdentityDocumentData::firstName>(u"firstName"_s, Optional),
        field<&IdentityDocumentData::lastName>(u"lastName"_s, Optional),
        field<&IdentityDocumentData::gender>(u"gender"_s, Optional),
        field<&IdentityDocumentData::address>(u"address"_s, Optional),
    };
    return table;
}

template<> const FieldTable<IdentityProfile> &fieldTable<IdentityProfile>()
{
    static const FieldTable<IdentityProfile> table {
        field<&IdentityProfile::clientId>(u"clientId"_s, Optional),
        field<&IdentityProfile::userId>(u"userId"_s, Optional),
        field<&IdentityProfile::consentId>(u"consentId"_s, Optional),
        timestampField<&IdentityProfile::consentedAt, &IdentityProfile::consentedAtText>(u"consentedAt"_s,
                                                                                         Optional),
        timestampField<&IdentityProfile::revokedAt, &IdentityProfile::revokedAtText>(u"revokedAt"_s,
                                                                                     Optional),
        field<&IdentityProfile::primaryIdentity>(u"primaryIdentity"_s, Optional),
        field<&IdentityProfile::clientName>(u"clientName"_s, Optional),
        field<&IdentityProfile::fullName>(u"fullName"_s, Optional),
        field<&IdentityProfile::dateOfBirth>(u"dateOfBirth"_s, Optional),
        field<&IdentityProfile::emailAddress>(u"emailAddress"_s, Optional),
        field<&IdentityProfile::phoneNumber>(u"phoneNumber"_s, Optional),
        field<&IdentityProfile::address>(u"address"_s, Optional),
    };
    return table;
}

template<> const FieldTable<IdentityEntity> &fieldTable<IdentityEntity>()
{
    static const FieldTable<IdentityEntity> table {
        field<&IdentityEntity::documentKyc>(u"documentKyc"_s, Optional),
        field<&IdentityEntity::documentData>(u"documentData"_s, Optional),
        field<&IdentityEntity::profile>(u"profile"_s, Optional),
        field<&IdentityEntity::level>(u"level"_s, Optional),
        field<&IdentityEntity::customer>(u"customer"_s, Optional),
    };
    return table;
}

template<> const FieldTable<RiskSignal> &fieldTable<RiskSignal>()
{
    static const FieldTable<RiskSignal> table {
        field<&RiskSignal::key>(u"key"_s, Required),
        field<&RiskSignal::value>(u"value"_s, Optional),
        field<&RiskSignal::reasonCodes>(u"reasonCodes"_s, Optional),
    };
    return table;
}

template<> const FieldTable<Indemnification> &fieldTable<Indemnification>()
{
    static const FieldTable<Indemnification> table {
        field<&Indemnification::decision>(u"decision"_s, Optional),
        field<&Indemnification::instantLimit>(u"instantLimit"_s, Optional),
        field<&Indemnification::holdAmount>(u"holdAmount"_s, Optional),
        // UNIX seconds up to the end of year 9999: QDateTime's range, and any real hold.
        field<&Indemnification::holdTime>(u"holdTime"_s, Optional).inRange(0, 253402300799),
        field<&Indemnification::verificationCode>(u"verificationCode"_s, Optional),
    };
    return table;
}

template<> const FieldTable<SardineAddress> &fieldTable<SardineAddress>()
{
    static const FieldTable<SardineAddress> table {
        field<&SardineAddress::street1>(u"street1"_s, Optional),
        field<&SardineAddress::street2>(u"street2"_s, Optional),
        field<&SardineAddress::city>(u"city"_s, Optional),
        field<&SardineAddress::regionCode>(u"regionCode"_s, Optional),
        field<&SardineAddress::postalCode>(u"postalCode"_s, Optional),
        field<&SardineAddress::countryCode>(u"countryCode"_s, Optional),
    };
    return table;
}

template<> const FieldTable<SardineBankAccount> &fieldTable<SardineBankAccount>()
{
    static const FieldTable<SardineBankAccount> table {
        field<&SardineBankAccount::accountNumber>(u"accountNumber"_s, Optional),
        field<&SardineBankAccount::routingNumber>(u"routingNumber"_s, Optional),
        field<&SardineBankAccount::accountType>(u"accountType"_s, Optional),
        field<&SardineBankAccount::balance>(u"balance"_s, Optional),
        field<&SardineBankAccount::balanceCurrencyCode>(u"balanceCurrencyCode"_s, Optional),
    };
    return table;
}

template<> const FieldTable<SardinePaymentMethod> &fieldTable<SardinePaymentMethod>()
{
    static const FieldTable<SardinePaymentMethod> table {
        field<&SardinePaymentMethod::type>(u"type"_s, Optional),
        field<&SardinePaymentMethod::bank>(u"bank"_s, Optional),
    };
    return table;
}

template<> const FieldTable<SardineTransaction> &fieldTable<SardineTransaction>()
{
    static const FieldTable<SardineTransaction> table {
        field<&SardineTransaction::id>(u"id"_s, Optional),
        field<&SardineTransaction::createdAtMillis>(u"createdAtMillis"_s, Optional),
        field<&SardineTransaction::amount>(u"amount"_s, Optional),
        field<&SardineTransaction::itemCategory>(u"itemCategory"_s, Optional),
        field<&SardineTransaction::actionType>(u"actionType"_s, Optional),
        field<&SardineTransaction::currencyCode>(u"currencyCode"_s, Optional),
        field<&SardineTransaction::paymentMethod>(u"paymentMethod"_s, Optional),
    };
    return table;
}

template<> const FieldTable<SardinePersonalInfo> &fieldTable<SardinePersonalInfo>()
{
    static const FieldTable<SardinePersonalInfo> table {
        field<&SardinePersonalInfo::source>(u"source"_s, Optional),
        field<&SardinePersonalInfo::firstName>(u"firstName"_s, Optional),
        field<&SardinePersonalInfo::middleName>(u"middleName"_s, Optional),
        field<&SardinePersonalInfo::lastName>(u"lastName"_s, Optional),
        field<&SardinePersonalInfo::address>(u"address"_s, Optional),
        field<&SardinePersonalInfo::dateOfBirth>(u"dateOfBirth"_s, Optional),
    };
    return table;
}

// `transaction` sits inside the customer, where the document's example puts it.
template<> const FieldTable<SardineCustomer> &fieldTable<SardineCustomer>()
{
    static const FieldTable<SardineCustomer> table {
        field<&SardineCustomer::id>(u"id"_s, Required),
        field<&SardineCustomer::taxId>(u"taxId"_s, Optional),
        field<&SardineCustomer::firstName>(u"firstName"_s, Optional),
        field<&SardineCustomer::lastName>(u"lastName"_s, Optional),
        field<&SardineCustomer::dateOfBirth>(u"dateOfBirth"_s, Optional),
        field<&SardineCustomer::address>(u"address"_s, Optional),
        field<&SardineCustomer::transaction>(u"transaction"_s, Optional),
        field<&SardineCustomer::emailAddress>(u"emailAddress"_s, Optional),
        field<&SardineCustomer::isEmailVerified>(u"isEmailVerified"_s, Optional),
        field<&SardineCustomer::phone>(u"phone"_s, Optional),
        field<&SardineCustomer::isPhoneVerified>(u"isPhoneVerified"_s, Optional),
        FieldCodecDetail::makeField<CreatedAtField>(u"createdAtMillis"_s, Optional),
        FieldCodecDetail::makeField<CreatedAtMillsSpelling>(u"createdAtMills"_s, Optional),
        field<&SardineCustomer::personalInfo>(u"personalInfo"_s, Optional),
    };
    return table;
}
