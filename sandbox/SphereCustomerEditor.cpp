// Long on purpose: the sandbox reads Sphere's create/update bodies field by field with its own code,
// independent of the app's field tables, because it is the oracle the clients are tested against —
// a rule shared by both would let a wrong rule pass every test.
#include "SphereCustomerEditor.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kAddressKeys {
    u"line1"_s, u"line2"_s, u"city"_s, u"postalCode"_s, u"state"_s, u"country"_s
};
// line2 is optional everywhere; state only where the country has states we require (see README).
const QStringList kRequiredAddressKeys { u"line1"_s, u"city"_s, u"state"_s, u"postalCode"_s, u"country"_s };

const QStringList kCommonKeys { u"type"_s,        u"meta"_s,    u"lookupKey"_s,
                                u"email"_s,       u"website"_s, u"highVolume"_s,
                                u"phoneNumber"_s, u"address"_s, u"proofOfAddressDocument"_s };
const QStringList kIndividualKeys {
    u"firstName"_s, u"lastName"_s, u"dob"_s, u"ssn"_s, u"identityDocumentFront"_s, u"identityDocumentBack"_s
};
const QStringList kBusinessKeys {
    u"businessType"_s,
    u"ein"_s,
    u"name"_s,
    u"description"_s,
    u"thirdParty"_s,
    u"thirdPartyMessage"_s,
    u"tosAccepted"_s,
    u"tosDisclaimer"_s,
    u"ubos"_s,
    u"incorporationDocument"_s,
    u"shareholderDocument"_s,
    u"statementOfFunds"_s,
    u"estimatedAnnualRevenueUsd"_s,
    u"expectedMonthlyPaymentsUsd"_s,
    u"operatesInProhibitedCountries"_s,
    u"highRiskActivities"_s,
    u"sourceOfFundsDescription"_s,
    u"transmitsCustomerFunds"_s,
    u"transmitsCustomerFundsDescription"_s,
};
const QStringList kUpdateOnlyKeys { u"actingAsIntermediary"_s, u"employmentStatus"_s,
                                    u"expectedMonthlyPayments"_s, u"mostRecentOccupation"_s };
const QStringList kUboKeys { u"firstName"_s,
                             u"lastName"_s,
                             u"dob"_s,
                             u"ssn"_s,
                             u"business"_s,
                             u"identityDocumentFront"_s,
                             u"identityDocumentBack"_s,
                             u"email"_s,
                             u"phoneNumber"_s,
                             u"address"_s };
const QStringList kRevenueBuckets { u"_0_99999"_s,           u"_100000_999999"_s,      u"_1000000_9999999"_s,
                                    u"_10000000_49999999"_s, u"_50000000_249999999"_s, u"_250000000_plus"_s };
const QStringList kHighRiskActivities {
    u"none_of_the_above"_s,
    u"adult_entertainment"_s,
    u"gambling"_s,
    u"hold_client_funds"_s,
    u"investment_activities"_s,
    u"lending_banking"_s,
    u"marijuana_or_related_services"_s,
    u"money_services"_s,
    u"operate_foreign_exchange_virtual_currencies_brokerage_otc"_s,
    u"safe_deposit_box_rentals"_s,
    u"third_party_payment_processing"_s,
    u"weapons_firearms_and_explosives"_s,
};
// Sphere documents no rule for isProhibitedBusinessType; these two activities set it (README).
const QStringList kProhibitedActivities { u"marijuana_or_related_services"_s,
                                          u"weapons_firearms_and_explosives"_s };

// Requirements that are documents still to upload; the rest are personal or company data.
const QStringList kDocumentRequirements { u"customerIdentityDocument"_s, u"proofOfAddress"_s,
                                          u"incorporationDocument"_s };

using Format = SphereCustomerEditor::Format;
const Format kEmailFormat { u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s, u"must be a valid email address"_s };
const Format kWebsiteFormat { u"^https?://[^\\s/]+\\.[^\\s]+$"_s, u"must be an http:// or https:// URL"_s };
const Format kPhoneFormat { u"^\\+[1-9][0-9]{6,14}$"_s, u"must be in E.164 format, e.g. +12345678900"_s };
const Format kSsnFormat { u"^[0-9]{3}-?[0-9]{2}-?[0-9]{4}$"_s, u"must be 9 digits, e.g. 111-11-1111"_s };
const Format kEinFormat { u"^[0-9]{2}-?[0-9]{7}$"_s, u"must be 9 digits, e.g. 12-3456789"_s };
const Format kCustomerIdFormat { u"^customer_[0-9a-f]{32}$"_s,
                                 u"must be a customer id (customer_<32 hex>)"_s };

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

QJsonObject emptyAddress()
{
    QJsonObject a;
    for (const QString &k : kAddressKeys)
        a.insert(k, QJsonValue::Null);
    return a;
}

bool hasDocument(const QJsonObject &privateData, const QString &kind)
{
    return privateData.value(u"documents"_s).toArray().contains(kind);
}

void addressRequirements(const QJsonObject &address, QJsonArray &out, const QString &prefix)
{
    const QString country = address.value(u"country"_s).toString();
    for (const QString &k : kRequiredAddressKeys) {
        if (k == u"state"_s && !country.isEmpty() && country != u"USA"_s)
            continue;
        if (address.value(k).toString().isEmpty())
            out.append(QString(prefix + k));
    }
}

} // namespace

QJsonObject SphereCustomerEditor::newCustomer(const QString &id, const QString &type, const QString &now)
{
    const QJsonValue null(QJsonValue::Null);
    const bool business = type == u"business"_s;
    return {
        { u"id"_s, id },
        { u"meta"_s, QJsonObject() },
        { u"description"_s, null },
        { u"sourceOfFunds"_s, null },
        { u"thirdParty"_s, null },
        { u"thirdPartyMessage"_s, null },
        { u"lookupKey"_s, null },
        { u"type"_s, type },
        { u"kyc"_s, u"incomplete"_s },
        { u"tos"_s, u"incomplete"_s },
        { u"msa"_s, u"incomplete"_s },
        { u"euAccountTos"_s, u"incomplete"_s },
        { u"operatingResidency"_s, u"incomplete"_s },
        { u"isProhibitedBusinessType"_s, business ? QJsonValue(false) : null },
        { u"website"_s, null },
        { u"additionalReviewRequiredReason"_s, null },
        { u"requirements"_s, QJsonArray() },
        { u"address"_s, emptyAddress() },
        { u"ubos"_s, QJsonArray() },
        { u"email"_s, null },
        { u"firstName"_s, null },
        { u"lastName"_s, null },
        { u"phoneNumber"_s, null },
        { u"mock"_s, false },
        { u"wallets"_s, QJsonArray() },
        { u"bankAccounts"_s, QJsonArray() },
        { u"achPullUserIntentId"_s, null },
        { u"verificationLevels"_s, QJsonArray() },
        { u"created"_s, now },
        { u"updated"_s, now },
    };
}

SphereCustomerEditor::SphereCustomerEditor(QJsonObject customer, QJsonObject privateData, QString now)
    : m_customer(std::move(customer)), m_private(std::move(privateData)), m_now(std::move(now))
{ }

bool SphereCustomerEditor::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

std::optional<QJsonValue> SphereCustomerEditor::typed(const QJsonObject &o, const QString &key,
                                                      const QString &path, QJsonValue::Type type,
                                                      const QString &typeName)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.type() != type) {
        fail(path + u" must be "_s + typeName);
        return std::nullopt;
    }
    return v;
}

bool SphereCustomerEditor::string(const QJsonObject &o, const QString &key, const QString &path, QString *out)
{
    const auto v = typed(o, key, path, QJsonValue::String, u"a string"_s);
    if (v)
        *out = v->toString();
    return v.has_value();
}

bool SphereCustomerEditor::boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out)
{
    const auto v = typed(o, key, path, QJsonValue::Bool, u"a boolean"_s);
    if (v)
        *out = v->toBool();
    return v.has_value();
}

bool SphereCustomerEditor::formatted(const QJsonObject &o, const QString &key, const QString &path,
                                     const Format &format, QJsonObject &target)
{
    QString s;
    if (!string(o, key, path, &s))
        return true;
    if (!matches(format.pattern, s))
        return fail(path + u' ' + format.requirement);
    target.insert(key, s);
    return true;
}

bool SphereCustomerEditor::applyCreate(const QJsonObject &body)
{
    return apply(body, true);
}

bool SphereCustomerEditor::applyUpdate(const QJsonObject &body)
{
    return apply(body, false);
}

bool SphereCustomerEditor::apply(const QJsonObject &body, bool creating)
{
    m_creating = creating;
    const QString existingType = m_customer.value(u"type"_s).toString();
    QString type;
    if (string(body, u"type"_s, u"type"_s, &type)) {
        if (type != u"individual"_s && type != u"business"_s)
            return fail(u"type must be one of individual, business"_s);
        if (!creating && type != existingType)
            return fail(u"type cannot be changed after a customer is created"_s);
    }
    if (!m_error.isEmpty())
        return false;
    const bool business = existingType == u"business"_s;

    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        const QString key = it.key();
        if (kCommonKeys.contains(key))
            continue;
        if (kIndividualKeys.contains(key)) {
            if (business)
                return fail(key + u" is only accepted for individual customers"_s
                            + (key == u"firstName"_s || key == u"lastName"_s ? u"; use name for a business"_s
                                                                             : QString()));
            continue;
        }
        if (kBusinessKeys.contains(key)) {
            if (!business)
                return fail(key + u" is only accepted for business customers"_s);
            continue;
        }
        if (kUpdateOnlyKeys.contains(key)) {
            if (creating)
                return fail(key + u" can only be set when updating a customer"_s);
            continue;
        }
        return fail(key + u" is not a recognised field"_s);
    }

    if (!applyCommon(body))
        return false;
    if (!(business ? applyBusiness(body) : applyIndividual(body)))
        return false;
    if (!applyUpdateOnly(body, QString(), m_private, creating))
        return false;

    m_customer.insert(u"requirements"_s, requirementsFor(m_customer, m_private));
    if (!creating) {
        m_customer.insert(u"updated"_s, m_now);
        // Create always answers "incomplete" (as documented); the first update that leaves only
        // document uploads outstanding moves the customer to review, as the update example shows.
        if (m_customer.value(u"kyc"_s).toString() == u"incomplete"_s
            && hasOnlyDocumentRequirements(m_customer))
            m_customer.insert(u"kyc"_s, u"pending"_s);
        // The documented update example: an individual with no verification level comes back
        // with the ach_pull level started, missing the IP address and the user intent.
        if (m_customer.value(u"type"_s).toString() == u"individual"_s
            && m_customer.value(u"verificationLevels"_s).toArray().isEmpty())
            m_customer.insert(
                u"verificationLevels"_s,
                QJsonArray { QJsonObject {
                    { u"name"_s, u"ach_pull"_s },
                    { u"status"_s, u"incomplete"_s },
                    { u"requirements"_s, QJsonArray { u"ipAddress"_s, u"createUserIntent"_s } } } });
    }
    return true;
}

bool SphereCustomerEditor::applyCommon(const QJsonObject &body)
{
    const QJsonValue meta = body.value(u"meta"_s);
    if (!meta.isUndefined() && !meta.isNull()) {
        if (!meta.isObject())
            return fail(u"meta must be an object of key-value pairs"_s);
        m_customer.insert(u"meta"_s, meta); // replaced as a whole, like the vendor's example
    }
    QString s;
    if (string(body, u"lookupKey"_s, u"lookupKey"_s, &s))
        m_customer.insert(u"lookupKey"_s, s);
    if (!formatted(body, u"email"_s, u"email"_s, kEmailFormat, m_customer)
        || !formatted(body, u"website"_s, u"website"_s, kWebsiteFormat, m_customer))
        return false;
    bool b = false;
    if (boolean(body, u"highVolume"_s, u"highVolume"_s, &b))
        m_private.insert(u"highVolume"_s, b);
    if (!formatted(body, u"phoneNumber"_s, u"phoneNumber"_s, kPhoneFormat, m_customer))
        return false;
    if (!m_error.isEmpty())
        return false;
    QJsonObject address = m_customer.value(u"address"_s).toObject();
    if (!applyAddress(body.value(u"address"_s), u"address"_s, address))
        return false;
    m_customer.insert(u"address"_s, address);
    return applyDocument(body, u"proofOfAddressDocument"_s, u"proofOfAddressDocument"_s, u"customer"_s,
                         m_private);
}

bool SphereCustomerEditor::applyAddress(const QJsonValue &value, const QString &path, QJsonObject &target)
{
    for (const QString &k : kAddressKeys) {
        if (!target.contains(k))
            target.insert(k, QJsonValue::Null);
    }
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(path + u" must be an object"_s);
    const QJsonObject a = value.toObject();
    for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
        if (!kAddressKeys.contains(it.key()))
            return fail(path + u'.' + it.key() + u" is not a recognised address field"_s);
        const QString field = path + u'.' + it.key();
        if (it.value().isNull()) {
            target.insert(it.key(), QJsonValue::Null); // explicit null clears one address line
            continue;
        }
        if (!it.value().isString())
            return fail(field + u" must be a string"_s);
        const QString s = it.value().toString().trimmed();
        if (s.isEmpty())
            return fail(field + u" must not be empty"_s);
        if (it.key() == u"country"_s && !matches(u"^[A-Z]{3}$"_s, s))
            return fail(field + u" must be an ISO 3166-1 alpha-3 code, e.g. USA"_s);
        if (it.key() == u"state"_s && !matches(u"^[A-Z0-9]{1,3}$"_s, s))
            return fail(field + u" must be an ISO 3166-2 subdivision code, e.g. CA"_s);
        target.insert(it.key(), s);
    }
    return true;
}

bool SphereCustomerEditor::applyDob(const QJsonValue &value, const QString &path, QJsonObject &target)
{
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject())
        return fail(path + u" must be an object with day, month and year"_s);
    const QJsonObject dob = value.toObject();
    int parts[3] = {};
    const QString names[3] = { u"day"_s, u"month"_s, u"year"_s };
    for (int i = 0; i < 3; ++i) {
        const QJsonValue v = dob.value(names[i]);
        if (!v.isDouble() || v.toDouble() != double(v.toInt()))
            return fail(path + u'.' + names[i] + u" must be an integer"_s);
        parts[i] = v.toInt();
    }
    for (auto it = dob.constBegin(); it != dob.constEnd(); ++it) {
        if (it.key() != names[0] && it.key() != names[1] && it.key() != names[2])
            return fail(path + u'.' + it.key() + u" is not a recognised field"_s);
    }
    const QDate date(parts[2], parts[1], parts[0]);
    if (!date.isValid() || parts[2] < 1900)
        return fail(path + u" is not a valid date"_s);
    if (date > QDate::currentDate())
        return fail(path + u" must not be in the future"_s);
    target.insert(u"dob"_s,
                  QJsonObject { { u"day"_s, parts[0] }, { u"month"_s, parts[1] }, { u"year"_s, parts[2] } });
    return true;
}

bool SphereCustomerEditor::applyDocument(const QJsonObject &body, const QString &key, const QString &path,
                                         const QString &owner, QJsonObject &privateTarget)
{
    QString text;
    if (!string(body, key, path, &text))
        return m_error.isEmpty();
    // Tolerate a data: URL prefix and line-wrapped base64 (what `base64` prints), nothing else.
    const qsizetype comma = text.indexOf(u',');
    if (text.startsWith(u"data:"_s) && comma > 0 && text.left(comma).endsWith(u";base64"_s))
        text = text.mid(comma + 1);
    text.remove(QRegularExpression(u"\\s+"_s));
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || text.isEmpty() || decoded.decoded.isEmpty())
        return fail(path + u" must be a non-empty base64-encoded document"_s);
    m_documents.append({ owner, key, decoded.decoded });
    QJsonArray kinds = privateTarget.value(u"documents"_s).toArray();
    if (!kinds.contains(key))
        kinds.append(key);
    privateTarget.insert(u"documents"_s, kinds);
    return true;
}

bool SphereCustomerEditor::applyIndividual(const QJsonObject &body)
{
    QString s;
    if (string(body, u"firstName"_s, u"firstName"_s, &s)) {
        if (s.trimmed().isEmpty())
            return fail(u"firstName must not be empty"_s);
        m_customer.insert(u"firstName"_s, s.trimmed());
    }
    if (string(body, u"lastName"_s, u"lastName"_s, &s)) {
        if (s.trimmed().isEmpty())
            return fail(u"lastName must not be empty"_s);
        m_customer.insert(u"lastName"_s, s.trimmed());
    }
    if (!formatted(body, u"ssn"_s, u"ssn"_s, kSsnFormat, m_private))
        return false;
    if (!m_error.isEmpty() || !applyDob(body.value(u"dob"_s), u"dob"_s, m_private))
        return false;
    return applyDocument(body, u"identityDocumentFront"_s, u"identityDocumentFront"_s, u"customer"_s,
                         m_private)
        && applyDocument(body, u"identityDocumentBack"_s, u"identityDocumentBack"_s, u"customer"_s,
                         m_private);
}

bool SphereCustomerEditor::applyBusiness(const QJsonObject &body)
{
    QString s;
    bool b = false;
    if (string(body, u"businessType"_s, u"businessType"_s, &s)) {
        if (s != u"individual"_s && s != u"business"_s)
            return fail(u"businessType must be one of individual, business"_s);
        m_private.insert(u"businessType"_s, s);
    }
    if (!formatted(body, u"ein"_s, u"ein"_s, kEinFormat, m_private))
        return false;
    if (string(body, u"name"_s, u"name"_s, &s)) {
        if (s.trimmed().isEmpty())
            return fail(u"name must not be empty"_s);
        // A business's legal name is the customer's firstName; lastName stays null (documented).
        m_customer.insert(u"firstName"_s, s.trimmed());
        m_customer.insert(u"lastName"_s, QJsonValue::Null);
    }
    if (string(body, u"description"_s, u"description"_s, &s))
        m_customer.insert(u"description"_s, s);
    if (boolean(body, u"thirdParty"_s, u"thirdParty"_s, &b))
        m_customer.insert(u"thirdParty"_s, b);
    if (string(body, u"thirdPartyMessage"_s, u"thirdPartyMessage"_s, &s))
        m_customer.insert(u"thirdPartyMessage"_s, s);
    if (!m_error.isEmpty())
        return false;

    bool tosAccepted = false;
    const bool tosGiven = boolean(body, u"tosAccepted"_s, u"tosAccepted"_s, &tosAccepted);
    QString disclaimer;
    const bool disclaimerGiven = string(body, u"tosDisclaimer"_s, u"tosDisclaimer"_s, &disclaimer);
    if (!m_error.isEmpty())
        return false;
    if (tosGiven && tosAccepted) {
        if (!disclaimerGiven || disclaimer != QString::fromUtf16(kTosDisclaimer))
            return fail(u"tosDisclaimer must be exactly \""_s + QString::fromUtf16(kTosDisclaimer)
                        + u"\" when tosAccepted is true"_s);
        m_customer.insert(u"tos"_s, u"approved"_s);
    }
    if (tosGiven)
        m_private.insert(u"tosAccepted"_s, tosAccepted);

    for (const QString &doc :
         { u"incorporationDocument"_s, u"shareholderDocument"_s, u"statementOfFunds"_s }) {
        if (!applyDocument(body, doc, doc, u"customer"_s, m_private))
            return false;
    }
    if (string(body, u"estimatedAnnualRevenueUsd"_s, u"estimatedAnnualRevenueUsd"_s, &s)) {
        if (!kRevenueBuckets.contains(s))
            return fail(u"estimatedAnnualRevenueUsd must be one of "_s + kRevenueBuckets.join(u", "_s));
        m_private.insert(u"estimatedAnnualRevenueUsd"_s, s);
    }
    const QJsonValue monthly = body.value(u"expectedMonthlyPaymentsUsd"_s);
    if (!monthly.isUndefined() && !monthly.isNull()) {
        if (!monthly.isDouble() || monthly.toDouble() < 0)
            return fail(u"expectedMonthlyPaymentsUsd must be a non-negative number"_s);
        m_private.insert(u"expectedMonthlyPaymentsUsd"_s, monthly);
    }
    if (boolean(body, u"operatesInProhibitedCountries"_s, u"operatesInProhibitedCountries"_s, &b))
        m_private.insert(u"operatesInProhibitedCountries"_s, b);
    const QJsonValue activities = body.value(u"highRiskActivities"_s);
    if (!activities.isUndefined() && !activities.isNull()) {
        if (!activities.isArray())
            return fail(u"highRiskActivities must be an array of strings"_s);
        const QJsonArray list = activities.toArray();
        bool prohibited = false;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString value = list.at(i).toString();
            if (!list.at(i).isString() || !kHighRiskActivities.contains(value))
                return fail(u"highRiskActivities[%1] must be one of "_s.arg(i)
                            + kHighRiskActivities.join(u", "_s));
            prohibited = prohibited || kProhibitedActivities.contains(value);
        }
        m_private.insert(u"highRiskActivities"_s, list);
        m_customer.insert(u"isProhibitedBusinessType"_s, prohibited);
    }
    if (string(body, u"sourceOfFundsDescription"_s, u"sourceOfFundsDescription"_s, &s)) {
        if (s.trimmed().isEmpty())
            return fail(u"sourceOfFundsDescription must not be empty"_s);
        m_customer.insert(u"sourceOfFunds"_s, s); // the object's sourceOfFunds mirrors it
    }
    if (boolean(body, u"transmitsCustomerFunds"_s, u"transmitsCustomerFunds"_s, &b))
        m_private.insert(u"transmitsCustomerFunds"_s, b);
    if (string(body, u"transmitsCustomerFundsDescription"_s, u"transmitsCustomerFundsDescription"_s, &s))
        m_private.insert(u"transmitsCustomerFundsDescription"_s, s);
    if (!m_error.isEmpty())
        return false;

    const QJsonValue ubos = body.value(u"ubos"_s);
    if (!ubos.isUndefined() && !ubos.isNull()) {
        if (!ubos.isArray())
            return fail(u"ubos must be an array of objects"_s);
        return applyUbos(ubos.toArray());
    }
    return true;
}

bool SphereCustomerEditor::applyUbos(const QJsonArray &ubos)
{
    // The given array is the new list; an element merges into the UBO at the same position, so
    // ids survive an update that corrects one field (README).
    const QJsonArray existing = m_customer.value(u"ubos"_s).toArray();
    QJsonObject privateUbos = m_private.value(u"ubos"_s).toObject();
    QJsonArray result;
    for (qsizetype i = 0; i < ubos.size(); ++i) {
        const QString path = u"ubos[%1]"_s.arg(i);
        if (!ubos.at(i).isObject())
            return fail(path + u" must be an object"_s);
        const QJsonObject in = ubos.at(i).toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            if (kUboKeys.contains(it.key()))
                continue;
            if (kUpdateOnlyKeys.contains(it.key()) && !m_creating)
                continue;
            return fail(path + u'.' + it.key() + u" is not a recognised UBO field"_s);
        }
        QJsonObject ubo = i < existing.size()
            ? existing.at(i).toObject()
            : QJsonObject {
                  { u"id"_s, QString(u"ubo_"_s + QUuid::createUuid().toString(QUuid::Id128)) },
                  { u"requirements"_s, QJsonArray() },
                  { u"email"_s, QJsonValue::Null },
                  { u"firstName"_s, QJsonValue::Null },
                  { u"lastName"_s, QJsonValue::Null },
                  { u"phoneNumber"_s, QJsonValue::Null },
                  { u"address"_s, emptyAddress() },
                  { u"created"_s, m_now },
                  { u"updated"_s, m_now },
              };
        const QString uboId = ubo.value(u"id"_s).toString();
        QJsonObject priv = privateUbos.value(uboId).toObject();
        QString s;
        for (const QString &key : { u"firstName"_s, u"lastName"_s }) {
            if (string(in, key, path + u'.' + key, &s)) {
                if (s.trimmed().isEmpty())
                    return fail(path + u'.' + key + u" must not be empty"_s);
                ubo.insert(key, s.trimmed());
            }
        }
        if (!formatted(in, u"email"_s, path + u".email"_s, kEmailFormat, ubo)
            || !formatted(in, u"phoneNumber"_s, path + u".phoneNumber"_s, kPhoneFormat, ubo)
            || !formatted(in, u"ssn"_s, path + u".ssn"_s, kSsnFormat, priv)
            || !formatted(in, u"business"_s, path + u".business"_s, kCustomerIdFormat, priv))
            return false;
        if (!m_error.isEmpty())
            return false;
        QJsonObject address = ubo.value(u"address"_s).toObject();
        if (!applyAddress(in.value(u"address"_s), path + u".address"_s, address)
            || !applyDob(in.value(u"dob"_s), path + u".dob"_s, priv)
            || !applyDocument(in, u"identityDocumentFront"_s, path + u".identityDocumentFront"_s, uboId, priv)
            || !applyDocument(in, u"identityDocumentBack"_s, path + u".identityDocumentBack"_s, uboId, priv)
            || !applyUpdateOnly(in, path + u'.', priv, m_creating))
            return false;
        ubo.insert(u"address"_s, address);
        QJsonArray requirements;
        if (!priv.contains(u"ssn"_s))
            requirements.append(u"ssn"_s);
        if (!priv.contains(u"dob"_s))
            requirements.append(u"dob"_s);
        if (!hasDocument(priv, u"identityDocumentFront"_s))
            requirements.append(u"customerIdentityDocument"_s);
        ubo.insert(u"requirements"_s, requirements);
        if (i < existing.size())
            ubo.insert(u"updated"_s, m_now);
        privateUbos.insert(uboId, priv);
        result.append(ubo);
    }
    m_customer.insert(u"ubos"_s, result);
    m_private.insert(u"ubos"_s, privateUbos);
    return true;
}

bool SphereCustomerEditor::applyUpdateOnly(const QJsonObject &body, const QString &prefix,
                                           QJsonObject &target, bool creating)
{
    if (creating)
        return true; // already refused by the key check
    bool b = false;
    if (boolean(body, u"actingAsIntermediary"_s, prefix + u"actingAsIntermediary"_s, &b))
        target.insert(u"actingAsIntermediary"_s, b);
    QString s;
    for (const QString &key :
         { u"employmentStatus"_s, u"expectedMonthlyPayments"_s, u"mostRecentOccupation"_s }) {
        if (string(body, key, prefix + key, &s))
            target.insert(key, s);
    }
    return m_error.isEmpty();
}

QJsonArray SphereCustomerEditor::requirementsFor(const QJsonObject &customer, const QJsonObject &privateData)
{
    QJsonArray out;
    const QJsonObject address = customer.value(u"address"_s).toObject();
    addressRequirements(address, out, u"address."_s);
    const QString country = address.value(u"country"_s).toString();
    if (customer.value(u"type"_s).toString() == u"business"_s) {
        if (customer.value(u"firstName"_s).toString().isEmpty())
            out.append(u"name"_s);
        if (!privateData.contains(u"ein"_s))
            out.append(u"ein"_s);
        if (!hasDocument(privateData, u"incorporationDocument"_s))
            out.append(u"incorporationDocument"_s);
        if (!hasDocument(privateData, u"proofOfAddressDocument"_s))
            out.append(u"proofOfAddress"_s);
        if (customer.value(u"ubos"_s).toArray().isEmpty())
            out.append(u"ubos"_s);
        return out;
    }
    if (customer.value(u"firstName"_s).toString().isEmpty())
        out.append(u"firstName"_s);
    if (customer.value(u"lastName"_s).toString().isEmpty())
        out.append(u"lastName"_s);
    if (!privateData.contains(u"dob"_s))
        out.append(u"dob"_s);
    if (!hasDocument(privateData, u"identityDocumentFront"_s))
        out.append(u"customerIdentityDocument"_s);
    // An SSN is a US identifier: only US (or not yet known) residents are asked for one.
    if (!privateData.contains(u"ssn"_s) && (country.isEmpty() || country == u"USA"_s))
        out.append(u"ssn"_s);
    return out;
}

bool SphereCustomerEditor::hasOnlyDocumentRequirements(const QJsonObject &customer)
{
    const QJsonArray requirements = customer.value(u"requirements"_s).toArray();
    for (const QJsonValue &r : requirements) {
        if (!kDocumentRequirements.contains(r.toString()))
            return false;
    }
    const QJsonArray ubos = customer.value(u"ubos"_s).toArray();
    for (const QJsonValue &u : ubos) {
        const QJsonArray uboRequirements = u.toObject().value(u"requirements"_s).toArray();
        for (const QJsonValue &r : uboRequirements) {
            if (!kDocumentRequirements.contains(r.toString()))
                return false;
        }
    }
    return true;
}
