#include "ReviewQueue.h"

#include "CustomerTableModel.h"
#include "CustomerTextMatcher.h"
#include "RequirementKeys.h"
#include "StatusText.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

QList<ReviewQueue> ReviewQueue::builtIns()
{
    QList<ReviewQueue> queues;
    for (Kind kind :
         { Kind::Everyone, Kind::NeedsReview, Kind::RequirementsOutstanding, Kind::HighRisk,
           Kind::TermsPending, Kind::Rejected, Kind::DecidedByMeToday, Kind::AwaitingSecondApproval }) {
        ReviewQueue q;
        q.kind = kind;
        queues << q;
    }
    return queues;
}

ReviewQueue ReviewQueue::requirement(quint32 bit)
{
    ReviewQueue q;
    q.kind = Kind::RequirementsOutstanding;
    q.requirementMask = bit;
    return q;
}

ReviewQueue ReviewQueue::savedSearch(const QString &name, const QString &text, std::optional<KycStatus> kyc,
                                     std::optional<CustomerType> type)
{
    ReviewQueue q;
    q.kind = Kind::SavedSearch;
    q.name = name;
    q.text = text;
    q.kyc = kyc;
    q.type = type;
    q.m_textMatcher = CustomerTextMatcher(CustomerTextMatcher::termsOf(text));
    return q;
}

QList<ReviewQueue> ReviewQueue::loadSavedSearches(QSettings &settings)
{
    QList<ReviewQueue> out;
    const int n = settings.beginReadArray(u"queues/saved"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        const QString name = settings.value(u"name"_s).toString().trimmed();
        if (name.isEmpty())
            continue; // a hand-edited entry without a name: nothing to show it by
        const QVariant kycValue = settings.value(u"kyc"_s);
        const QVariant typeValue = settings.value(u"type"_s);
        const int kycOrdinal = kycValue.isValid() ? kycValue.toInt() : -1;
        const int typeOrdinal = typeValue.isValid() ? typeValue.toInt() : -1;
        const bool kycKnown = kycOrdinal >= int(KycStatus::Unknown) && kycOrdinal <= int(KycStatus::Rejected);
        const bool typeKnown
            = typeOrdinal >= int(CustomerType::Unknown) && typeOrdinal <= int(CustomerType::Business);
        out << savedSearch(name, settings.value(u"text"_s).toString(),
                           kycKnown ? std::optional<KycStatus>(KycStatus(kycOrdinal)) : std::nullopt,
                           typeKnown ? std::optional<CustomerType>(CustomerType(typeOrdinal)) : std::nullopt);
    }
    settings.endArray();
    return out;
}

void ReviewQueue::storeSavedSearches(QSettings &settings, const QList<ReviewQueue> &searches)
{
    settings.remove(u"queues/saved"_s);
    settings.beginWriteArray(u"queues/saved"_s, int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        const ReviewQueue &q = searches.at(i);
        settings.setArrayIndex(i);
        settings.setValue(u"name"_s, q.name);
        settings.setValue(u"text"_s, q.text);
        if (q.kyc)
            settings.setValue(u"kyc"_s, int(*q.kyc));
        if (q.type)
            settings.setValue(u"type"_s, int(*q.type));
    }
    settings.endArray();
}

std::optional<ReviewQueue> ReviewQueue::fromWord(const QString &word)
{
    if (word.startsWith(u"requirement:"_s)) {
        const QString key = word.mid(12);
        const quint32 bit = key == u"other"_s ? RequirementKeys::kOther : RequirementKeys::bitOf(key);
        if (bit == RequirementKeys::kOther && key != u"other"_s)
            return std::nullopt;
        return requirement(bit);
    }
    for (const ReviewQueue &q : builtIns()) {
        if (q.word() == word)
            return q;
    }
    return std::nullopt;
}

QString ReviewQueue::word() const
{
    switch (kind) {
    case Kind::Everyone:
        return u"all"_s;
    case Kind::NeedsReview:
        return u"needs-review"_s;
    case Kind::RequirementsOutstanding:
        if (requirementMask == RequirementKeys::kOther)
            return u"requirement:other"_s;
        return requirementMask == 0 ? u"requirements-outstanding"_s
                                    : u"requirement:"_s + RequirementKeys::keysIn(requirementMask).value(0);
    case Kind::HighRisk:
        return u"high-risk"_s;
    case Kind::TermsPending:
        return u"terms-pending"_s;
    case Kind::Rejected:
        return u"rejected"_s;
    case Kind::DecidedByMeToday:
        return u"decided-by-me-today"_s;
    case Kind::AwaitingSecondApproval:
        return u"awaiting-second-approval"_s;
    case Kind::SavedSearch:
        return u"saved-search"_s;
    }
    return {};
}

QString ReviewQueue::title() const
{
    switch (kind) {
    case Kind::Everyone:
        return tr("All customers");
    case Kind::NeedsReview:
        return tr("Needs review");
    case Kind::RequirementsOutstanding:
        if (requirementMask == RequirementKeys::kOther)
            return tr("Other requirements");
        if (requirementMask != 0)
            return StatusText::requirement(RequirementKeys::keysIn(requirementMask).value(0));
        return tr("Requirements outstanding");
    case Kind::HighRisk:
        return tr("High risk");
    case Kind::TermsPending:
        return tr("TOS / MSA pending");
    case Kind::Rejected:
        return tr("Rejected");
    case Kind::DecidedByMeToday:
        return tr("Decided by me today");
    case Kind::AwaitingSecondApproval:
        return tr("Awaiting second approval");
    case Kind::SavedSearch:
        return name;
    }
    return {};
}

void ReviewQueue::setIds(const QSet<QString> &ids)
{
    m_ids = ids;
    m_idHashes.clear();
    for (const QString &id : ids)
        m_idHashes.insert(CustomerRow::hashId(id));
}

bool ReviewQueue::accepts(const CustomerRow &row, QByteArrayView haystack, QAnyStringView id) const
{
    switch (kind) {
    case Kind::Everyone:
        return true;
    case Kind::NeedsReview:
        return row.kyc == KycStatus::Pending || row.kyc == KycStatus::AdditionalReviewRequired;
    case Kind::RequirementsOutstanding:
        return requirementMask == 0 ? row.openRequirements > 0 : (row.requirementMask & requirementMask) != 0;
    case Kind::HighRisk:
    case Kind::DecidedByMeToday:
    case Kind::AwaitingSecondApproval:
        return m_idHashes.contains(row.idHash) && m_ids.contains(id.toString());
    case Kind::TermsPending:
        return row.tos == TosStatus::Incomplete || row.tos == TosStatus::Pending
            || row.msa == MsaStatus::Incomplete || row.msa == MsaStatus::Pending;
    case Kind::Rejected:
        return row.kyc == KycStatus::Rejected;
    case Kind::SavedSearch:
        if (kyc && row.kyc != *kyc)
            return false;
        if (type && row.type != *type)
            return false;
        return m_textMatcher.matches(haystack);
    }
    return false;
}

bool ReviewQueue::accepts(const CustomerTableModel &model, int row) const
{
    const CustomerRow &r = model.rowAt(row);
    return accepts(r, model.searchText(r), model.id(r));
}

qint64 ReviewQueue::waitingSinceMs(const CustomerRow &row)
{
    return row.updatedMs != CustomerRow::NoTime ? row.updatedMs : row.createdMs;
}

bool ReviewQueue::operator==(const ReviewQueue &other) const
{
    return kind == other.kind && requirementMask == other.requirementMask && name == other.name
        && text == other.text && kyc == other.kyc && type == other.type && m_ids == other.m_ids;
}
