#pragma once

#include "CustomerRow.h"
#include "CustomerTextMatcher.h"

#include <optional>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

class CustomerTableModel;
class QSettings;

// One of the analyst's work queues over the book: which customers it holds, decided row by row
// from what the book keeps (statuses, requirement bits, times) and, for the queues the workspace
// decides (high risk, decided by me today), from the set of ids it names. A saved search is a
// queue too: the book's free text, KYC status and type filters kept under a name.
struct ReviewQueue
{
    Q_DECLARE_TR_FUNCTIONS(ReviewQueue)

public:
    enum class Kind {
        Everyone,
        NeedsReview, // KYC pending or additional review required
        RequirementsOutstanding, // any open requirement, or those of requirementMask
        HighRisk, // latest Sardine level high or very_high (ids)
        TermsPending, // TOS or MSA incomplete or pending
        Rejected,
        DecidedByMeToday, // ids
        AwaitingSecondApproval, // a decision waits for a second analyst (four eyes; ids)
        SavedSearch,
    };

    Kind kind = Kind::Everyone;
    quint32 requirementMask = 0; // RequirementsOutstanding: only customers missing one of these
    QString name; // a saved search's name
    QString text; // a saved search's free text
    std::optional<KycStatus> kyc;
    std::optional<CustomerType> type;

    // The built-in queues, in the sidebar's order.
    static QList<ReviewQueue> builtIns();
    static ReviewQueue requirement(quint32 bit);
    static ReviewQueue savedSearch(const QString &name, const QString &text, std::optional<KycStatus> kyc,
                                   std::optional<CustomerType> type);

    // The analyst's saved searches (settings group "queues/saved"), in the order saved.
    static QList<ReviewQueue> loadSavedSearches(QSettings &settings);
    static void storeSavedSearches(QSettings &settings, const QList<ReviewQueue> &searches);

    // The queue a word() names (a saved search is not named by a word); nothing for an unknown word.
    static std::optional<ReviewQueue> fromWord(const QString &word);
    // A stable word for records (the audit trail): "needs-review", "requirement:ssn", "saved-search".
    QString word() const;
    // The queue's name for the sidebar.
    QString title() const;
    // What the queue needs besides the row: a set of ids from the workspace.
    bool needsIds() const
    {
        return kind == Kind::HighRisk || kind == Kind::DecidedByMeToday
            || kind == Kind::AwaitingSecondApproval;
    }
    void setIds(const QSet<QString> &ids);

    // `haystack` is the row's lowercase search text and `id` its id (CustomerTableModel).
    bool accepts(const CustomerRow &row, QByteArrayView haystack, QAnyStringView id) const;
    bool accepts(const CustomerTableModel &model, int row) const;

    // How long the row has waited: since its last change (updated), else since it was created;
    // CustomerRow::NoTime when neither is known.
    static qint64 waitingSinceMs(const CustomerRow &row);

    bool operator==(const ReviewQueue &other) const;

private:
    CustomerTextMatcher m_textMatcher; // `text` as the search box reads it
    QSet<QString> m_ids;
    QSet<quint32> m_idHashes; // CustomerRow::hashId of m_ids: most rows are turned away on it
};
