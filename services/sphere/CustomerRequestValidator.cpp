#include "CustomerRequestValidator.h"

#include "DocumentInspector.h"
#include "SphereFields.h"

#include <cmath>
#include <QRegularExpression>
#include <QUrl>
#include <type_traits>

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

// ISO 3166-2 subdivision codes (without the country part) for the countries whose customers the
// desk sees most; Sphere documents only "two-letter state code (ISO3166 subdivision code)". Other
// countries keep the shape check alone.
const QStringList &subdivisionsOf(const QString &alpha3)
{
    // United States: the 50 states, DC, and the outlying areas ISO 3166-2:US lists.
    static const QStringList us
        = u"AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO "
          "MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY "
          "DC AS GU MP PR UM VI"_s.split(u' ');
    // Canada: provinces and territories (ISO 3166-2:CA).
    static const QStringList ca = u"AB BC MB NB NL NS NT NU ON PE QC SK YT"_s.split(u' ');
    static const QStringList none;
    return alpha3 == u"USA" ? us : alpha3 == u"CAN" ? ca : none;
}

bool matches(const QRegularExpression &re, const QString &text)
{
    return re.match(text).hasMatch();
}

// The patterns the vendor documents or the sandbox enforces; compiled once, on first use.
enum class Pattern { Email, Phone, Ssn, Ein, State, Website, CustomerId };

const QRegularExpression &pattern(Pattern which)
{
    static const QRegularExpression all[] = {
        QRegularExpression(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$"_s),
        QRegularExpression(u"^\\+[1-9][0-9]{6,14}$"_s),
        QRegularExpression(u"^(?:[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4})$"_s),
        QRegularExpression(u"^(?:[0-9]{9}|[0-9]{2}-[0-9]{7})$"_s),
        QRegularExpression(u"^[A-Z0-9]{1,3}$"_s),
        QRegularExpression(u"^https?://[^\\s/]+\\.[^\\s]+$"_s),
        QRegularExpression(u"^customer_[0-9a-f]{32}$"_s),
    };
    return all[int(which)];
}

// The rules that are one pattern with one message for a value that does not match it.
struct PatternRule
{
    SphereRule::Rule rule;
    Pattern pattern;
    const char *mismatch;
};
const PatternRule kPatternRules[] = {
    { SphereRule::Website, Pattern::Website,
      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                        "Enter the website as a full address starting with https:// or http://, e.g. "
                        "https://example.com.") },
    { SphereRule::Ssn, Pattern::Ssn,
      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                        "A social security number has 9 digits, written 123456789 or 123-45-6789.") },
    { SphereRule::Ein, Pattern::Ein,
      QT_TRANSLATE_NOOP("CustomerRequestValidator",
                        "An employer identification number has 9 digits, written 123456789 or 12-3456789.") },
};

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

    void phone(const QString &field, const QString &value)
    {
        if (matches(pattern(Pattern::Phone), value))
            return;
        add(field,
            value.contains(u' ') || value.contains(u'-') || value.contains(u'(')
                ? CustomerRequestValidator::tr(
                    "Write the phone number without spaces, dashes or brackets, in "
                    "E.164 form: + and the country code, e.g. +12345678900.")
                : CustomerRequestValidator::tr(
                    "Enter the phone number in E.164 form: + and the country code, "
                    "then the number, 7 to 15 digits in all, e.g. +12345678900."));
    }

    void state(const QString &field, const QString &value)
    {
        if (!matches(pattern(Pattern::State), value.trimmed()))
            add(field,
                CustomerRequestValidator::tr(
                    "\"%1\" is not a subdivision code; enter the ISO 3166-2 code without "
                    "the country part, e.g. CA for California or NSW for New South "
                    "Wales.")
                    .arg(value));
    }

    void country(const QString &field, const QString &value)
    {
        const QString code = value.trimmed();
        if (CustomerRequestValidator::isKnownCountryAlpha3(code))
            return;
        if (CustomerRequestValidator::isKnownCountryAlpha3(code.toUpper()))
            add(field,
                CustomerRequestValidator::tr("Write the country code in capitals: %1.").arg(code.toUpper()));
        else if (code.size() == 2)
            add(field,
                CustomerRequestValidator::tr("\"%1\" looks like a two-letter code; Sphere needs the "
                                             "three-letter ISO 3166-1 alpha-3 code, e.g. USA, GBR, DEU.")
                    .arg(code));
        else
            add(field,
                CustomerRequestValidator::tr("\"%1\" is not an ISO 3166-1 alpha-3 country code; use the "
                                             "three-letter code, e.g. USA, GBR, DEU.")
                    .arg(code));
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
        rules(fieldTable<UboRequest>(), path + u'.', u);
    }

    // The documented rule of every field of `table` that `value` sets, in table order; NotBlank
    // is skipped for `requiredHere` (the type's required fields, checked before with their own text).
    template<typename T>
    void rules(const FieldTable<T> &table, const QString &prefix, const T &value,
               const QStringList &requiredHere = {})
    {
        for (const FieldSpec<T> &f : table.fields()) {
            const QString path = prefix + f.key;
            if (f.tags & SphereRule::UpdateOnly)
                createOnly(path, f.isSet(value));
            if (const auto *address = f.template valueIn<std::optional<Address>>(value); address && *address)
                rules(fieldTable<Address>(), path + u'.', **address);
            if (f.rule != SphereRule::None && f.isSet(value))
                rule(f, path, value, requiredHere);
        }
    }

    template<typename T>
    void rule(const FieldSpec<T> &f, const QString &path, const T &value, const QStringList &requiredHere)
    {
        using namespace SphereRule;
        switch (Rule(f.rule)) {
        case PastDate:
            dob(path, *f.template valueIn<std::optional<DateOfBirth>>(value));
            return;
        case Document:
            document(path, *f.template valueIn<std::optional<DocumentUpload>>(value));
            return;
        case NonNegativeAmount: {
            const double amount = **f.template valueIn<std::optional<double>>(value);
            if (!std::isfinite(amount) || amount < 0)
                add(path,
                    CustomerRequestValidator::tr(
                        "Expected monthly payments must be zero or a positive amount."));
            return;
        }
        case HighRiskActivities:
            highRiskActivities(path, **f.template valueIn<std::optional<QStringList>>(value));
            return;
        case AcceptsTerms:
        case Owners:
            if constexpr (std::is_same_v<T, CustomerRequest>) {
                if (f.rule == AcceptsTerms)
                    termsAccepted(value);
                else
                    owners(value);
            }
            return;
        default:
            break;
        }
        const auto *text = f.template valueIn<std::optional<QString>>(value);
        if (!(f.rule == NotBlank && requiredHere.contains(f.key)))
            textRule(f.rule, path, text && *text ? **text : QString(), f.message);
    }

    // The rules of a text value (the field's message, if any, is its "blank" text).
    void textRule(int documentedRule, const QString &path, const QString &text, const char *message)
    {
        using namespace SphereRule;
        const bool blank = text.trimmed().isEmpty();
        for (const PatternRule &patternRule : kPatternRules) {
            if (patternRule.rule == documentedRule) {
                if (!matches(pattern(patternRule.pattern), text))
                    add(path, CustomerRequestValidator::tr(patternRule.mismatch));
                return;
            }
        }
        switch (Rule(documentedRule)) {
        case NotBlank:
            if (blank)
                add(path, CustomerRequestValidator::tr(message));
            return;
        case Email:
            if (!blank && !matches(pattern(Pattern::Email), text))
                add(path,
                    CustomerRequestValidator::tr(
                        "\"%1\" is not an email address; enter one like name@example.com.")
                        .arg(text));
            return;
        case Phone:
            phone(path, text);
            return;
        case SubdivisionCode:
        case CountryAlpha3:
            if (blank)
                add(path, CustomerRequestValidator::tr(message));
            else if (documentedRule == SubdivisionCode)
                state(path, text);
            else
                country(path, text);
            return;
        case TypeName:
            if (text != u"individual"_s && text != u"business"_s)
                add(path, CustomerRequestValidator::tr(message).arg(text));
            return;
        case CustomerId:
            if (!matches(pattern(Pattern::CustomerId), text))
                add(path,
                    CustomerRequestValidator::tr(
                        "\"%1\" is not a Sphere customer id (customer_ followed by 32 lower-case "
                        "hexadecimal characters); leave it empty and Sphere links the owner to this "
                        "business.")
                        .arg(text));
            return;
        case RevenueBucket:
            if (!sphereRevenueBuckets().contains(text))
                add(path,
                    CustomerRequestValidator::tr("\"%1\" is not one of Sphere's annual revenue ranges (%2).")
                        .arg(text, sphereRevenueBuckets().join(u", "_s)));
            return;
        default:
            return;
        }
    }

    void termsAccepted(const CustomerRequest &r)
    {
        const QString disclaimer = QString::fromUtf16(kSphereTosDisclaimer);
        if (!*r.tosAccepted || (r.tosDisclaimer && *r.tosDisclaimer == disclaimer))
            return;
        add(u"tosDisclaimer"_s,
            r.tosDisclaimer ? CustomerRequestValidator::tr(
                                  "The disclaimer must be exactly Sphere's text, word for word: \"%1\"")
                                  .arg(disclaimer)
                            : CustomerRequestValidator::tr(
                                  "Accepting the terms of service needs Sphere's disclaimer with it: \"%1\"")
                                  .arg(disclaimer));
    }

    void owners(const CustomerRequest &r)
    {
        for (qsizetype i = 0; i < r.ubos.size(); ++i)
            ubo(u"ubos[%1]"_s.arg(i), r.ubos.at(i));
    }

    void highRiskActivities(const QString &field, const QStringList &activities)
    {
        const QStringList known = sphereHighRiskActivities();
        for (const QString &activity : activities) {
            if (!known.contains(activity)) {
                add(field,
                    CustomerRequestValidator::tr("\"%1\" is not one of Sphere's high-risk activities.")
                        .arg(activity));
                return;
            }
        }
        // Sphere lists "none_of_the_above" among the activities; with any other it says two
        // contradicting things about the business.
        if (activities.size() > 1 && activities.contains(u"none_of_the_above"_s))
            add(field,
                CustomerRequestValidator::tr("\"None of the above\" cannot be chosen together with a "
                                             "high-risk activity; untick one or the other."));
    }

    // A subdivision code of the right shape that the country does not have ("ZZ" in the USA).
    void stateOfCountry(const QString &prefix, const std::optional<Address> &address)
    {
        if (!address || !address->state || !address->country)
            return;
        const QString state = address->state->trimmed();
        const QStringList &known = subdivisionsOf(address->country->trimmed());
        if (known.isEmpty() || !matches(pattern(Pattern::State), state) || known.contains(state))
            return;
        add(prefix + u"address.state"_s,
            address->country->trimmed() == u"USA"
                ? CustomerRequestValidator::tr("\"%1\" is not a US state; enter its two-letter code, e.g. CA "
                                               "for California or NY for New York (DC, PR and the other "
                                               "territories are accepted).")
                      .arg(state)
                : CustomerRequestValidator::tr("\"%1\" is not a Canadian province or territory; enter its "
                                               "two-letter code, e.g. ON for Ontario or QC for Quebec.")
                      .arg(state));
    }

    CustomerRequestValidator::Mode mode() const { return m_mode; }
    const QDate &today() const { return m_today; }

private:
    CustomerRequestValidator::Mode m_mode;
    qint64 m_maxDocumentBytes;
    QDate m_today;
};

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

    // What the type requires, with its own text; every field's documented rule follows in table
    // order (a wrong value is named even when the type is also wrong; the mismatch comes once, last).
    QStringList requiredHere;
    if (individual) {
        c.required(u"firstName"_s, r.firstName, tr("Enter the customer's first name."));
        c.required(u"lastName"_s, r.lastName, tr("Enter the customer's last name."));
        requiredHere = QStringList { u"firstName"_s, u"lastName"_s };
    } else if (business) {
        c.required(u"name"_s, r.name, tr("Enter the business's legal name."));
        requiredHere = QStringList { u"name"_s };
    }
    if (individual || business)
        c.required(u"email"_s, r.email, tr("Enter an email address."));

    const FieldTable<CustomerRequest> &table = fieldTable<CustomerRequest>();
    c.rules(table, QString(), r, requiredHere);

    // Fields of the other customer type: the vendor refuses the whole request for them.
    const quint32 otherType = business ? quint32(SphereRule::IndividualOnly)
        : individual                   ? quint32(SphereRule::BusinessOnly)
                                       : 0U;
    c.stateOfCountry(QString(), r.address);
    for (qsizetype i = 0; i < r.ubos.size(); ++i)
        c.stateOfCountry(u"ubos[%1]."_s.arg(i), r.ubos.at(i).address);

    for (const FieldSpec<CustomerRequest> &f : table.fields()) {
        if (!(f.tags & otherType) || !f.isSet(r))
            continue;
        c.add(f.key,
              business
                  ? tr("%1 applies to individual customers only; this customer is a business.").arg(f.key)
                  : tr("%1 applies to business customers only; this customer is an individual.").arg(f.key));
    }
    return c.issues;
}

std::optional<int> CustomerRequestValidator::ageOn(const DateOfBirth &dob, const QDate &today)
{
    const QDate born(dob.year, dob.month, dob.day);
    if (!born.isValid() || born > today)
        return std::nullopt;
    int age = today.year() - born.year();
    if (today < born.addYears(age))
        --age;
    return age;
}

QList<FieldIssue> CustomerRequestValidator::warnings(const CustomerRequest &r, const QDate &today)
{
    QList<FieldIssue> result;
    const auto minor
        = [&result, &today](const QString &field, const std::optional<DateOfBirth> &dob, const QString &who) {
              const std::optional<int> age = dob ? ageOn(*dob, today) : std::nullopt;
              if (age && *age < kAdultAge)
                  result.append({ field,
                                  tr("By this date of birth %1 is %n year(s) old, under 18. Check the date; "
                                     "a minor is flagged by the risk check (Sardine).",
                                     nullptr, *age)
                                      .arg(who) });
          };
    if (r.type && *r.type == u"individual"_s)
        minor(u"dob"_s, r.dob, tr("the customer"));
    for (qsizetype i = 0; i < r.ubos.size(); ++i)
        minor(u"ubos[%1].dob"_s.arg(i), r.ubos.at(i).dob, tr("the beneficial owner"));
    return result;
}

QList<FieldIssue> CustomerRequestValidator::checkText(int documentedRule, const QString &field,
                                                      const QString &text)
{
    Checker c(Mode::Create, kDefaultMaxDocumentBytes, QDate::currentDate());
    c.textRule(documentedRule, field, text, nullptr);
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
    const QStringList *keys = &fieldTable<CustomerRequest>().keys();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QRegularExpressionMatch s = segmentPattern.match(segments.at(i));
        const QString key = s.captured(1);
        if (!s.hasMatch() || !keys->contains(key))
            return result;
        const QString prefix = result.isEmpty() ? QString() : result + u'.';
        if (key == u"ubos"_s && keys == &fieldTable<CustomerRequest>().keys()) {
            if (s.captured(2).isEmpty())
                return prefix + key;
            result = prefix + key + u'[' + s.captured(2) + u']';
            keys = &fieldTable<UboRequest>().keys();
            continue;
        }
        if (key == u"address"_s) {
            result = prefix + key;
            keys = &fieldTable<Address>().keys();
            continue;
        }
        // dob parts, array elements (highRiskActivities[2]) and leaves: the field itself.
        return prefix + key;
    }
    return result;
}
