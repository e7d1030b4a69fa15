// About 500 lines on purpose: most of it is the word lists the demo data draws from; the generating
// code itself is short, and keeping the lists beside it keeps one seed's output readable in one place.
#include "SeedGenerator.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

// 2023-01-01T00:00:00Z .. 2026-11-01T00:00:00Z: demo data spans several years before "now".
constexpr qint64 kFirstCreated = 1672531200000LL;
constexpr qint64 kLastCreated = 1793491200000LL;
constexpr qint64 kDayMs = 86400000LL;

const char *const kFirstNames[] = {
    "Ava",   "Liam", "Noah",  "Emma",  "Olivia", "Mateo", "Sofia", "Lucas",  "Amara", "Kenji",
    "Priya", "Omar", "Chloe", "Diego", "Hana",   "Ivan",  "Leila", "Marcus", "Nadia", "Theo",
    "Yara",  "Zane", "Elena", "Felix", "Grace",  "Hugo",  "Ines",  "Jonah",  "Kira",  "Luca",
};
const char *const kLastNames[] = {
    "Abbott",    "Brightwater", "Castellan", "Delacroix", "Eastwood",  "Fairbanks", "Greenleaf",
    "Hollowell", "Ingram",      "Jardine",   "Kowalczyk", "Lindqvist", "Moreau",    "Nakamura",
    "Okafor",    "Petrov",      "Quintero",  "Rahman",    "Silvestri", "Thornbury", "Umarova",
    "Valdez",    "Whitcombe",   "Xiong",     "Yamamoto",  "Zielinski",
};
const char *const kBusinessFirst[] = {
    "Blue Harbor",     "Copperleaf",  "Northwind Example", "Quiet Summit",
    "Redwood Sandbox", "Silver Fern", "Tidewater",         "Lantern Peak",
    "Granite Loop",    "Orchid Lane", "Juniper Ridge",     "Falcon Crest Demo",
};
const char *const kBusinessSecond[] = {
    "Trading", "Logistics", "Software", "Payments", "Imports", "Studios", "Analytics", "Holdings",
};
const char *const kBusinessSuffix[] = { "LLC", "Inc.", "Ltd.", "Corp." };
const char *const kStreets[] = {
    "Example Avenue", "Sandbox Street", "Placeholder Lane",  "Fictional Road",
    "Demo Boulevard", "Testing Way",    "Mockingbird Court", "Synthetic Drive",
};
struct Place
{
    const char *city;
    const char *state;
    const char *postalCode;
    const char *country;
};
const Place kPlaces[] = {
    { "Springfield", "IL", "62701", "USA" }, { "Riverton", "WY", "82501", "USA" },
    { "Fairview", "TX", "75069", "USA" },    { "Greenville", "SC", "29601", "USA" },
    { "Madison", "WI", "53703", "USA" },     { "Salem", "OR", "97301", "USA" },
    { "Franklin", "TN", "37064", "USA" },    { "Clinton", "NY", "13323", "USA" },
    { "Ashford", "KT", "TN99 9ZZ", "GBR" },  { "Lindenfeld", "BY", "99999", "DEU" },
};
const char *const kAreaCodes[] = { "201", "212", "312", "415", "512", "617", "702", "808" };
const char *const kTlds[] = { "com", "org", "net" };

const char *const kKyc[] = { "incomplete", "pending", "additionalReviewRequired", "approved", "rejected" };
const char *const kTos[] = { "incomplete", "pending", "approved" };
const char *const kMsa[] = { "incomplete", "pending", "approved", "declined", "voided" };
const char *const kResidency[] = { "incomplete", "approved", "rejected" };
const char *const kReviewReasons[] = { "sanctionsScreening", "adverseMedia", "politicallyExposedPerson",
                                       "documentMismatch", "highRiskJurisdiction" };
const char *const kLevelStatuses[]
    = { "approved", "pending", "retry", "document", "suspended", "rejected", "incomplete" };
const char *const kNetworks[] = { "sol", "ethereum", "base", "polygon", "arbitrum" };
const char *const kOwners[] = { "customer", "customer", "customer", "merchant", "bridge" };
const char *const kRisk[] = { "low", "low", "medium", "high" };
const char *const kBankNames[] = { "Example Community Bank", "Sandbox Federal Credit Union",
                                   "Fictional Trust Bank", "Placeholder Savings & Loan" };
const char *const kSegments[] = { "retail", "smb", "enterprise", "partner" };
const char *const kSourceOfFunds[] = { "revenue", "investment", "loans", "savings" };
const char *const kDescriptions[]
    = { "Wholesale distribution of synthetic goods", "B2B software subscriptions",
        "Cross-border freight brokerage", "Online marketplace for crafts" };

// Seed strings are ASCII from the lists above, but escape anyway so a future list entry with a
// quote cannot corrupt the stored JSON.
void appendString(QByteArray &out, const QByteArray &text)
{
    out.append('"');
    for (const char ch : text) {
        if (ch == '"' || ch == '\\') {
            out.append('\\');
            out.append(ch);
        } else if (static_cast<unsigned char>(ch) < 0x20) {
            out.append(' ');
        } else {
            out.append(ch);
        }
    }
    out.append('"');
}

QByteArray stringArray(const QList<QByteArray> &items)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i)
            out.append(',');
        appendString(out, items.at(i));
    }
    out.append(']');
    return out;
}

// Appends one JSON object's members in call order, which is the vendor's documented order.
class ObjectText
{
public:
    explicit ObjectText(QByteArray &out) : m_out(out) { m_out.append('{'); }
    ObjectText &raw(const char *key, const QByteArray &json)
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
        m_out.append('"');
        m_out.append(key);
        m_out.append("\":");
        m_out.append(json);
        return *this;
    }
    ObjectText &str(const char *key, const QByteArray &text) // null QByteArray → JSON null
    {
        if (text.isNull())
            return raw(key, QByteArrayLiteral("null"));
        raw(key, QByteArray());
        appendString(m_out, text);
        return *this;
    }
    ObjectText &boolean(const char *key, bool value)
    {
        return raw(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    }
    ObjectText &null(const char *key) { return raw(key, QByteArrayLiteral("null")); }
    void close() { m_out.append('}'); }

private:
    QByteArray &m_out;
    bool m_first = true;
};

QByteArray num(qint64 value)
{
    return QByteArray::number(value);
}

QByteArray firstWord(const QByteArray &text)
{
    const qsizetype space = text.indexOf(' ');
    return space < 0 ? text : text.left(space);
}

} // namespace

SeedGenerator::SeedGenerator(quint32 seed) : m_rng(seed) { }

QByteArray SeedGenerator::hex32()
{
    static const char digits[] = "0123456789abcdef";
    QByteArray out(32, Qt::Uninitialized);
    for (int word = 0; word < 4; ++word) {
        quint32 v = raw();
        for (int i = 0; i < 8; ++i) {
            out[word * 8 + i] = digits[v & 0xf];
            v >>= 4;
        }
    }
    return out;
}

QByteArray SeedGenerator::timestamp(qint64 msecs)
{
    // Civil-from-days (H. Hinnant): exact for the proleptic Gregorian calendar, and much cheaper
    // than a QDateTime per field when seeding hundreds of thousands of them.
    const qint64 days = msecs / 86400000;
    const qint64 msOfDay = msecs % 86400000;
    const qint64 z = days + 719468;
    const qint64 era = z / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", year, month,
                  day, msOfDay / 3600000, msOfDay / 60000 % 60, msOfDay / 1000 % 60, msOfDay % 1000);
    return QByteArray(buffer);
}

QByteArray SeedGenerator::phone()
{
    // One draw per statement: C++ leaves the evaluation order of + operands unspecified, and
    // determinism across compilers needs a fixed order.
    const QByteArray area = pick(kAreaCodes);
    const QByteArray line = num(10 + below(90));
    return "+1" + area + "55501" + line;
}

QByteArray SeedGenerator::address(bool empty)
{
    QByteArray out;
    ObjectText a(out);
    if (empty) {
        a.null("line1").null("line2").null("city").null("postalCode").null("state").null("country").close();
        return out;
    }
    const Place &place = pick(kPlaces);
    const QByteArray line2 = percent(25) ? QByteArray("Suite " + num(100 + below(900))) : QByteArray();
    const QByteArray number = num(1 + below(9899));
    const QByteArray street = pick(kStreets);
    a.str("line1", number + ' ' + street)
        .str("line2", line2)
        .str("city", place.city)
        .str("postalCode", place.postalCode)
        .str("state", place.state)
        .str("country", place.country)
        .close();
    return out;
}

SeedGenerator::SeededCustomer SeedGenerator::next(int index, int count)
{
    SeededCustomer out;
    const QByteArray id = "customer_" + hex32();
    const bool business = index % 4 == 1;

    // The first five customers walk through every status so even a tiny seed shows them all.
    QByteArray kyc;
    if (index < 5) {
        kyc = kKyc[index];
    } else {
        const quint32 roll = below(100);
        kyc = roll < 45 ? kKyc[3] : roll < 60 ? kKyc[1] : roll < 80 ? kKyc[0] : roll < 88 ? kKyc[2] : kKyc[4];
    }
    const bool approved = kyc == "approved";
    const QByteArray tos = index < 5 ? QByteArray(kTos[index % 3])
        : approved && percent(90)    ? QByteArray("approved")
                                     : QByteArray(pick(kTos));
    const QByteArray msa = index < 5 ? QByteArray(kMsa[index]) : QByteArray(pick(kMsa));
    const QByteArray euTos = index < 5 ? QByteArray(kTos[(index + 1) % 3]) : QByteArray(pick(kTos));
    const QByteArray residency = index < 5 ? QByteArray(kResidency[(index + 2) % 3])
        : approved                         ? QByteArray("approved")
                                           : QByteArray(pick(kResidency));

    const qint64 step = (kLastCreated - kFirstCreated) / qMax(count, 1);
    const qint64 created = kFirstCreated + step * index + qint64(raw() % quint32(qMax<qint64>(step, 1)));
    const qint64 days = below(60);
    const qint64 updated = qMin(kLastCreated, created + days * kDayMs + below(kDayMs));
    const QByteArray createdText = timestamp(created);
    const QByteArray updatedText = timestamp(updated);

    const QByteArray tld = pick(kTlds);
    QByteArray firstName;
    QByteArray lastName; // null for businesses
    QByteArray email;
    if (business) {
        const QByteArray word1 = pick(kBusinessFirst);
        const QByteArray word2 = pick(kBusinessSecond);
        const QByteArray suffix = pick(kBusinessSuffix);
        firstName = word1 + ' ' + word2 + ' ' + suffix;
        email = "ops." + firstWord(firstName).toLower() + num(index) + "@example." + tld;
    } else {
        firstName = pick(kFirstNames);
        lastName = pick(kLastNames);
        email = firstName.toLower() + '.' + lastName.toLower() + num(index) + "@example." + tld;
    }

    const bool incomplete = kyc == "incomplete";
    const bool missingAddress = incomplete && percent(30);
    QList<QByteArray> requirements;
    if (missingAddress)
        requirements
            = { "address.line1", "address.city", "address.state", "address.postalCode", "address.country" };
    if (incomplete) {
        if (business) {
            if (percent(50))
                requirements.append("ein");
            if (percent(50))
                requirements.append("incorporationDocument");
        } else if (percent(60)) {
            requirements.append("ssn");
        }
        if (requirements.isEmpty() || percent(50))
            requirements.append("customerIdentityDocument");
    } else if (kyc == "pending" && percent(50)) {
        requirements.append("customerIdentityDocument");
    } else if (kyc == "additionalReviewRequired" && percent(50)) {
        requirements.append("proofOfAddress");
    }

    QByteArray meta("{}");
    if (percent(40))
        meta = "{\"segment\":\"" + QByteArray(pick(kSegments)) + "\",\"source\":\"seed\"}";
    const bool mock = percent(10);
    const QByteArray lookupKey = percent(20) ? QByteArray("crm-" + num(100000 + index)) : QByteArray();
    const QByteArray holderName = business ? firstName : firstName + ' ' + lastName;

    QByteArray ubos("[");
    if (business) {
        const quint32 uboCount = 1 + below(4);
        for (quint32 u = 0; u < uboCount; ++u) {
            const QByteArray uFirst = pick(kFirstNames);
            const QByteArray uLast = pick(kLastNames);
            QList<QByteArray> uboRequirements;
            if (!approved) {
                if (percent(30))
                    uboRequirements.append("ssn");
                if (percent(30))
                    uboRequirements.append("customerIdentityDocument");
            }
            const QByteArray uboId = "ubo_" + hex32();
            const QByteArray uboPhone = phone();
            const QByteArray uboAddress = address(false);
            if (u)
                ubos.append(',');
            ObjectText(ubos)
                .str("id", uboId)
                .raw("requirements", stringArray(uboRequirements))
                .str("email",
                     uFirst.toLower() + '.' + uLast.toLower() + num(index) + '-' + num(u) + "@example." + tld)
                .str("firstName", uFirst)
                .str("lastName", uLast)
                .str("phoneNumber", uboPhone)
                .raw("address", uboAddress)
                .str("created", createdText)
                .str("updated", updatedText)
                .close();
        }
    }
    ubos.append(']');

    QList<QByteArray> walletIds;
    const quint32 walletCount = below(4);
    for (quint32 w = 0; w < walletCount; ++w) {
        const QByteArray network = pick(kNetworks);
        QByteArray walletAddress;
        if (network == "sol") {
            static const char base58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
            for (int i = 0; i < 44; ++i)
                walletAddress.append(base58[below(58)]);
        } else {
            const QByteArray high = hex32();
            walletAddress = "0x" + high + hex32().left(8);
        }
        const QByteArray walletId = "wallet_" + hex32();
        static const char *const nicknames[] = { "Treasury", "Payouts", "Main", "Savings" };
        const QByteArray nickname = percent(70) ? QByteArray(pick(nicknames)) : QByteArray();
        const QByteArray owner = pick(kOwners);
        const QByteArray risk = pick(kRisk);
        const bool feePayer = percent(20);
        const bool isSigned = percent(60);
        const bool exported = percent(10);
        QByteArray json;
        ObjectText(json)
            .str("id", walletId)
            .str("address", walletAddress)
            .str("network", network)
            .str("nickname", nickname)
            .str("customer", id)
            .str("owner", owner)
            .str("risk", risk)
            .boolean("primary", w == 0)
            .boolean("feePayer", feePayer)
            .boolean("signed", isSigned)
            .str("exported", exported ? updatedText : QByteArray())
            .boolean("mock", mock)
            .str("lookupKey", lookupKey)
            .str("created", createdText)
            .str("updated", updatedText)
            .close();
        walletIds.append(walletId);
        out.wallets.append({ QString::fromLatin1(walletId), json });
    }

    QList<QByteArray> bankIds;
    const quint32 bankCount = below(4);
    for (quint32 b = 0; b < bankCount; ++b) {
        static const char *const statuses[] = { "pending", "active", "inactive", "invalid" };
        // Vendor rule: an account stays pending until the customer's KYC is approved.
        QByteArray status("pending");
        if (approved)
            status = percent(80) ? QByteArray("active") : QByteArray(pick(statuses));
        const bool usd = percent(80);
        const QByteArray last4 = num(1000 + below(9000));
        const QByteArray bankId = "bankAccount_" + hex32();
        const QByteArray bankName = pick(kBankNames);
        const QByteArray accountType = percent(70) ? "checking" : "savings";
        // 99xxxxxxx is outside every Federal Reserve routing prefix, so it is never a real bank.
        const QByteArray routing = usd ? QByteArray("99" + num(1000000 + below(9000000))) : QByteArray();
        QByteArray json;
        ObjectText(json)
            .str("id", bankId)
            .str("status", status)
            .str("customer", id)
            .str("bankName", bankName)
            .str("accountName", business ? "Operating account" : "Personal account")
            .str("accountHolderName", holderName)
            .str("accountType", accountType)
            .str("currency", usd ? "usd" : "eur")
            .str("accountNumber", "********" + last4)
            .str("routingNumber", routing)
            .str("last4", last4)
            .str("created", createdText)
            .str("updated", updatedText)
            .close();
        bankIds.append(bankId);
        out.bankAccounts.append({ QString::fromLatin1(bankId), json });
    }

    QByteArray levels("[]");
    QByteArray intent;
    if (!business && percent(30)) {
        const QByteArray levelStatus
            = index < 12 ? QByteArray(kLevelStatuses[index % 7]) : QByteArray(pick(kLevelStatuses));
        levels.clear();
        levels.append("[");
        ObjectText(levels)
            .str("name", "ach_pull")
            .str("status", levelStatus)
            .raw("requirements",
                 levelStatus == "approved" ? QByteArray("[]")
                                           : stringArray({ "ipAddress", "createUserIntent" }))
            .close();
        levels.append("]");
        intent = hex32();
    }

    const QByteArray description = business ? QByteArray(pick(kDescriptions)) : QByteArray();
    const QByteArray sourceOfFunds = business ? QByteArray(pick(kSourceOfFunds)) : QByteArray();
    const bool thirdParty = business && percent(10);
    const bool prohibited = business && percent(5);
    const QByteArray website = business
        ? QByteArray("https://" + firstWord(firstName).toLower() + num(index) + ".example." + tld)
        : QByteArray();
    const QByteArray reviewReason
        = kyc == "additionalReviewRequired" ? QByteArray(pick(kReviewReasons)) : QByteArray();
    const QByteArray addressJson = address(missingAddress);
    const QByteArray customerPhone = phone();

    QByteArray json;
    json.reserve(1600);
    ObjectText c(json);
    c.str("id", id).raw("meta", meta).str("description", description).str("sourceOfFunds", sourceOfFunds);
    if (business)
        c.boolean("thirdParty", thirdParty);
    else
        c.null("thirdParty");
    c.null("thirdPartyMessage").str("lookupKey", lookupKey).str("type", business ? "business" : "individual");
    c.str("kyc", kyc)
        .str("tos", tos)
        .str("msa", msa)
        .str("euAccountTos", euTos)
        .str("operatingResidency", residency);
    if (business)
        c.boolean("isProhibitedBusinessType", prohibited);
    else
        c.null("isProhibitedBusinessType");
    c.str("website", website).str("additionalReviewRequiredReason", reviewReason);
    c.raw("requirements", stringArray(requirements)).raw("address", addressJson).raw("ubos", ubos);
    c.str("email", email)
        .str("firstName", firstName)
        .str("lastName", lastName)
        .str("phoneNumber", customerPhone);
    c.boolean("mock", mock).raw("wallets", stringArray(walletIds)).raw("bankAccounts", stringArray(bankIds));
    c.str("achPullUserIntentId", intent).raw("verificationLevels", levels);
    c.str("created", createdText).str("updated", updatedText).close();

    SandboxStore::CustomerRow &row = out.customer;
    row.id = QString::fromLatin1(id);
    row.type = business ? u"business"_s : u"individual"_s;
    row.kyc = QString::fromLatin1(kyc);
    row.email = QString::fromLatin1(email.toLower());
    row.searchText = QString::fromLatin1((firstName + ' ' + lastName + '\n' + email + '\n' + id).toLower());
    row.json = std::move(json);
    return out;
}

bool SeedGenerator::populate(SandboxStore &store, int count, QString *error)
{
    if (count <= 0)
        return true;
    if (!store.beginBulkLoad()) {
        *error = u"cannot start the seeding transaction: "_s + store.lastError();
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const SeededCustomer seeded = next(i, count);
        bool ok = store.putCustomer(seeded.customer);
        for (const Resource &w : seeded.wallets)
            ok = ok && store.putWallet(w.id, seeded.customer.id, w.json);
        for (const Resource &b : seeded.bankAccounts)
            ok = ok && store.putBankAccount(b.id, seeded.customer.id, b.json);
        if (!ok) {
            *error = store.lastError();
            store.rollback();
            return false;
        }
    }
    if (!store.endBulkLoad()) {
        *error = store.lastError();
        return false;
    }
    return true;
}
