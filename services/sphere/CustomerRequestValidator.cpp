#include "CustomerRequestValidator.h"

#include "DocumentInspector.h"

#include <cmath>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every officially assigned ISO 3166-1 alpha-3 code (249), sorted for a binary search. Qt 6.4's
// QLocale only exposes alpha-2 territory codes (territoryToCode), and its territory list mixes in
// regions that are not countries, so a static table is both smaller and exact.
constexpr const char kAlpha3[] = "ABWAFGAGOAIAALAALBANDAREARGARMASMATAATFATGAUSAUTAZE"
                                 "BDIBELBENBESBFABGDBGRBHRBHSBIHBLMBLRBLZBMUBOLBRABRBBRNBTNBVTBWA"
                                 "CAFCANCCKCHECHLCHNCIVCMRCODCOGCOKCOLCOMCPVCRICUBCUWCXRCYMCYPCZE"
                                 "DEUDJIDMADNKDOMDZA"
                                 "ECUEGYERIESHESPESTETH"
                                 "FINFJIFLKFRAFROFSM"
                                 "GABGBRGEOGGYGHAGIBGINGLPGMBGNBGNQGRCGRDGRLGTMGUFGUMGUY"
                                 "HKGHMDHNDHRVHTIHUN"
                                 "IDNIMNINDIOTIRLIRNIRQISLISRITA"
                                 "JAMJEYJORJPN"
                                 "KAZKENKGZKHMKIRKNAKORKWT"
                                 "LAOLBNLBRLBYLCALIELKALSOLTULUXLVA"
                                 "MACMAFMARMCOMDAMDGMDVMEXMHLMKDMLIMLTMMRMNEMNGMNPMOZMRTMSRMTQMUSMWIMYSMYT"
                                 "NAMNCLNERNFKNGANICNIUNLDNORNPLNRUNZL"
                                 "OMN"
                                 "PAKPANPCNPERPHLPLWPNGPOLPRIPRKPRTPRYPSEPYF"
                                 "QAT"
                                 "REUROURUSRWA"
                                 "SAUSDNSENSGPSGSSHNSJMSLBSLESLVSMRSOMSPMSRBSSDSTPSURSVKSVNSWESWZSXMSYCSYR"
                                 "TCATCDTGOTHATJKTKLTKMTLSTONTTOTUNTURTUVTWNTZA"
                                 "UGAUKRUMIURYUSAUZB"
                                 "VATVCTVENVGBVIRVNMVUT"
                                 "WLFWSM"
                                 "YEM"
                                 "ZAFZMBZWE";
constexpr qsizetype kAlpha3Count = (sizeof(kAlpha3) - 1) / 3;
static_assert((sizeof(kAlpha3) - 1) % 3 == 0 && kAlpha3Count == 249);

const QStringList kIndividualOnly {
    u"firstName"_s, u"lastName"_s, u"dob"_s, u"ssn"_s, u"identityDocumentFront"_s, u"identityDocumentBack"_s
};
const QStringList &kTopKeys = sphereRequestKeys();
const QStringList &kUboKeys = sphereUboRequestKeys();
const QStringList &kAddressKeys = sphereAddressKeys();

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

// The patterns the vendor documents or the sandbox enforces; compiled once.
const QRegularExpression &emailPattern()
{
    static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s);
    return re;
}
const QRegularExpression &phonePattern()
{
    static const QRegularExpression re(u"^\\+[1-9][0-9]{6,14}$"_s);
    return re;
}
const QRegularExpression &ssnPattern()
{
    static const QRegularExpression re(u"^(?:[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$"_s);
    return re;
}
const QRegularExpression &einPattern()
{
    static const QRegularExpression re(u"^(?:[0-9]{9}|[0-9]{2}-[0-9]{7})$"_s);
    return re;
}
const QRegularExpression &statePattern()
{
    static const QRegularExpression re(u"^[A-Z0-9]{1,3}$"_s);
    return re;
}
const QRegularExpression &customerIdPattern()
{
    static const QRegularExpression re(u"^customer_[0-9a-f]{32}$"_s);
    return re;
}

class Checker
{
public:
    Checker(CustomerRequestValidator::Mode mode, qint64 maxDocumentBytes, QDate today)
        : m_mode(mode), m_maxDocumentBytes(maxDocumentBytes), m_today(today)
    { }

    QList<FieldIssue> issues;

    void add(const QString &field, const QString &message) { issues.append({ field, message }); }

    void required(const QString &field, const std::optional<QString> &value, const QString &whenMissing)
    {
        if (!value) {
            if (m_mode == CustomerRequestValidator::Mode::Create)
                add(field, whenMissing);
        } else if (value->trimmed().isEmpty()) {
            add(field, whenMissing);
        }
    }

    void notBlank(const QString &field, const std::optional<QString> &value, const QString &message)
    {
        if (value && value->trimmed().isEmpty())
            add(field, message);
    }

    void email(const QString &field, const std::optional<QString> &value)
    {
        if (value && !value->trimmed().isEmpty() && !matches(emailPattern(), *value))
            add(field,
                CustomerRequestValidator::tr(
                    "\"%1\" is not an email address; enter one like name@example.com.")
                    .arg(*value));
    }

    void phone(const QString &field, const std::optional<QString> &value)
    {
        if (!value || matches(phonePattern(), *value))
            return;
        add(field,
            value->contains(u' ') || value->contains(u'-') || value->contains(u'(')
                ? CustomerRequestValidator::tr(
                    "Write the phone number without spaces, dashes or brackets, in "
                    "E.164 form: + and the country code, e.g. +12345678900.")
                : CustomerRequestValidator::tr(
                    "Enter the phone number in E.164 form: + and the country code, "
                    "then the number, 7 to 15 digits in all, e.g. +12345678900."));
    }

    void address(const QString &path, const std::optional<Address> &value)
    {
        if (!value)
            return;
        const Address &a = *value;
        const std::pair<QString, const std::optional<QString> *> parts[] = {
            { u"line1"_s, &a.line1 },           { u"line2"_s, &a.line2 }, { u"city"_s, &a.city },
            { u"postalCode"_s, &a.postalCode }, { u"state"_s, &a.state }, { u"country"_s, &a.country },
        };
        for (const auto &[key, part] : parts) {
            if (*part && (*part)->trimmed().isEmpty())
                add(path + u'.' + key,
                    CustomerRequestValidator::tr("This address field is blank; fill it in or leave it out."));
        }
        if (a.state && !a.state->trimmed().isEmpty() && !matches(statePattern(), a.state->trimmed()))
            add(path + u".state"_s,
                CustomerRequestValidator::tr(
                    "\"%1\" is not a subdivision code; enter the ISO 3166-2 code without "
                    "the country part, e.g. CA for California or NSW for New South "
                    "Wales.")
                    .arg(*a.state));
        if (a.country && !a.country->trimmed().isEmpty()) {
            const QString code = a.country->trimmed();
            if (CustomerRequestValidator::isKnownCountryAlpha3(code))
                return;
            if (CustomerRequestValidator::isKnownCountryAlpha3(code.toUpper()))
                add(path + u".country"_s,
                    CustomerRequestValidator::tr("Write the country code in capitals: %1.")
                        .arg(code.toUpper()));
            else if (code.size() == 2)
                add(path + u".country"_s,
                    CustomerRequestValidator::tr("\"%1\" looks like a two-letter code; Sphere needs the "
                                                 "three-letter ISO 3166-1 alpha-3 code, e.g. USA, GBR, DEU.")
                        .arg(code));
            else
                add(path + u".country"_s,
                    CustomerRequestValidator::tr("\"%1\" is not an ISO 3166-1 alpha-3 country code; use the "
                                                 "three-letter code, e.g. USA, GBR, DEU.")
                        .arg(code));
        }
    }

    void dob(const QString &field, const std::optional<DateOfBirth> &value)
    {
        if (!value)
            return;
        const QDate date(value->year, value->month, value->day);
        if (!date.isValid())
            add(field,
                CustomerRequestValidator::tr("%1-%2-%3 (year-month-day) is not a real date.")
                    .arg(value->year)
                    .arg(value->month, 2, 10, QLatin1Char('0'))
                    .arg(value->day, 2, 10, QLatin1Char('0')));
        else if (date > m_today)
            add(field,
                CustomerRequestValidator::tr("The date of birth %1 is in the future.")
                    .arg(date.toString(Qt::ISODate)));
        else if (value->year < 1900)
            add(field, CustomerRequestValidator::tr("The date of birth must be in 1900 or later."));
    }

    void ssn(const QString &field, const std::optional<QString> &value)
    {
        if (value && !matches(ssnPattern(), *value))
            add(field,
                CustomerRequestValidator::tr("A social security number has 9 digits, written 123456789 or "
                                             "123-45-6789."));
    }

    void document(const QString &field, const std::optional<DocumentUpload> &value)
    {
        if (!value)
            return;
        const DocumentInspector::Check check = DocumentInspector::check(value->content, m_maxDocumentBytes);
        if (!check.ok())
            add(field, check.problem);
    }

    void createOnly(const QString &field, bool present)
    {
        if (present && m_mode == CustomerRequestValidator::Mode::Create)
            add(field,
                CustomerRequestValidator::tr("%1 can only be set when updating an existing customer, not "
                                             "when creating one.")
                    .arg(field));
    }

    void ubo(const QString &path, const UboRequest &u)
    {
        // The list is sent whole, so every owner must carry a name in both modes.
        if (!u.firstName || u.firstName->trimmed().isEmpty())
            add(path + u".firstName"_s,
                CustomerRequestValidator::tr("Enter the beneficial owner's first name."));
        if (!u.lastName || u.lastName->trimmed().isEmpty())
            add(path + u".lastName"_s,
                CustomerRequestValidator::tr("Enter the beneficial owner's last name."));
        email(path + u".email"_s, u.email);
        phone(path + u".phoneNumber"_s, u.phoneNumber);
        address(path + u".address"_s, u.address);
        dob(path + u".dob"_s, u.dob);
        ssn(path + u".ssn"_s, u.ssn);
        if (u.business && !matches(customerIdPattern(), *u.business))
            add(path + u".business"_s,
                CustomerRequestValidator::tr(
                    "\"%1\" is not a Sphere customer id (customer_ followed by 32 "
                    "lower-case hexadecimal characters); leave it empty and Sphere links "
                    "the owner to this business.")
                    .arg(*u.business));
        document(path + u".identityDocumentFront"_s, u.identityDocumentFront);
        document(path + u".identityDocumentBack"_s, u.identityDocumentBack);
        createOnly(path + u".actingAsIntermediary"_s, u.actingAsIntermediary.has_value());
        createOnly(path + u".employmentStatus"_s, u.employmentStatus.has_value());
        createOnly(path + u".expectedMonthlyPayments"_s, u.expectedMonthlyPayments.has_value());
        createOnly(path + u".mostRecentOccupation"_s, u.mostRecentOccupation.has_value());
    }

    CustomerRequestValidator::Mode mode() const { return m_mode; }
    const QDate &today() const { return m_today; }

private:
    CustomerRequestValidator::Mode m_mode;
    qint64 m_maxDocumentBytes;
    QDate m_today;
};

// Which request fields a request of one type must not carry, for the "individual only" /
// "business only" refusals the vendor makes.
QStringList presentBusinessFields(const CustomerRequest &r)
{
    QStringList out;
    auto note = [&out](const char16_t *key, bool present) {
        if (present)
            out.append(QString::fromUtf16(key));
    };
    note(u"businessType", r.businessType.has_value());
    note(u"ein", r.ein.has_value());
    note(u"name", r.name.has_value());
    note(u"description", r.description.has_value());
    note(u"thirdParty", r.thirdParty.has_value());
    note(u"thirdPartyMessage", r.thirdPartyMessage.has_value());
    note(u"tosAccepted", r.tosAccepted.has_value());
    note(u"tosDisclaimer", r.tosDisclaimer.has_value());
    note(u"ubos", r.hasUbos);
    note(u"incorporationDocument", r.incorporationDocument.has_value());
    note(u"shareholderDocument", r.shareholderDocument.has_value());
    note(u"statementOfFunds", r.statementOfFunds.has_value());
    note(u"estimatedAnnualRevenueUsd", r.estimatedAnnualRevenueUsd.has_value());
    note(u"expectedMonthlyPaymentsUsd", r.expectedMonthlyPaymentsUsd.has_value());
    note(u"operatesInProhibitedCountries", r.operatesInProhibitedCountries.has_value());
    note(u"highRiskActivities", r.highRiskActivities.has_value());
    note(u"sourceOfFundsDescription", r.sourceOfFundsDescription.has_value());
    note(u"transmitsCustomerFunds", r.transmitsCustomerFunds.has_value());
    note(u"transmitsCustomerFundsDescription", r.transmitsCustomerFundsDescription.has_value());
    return out;
}

QStringList presentIndividualFields(const CustomerRequest &r)
{
    QStringList out;
    const bool present[] = { r.firstName.has_value(),
                             r.lastName.has_value(),
                             r.dob.has_value(),
                             r.ssn.has_value(),
                             r.identityDocumentFront.has_value(),
                             r.identityDocumentBack.has_value() };
    for (qsizetype i = 0; i < kIndividualOnly.size(); ++i) {
        if (present[i])
            out.append(kIndividualOnly.at(i));
    }
    return out;
}

} // namespace

QList<FieldIssue> CustomerRequestValidator::validate(const CustomerRequest &r, Mode mode,
                                                     qint64 maxDocumentBytes, const QDate &today)
{
    Checker c(mode, maxDocumentBytes, today);
    const bool creating = mode == Mode::Create;

    // Type first: it decides which other fields belong.
    bool individual = false;
    bool business = false;
    if (!r.type) {
        if (creating)
            c.add(u"type"_s, tr("Choose whether the customer is an individual or a business."));
    } else if (*r.type == u"individual"_s) {
        individual = true;
    } else if (*r.type == u"business"_s) {
        business = true;
    } else {
        c.add(u"type"_s,
              tr("The customer type must be \"individual\" or \"business\", not \"%1\".").arg(*r.type));
    }

    if (individual) {
        c.required(u"firstName"_s, r.firstName, tr("Enter the customer's first name."));
        c.required(u"lastName"_s, r.lastName, tr("Enter the customer's last name."));
    } else if (business) {
        c.required(u"name"_s, r.name, tr("Enter the business's legal name."));
    }
    if (individual || business)
        c.required(u"email"_s, r.email, tr("Enter an email address."));
    c.email(u"email"_s, r.email);
    c.notBlank(u"lookupKey"_s, r.lookupKey, tr("The lookup key is blank; fill it in or leave it out."));
    if (r.website && !matches(QRegularExpression(u"^https?://[^\\s/]+\\.[^\\s]+$"_s), *r.website))
        c.add(u"website"_s,
              tr("Enter the website as a full address starting with https:// or http://, e.g. "
                 "https://example.com."));
    c.phone(u"phoneNumber"_s, r.phoneNumber);
    c.address(u"address"_s, r.address);
    c.document(u"proofOfAddressDocument"_s, r.proofOfAddressDocument);

    // Individual fields (checked whatever the type, so a wrong value is named even when the type is
    // also wrong; the type mismatch is reported once below).
    if (!individual) {
        c.notBlank(u"firstName"_s, r.firstName, tr("The first name is blank."));
        c.notBlank(u"lastName"_s, r.lastName, tr("The last name is blank."));
    }
    c.dob(u"dob"_s, r.dob);
    c.ssn(u"ssn"_s, r.ssn);
    c.document(u"identityDocumentFront"_s, r.identityDocumentFront);
    c.document(u"identityDocumentBack"_s, r.identityDocumentBack);
    c.createOnly(u"actingAsIntermediary"_s, r.actingAsIntermediary.has_value());
    c.createOnly(u"employmentStatus"_s, r.employmentStatus.has_value());
    c.createOnly(u"expectedMonthlyPayments"_s, r.expectedMonthlyPayments.has_value());
    c.createOnly(u"mostRecentOccupation"_s, r.mostRecentOccupation.has_value());

    // Business fields.
    if (r.businessType && *r.businessType != u"individual"_s && *r.businessType != u"business"_s)
        c.add(
            u"businessType"_s,
            tr("The business type must be \"individual\" or \"business\", not \"%1\".").arg(*r.businessType));
    if (r.ein && !matches(einPattern(), *r.ein))
        c.add(u"ein"_s,
              tr("An employer identification number has 9 digits, written 123456789 or 12-3456789."));
    if (!business)
        c.notBlank(u"name"_s, r.name, tr("The legal name is blank."));
    if (r.tosAccepted && *r.tosAccepted
        && (!r.tosDisclaimer || *r.tosDisclaimer != QString::fromUtf16(kSphereTosDisclaimer)))
        c.add(u"tosDisclaimer"_s,
              r.tosDisclaimer ? tr("The disclaimer must be exactly Sphere's text, word for word: \"%1\"")
                                    .arg(QString::fromUtf16(kSphereTosDisclaimer))
                              : tr("Accepting the terms of service needs Sphere's disclaimer with it: \"%1\"")
                                    .arg(QString::fromUtf16(kSphereTosDisclaimer)));
    if (r.hasUbos) {
        for (qsizetype i = 0; i < r.ubos.size(); ++i)
            c.ubo(u"ubos[%1]"_s.arg(i), r.ubos.at(i));
    }
    c.document(u"incorporationDocument"_s, r.incorporationDocument);
    c.document(u"shareholderDocument"_s, r.shareholderDocument);
    c.document(u"statementOfFunds"_s, r.statementOfFunds);
    if (r.estimatedAnnualRevenueUsd && !sphereRevenueBuckets().contains(*r.estimatedAnnualRevenueUsd))
        c.add(u"estimatedAnnualRevenueUsd"_s,
              tr("\"%1\" is not one of Sphere's annual revenue ranges (%2).")
                  .arg(*r.estimatedAnnualRevenueUsd, sphereRevenueBuckets().join(u", "_s)));
    if (r.expectedMonthlyPaymentsUsd
        && (!std::isfinite(*r.expectedMonthlyPaymentsUsd) || *r.expectedMonthlyPaymentsUsd < 0))
        c.add(u"expectedMonthlyPaymentsUsd"_s,
              tr("Expected monthly payments must be zero or a positive amount."));
    if (r.highRiskActivities) {
        const QStringList known = sphereHighRiskActivities();
        for (const QString &activity : *r.highRiskActivities) {
            if (!known.contains(activity)) {
                c.add(u"highRiskActivities"_s,
                      tr("\"%1\" is not one of Sphere's high-risk activities.").arg(activity));
                break;
            }
        }
    }
    c.notBlank(u"sourceOfFundsDescription"_s, r.sourceOfFundsDescription,
               tr("The source of funds is blank; describe it or leave it out."));

    // Fields of the other customer type: the vendor refuses the whole request for them.
    if (business) {
        for (const QString &field : presentIndividualFields(r))
            c.add(field,
                  tr("%1 applies to individual customers only; this customer is a business.").arg(field));
    } else if (individual) {
        for (const QString &field : presentBusinessFields(r))
            c.add(field,
                  tr("%1 applies to business customers only; this customer is an individual.").arg(field));
    }
    return c.issues;
}

bool CustomerRequestValidator::isKnownCountryAlpha3(const QString &code)
{
    if (code.size() != 3)
        return false;
    const QByteArray key = code.toLatin1();
    qsizetype lo = 0;
    qsizetype hi = kAlpha3Count;
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        const int cmp = qstrncmp(kAlpha3 + mid * 3, key.constData(), 3);
        if (cmp == 0)
            return true;
        if (cmp < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

QString CustomerRequestValidator::fieldFromVendorMessage(const QString &message)
{
    // The vendor (and the sandbox) start a field error with the field's path: "ubos[0].ssn must be
    // …", "address.country must be …". v2 problem details point with a JSON pointer instead
    // ("/ubos/0/ssn"), which is turned into the same path first.
    QString text = message.trimmed();
    if (text.startsWith(u'/')) {
        static const QRegularExpression pointerEnd(u"[\\s:]"_s); // "/ubos/0/ssn: …" as SphereCodec joins it
        const qsizetype end = text.indexOf(pointerEnd);
        const QStringList segments = text.mid(1, end < 0 ? -1 : end - 1).split(u'/', Qt::SkipEmptyParts);
        QString path;
        for (const QString &segment : segments) {
            bool isIndex = false;
            segment.toInt(&isIndex);
            path += isIndex ? u'[' + segment + u']' : (path.isEmpty() ? segment : u'.' + segment);
        }
        text = path + u' ';
    }
    static const QRegularExpression leading(
        u"^([A-Za-z0-9]+(?:\\[\\d+\\])?(?:\\.[A-Za-z0-9]+(?:\\[\\d+\\])?)*)(?:\\s|$)"_s);
    const QRegularExpressionMatch m = leading.match(text);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression segmentPattern(u"^([A-Za-z0-9]+)(?:\\[(\\d+)\\])?$"_s);
    const QStringList segments = m.captured(1).split(u'.');

    // Walks the path through the request's shape; stops at the deepest part that is a real field,
    // so "address.contry …" still points at the address and "dob.day …" at the date of birth.
    QString result;
    const QStringList *keys = &kTopKeys;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QRegularExpressionMatch s = segmentPattern.match(segments.at(i));
        const QString key = s.captured(1);
        if (!s.hasMatch() || !keys->contains(key))
            return result;
        const QString prefix = result.isEmpty() ? QString() : result + u'.';
        if (key == u"ubos"_s && keys == &kTopKeys) {
            if (s.captured(2).isEmpty())
                return prefix + key;
            result = prefix + key + u'[' + s.captured(2) + u']';
            keys = &kUboKeys;
            continue;
        }
        if (key == u"address"_s) {
            result = prefix + key;
            keys = &kAddressKeys;
            continue;
        }
        // dob parts, array elements (highRiskActivities[2]) and leaves: the field itself.
        return prefix + key;
    }
    return result;
}
