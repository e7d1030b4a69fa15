#pragma once

#include "CustomerRequestValidator.h"
#include "Result.h"
#include "SphereRequestTypes.h"
#include "SphereTypes.h"

#include <optional>
#include <QDateTime>
#include <QObject>
#include <QPointer>

class CustomerListJob;
class CustomerSubmitJob;
class SphereClient;

// Sends one analyst's create or update to Sphere so that retrying never makes a second customer.
//
// Create: one Idempotency-Key per logical submission, kept across retries while the body stays the
// same. When an attempt ends without an answer that says what happened — a timeout, a network
// error, a 5xx: the request may have reached Sphere and created the customer — the next attempt
// first looks for that customer (exact lookupKey when the request has one, else the same email and
// type, created since the first attempt started) and, if it is there, reports it as created
// instead of posting again. Only when it is not there is the create posted again, with the same
// key (or a fresh one if the analyst changed the request meanwhile, since the vendor refuses a
// reused key with a different body). A failed lookup fails the attempt: never post blindly. When
// the customer is there but the analyst changed the form since the unanswered attempt, those
// changes are sent as an update of the found customer (still reported as created(…, true)); until
// that update succeeds, every further submit() updates that customer rather than creating another.
//
// Update: only the changed fields are sent; an approved customer is refused before any request
// (Sphere does not allow updating a customer whose KYC is approved).
//
// On failure the request is kept (pendingRequest()) so the form keeps the analyst's draft, and a
// vendor 400 that names a field comes back as a FieldIssue for that field.
class CustomerSubmitter : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Encoding, Sending, CheckingForExisting, Succeeded, Failed };
    Q_ENUM(State)

    // How long before the first attempt a customer may have been created and still count as
    // "ours" in the lookup: the vendor's clock is not ours.
    static constexpr int kClockSkewSeconds = 300;

    explicit CustomerSubmitter(SphereClient *client, QObject *parent = nullptr);
    ~CustomerSubmitter() override;

    // Create. Starts a new logical submission, or continues the unresolved one (same key, lookup
    // first when it may already exist). Ignored while busy.
    void submit(const CustomerRequest &request);
    void submitCreate(const CustomerRequest &request) { submit(request); }

    // Update with the difference between the retrieved customer and the edited request.
    void submitUpdate(const QString &id, const Customer &retrieved, const CustomerRequest &edited);
    // Update with changes already computed (SphereRequestCodec::changedFields); `customerApproved`
    // is the retrieved customer's KYC being approved.
    void submitUpdate(const QString &id, bool customerApproved, const CustomerRequest &changes);

    // Tries the last failed create or update again (see the class comment for creates).
    bool canRetry() const;
    void retry();
    // Stops what is in flight; reported as failed(Cancelled). A create that was being sent may
    // still have reached Sphere, so the next attempt looks it up first.
    void cancel();

    State state() const { return m_state; }
    bool isBusy() const;
    // The create's key, for a form draft that must survive a crash mid-request.
    QByteArray idempotencyKey() const { return m_key; }
    // Restores a key from a draft. Whether its request reached Sphere is unknown, so the next
    // submit() looks for the customer before posting.
    void setIdempotencyKey(const QByteArray &key);
    // The same with what a draft also keeps (firstAttempt(), sentRequest()): the lookup is bounded
    // in time (no name needs to match) and, when the customer is found, only the fields edited
    // since that attempt are sent as an update.
    void restorePending(const QByteArray &key, const QDateTime &firstAttempt, const CustomerRequest &sent);
    QDateTime firstAttempt() const { return m_firstAttempt; }
    // The request an unresolved create attempt sent (empty when there is none).
    CustomerRequest sentRequest() const;
    // The request of the unresolved submission (the create, or the update's changes).
    const CustomerRequest &pendingRequest() const { return m_request; }
    const std::optional<ApiError> &lastError() const { return m_lastError; }

    // Whether a failed create may nevertheless have created the customer.
    static bool mayHaveReachedVendor(const ApiError &error);
    // Vendor 400 messages that name a request field, as issues for that field.
    static QList<FieldIssue> fieldIssuesFor(const ApiError &error);
    static QByteArray newIdempotencyKey();

Q_SIGNALS:
    void stateChanged(CustomerSubmitter::State state);
    void statusChanged(const QString &text); // the state in words, for a status line
    void uploadProgress(qint64 sent, qint64 total);
    void created(const Customer &customer, bool recoveredAfterTimeout);
    void updated(const Customer &customer);
    // After created() or updated(), for callers that treat both alike.
    void succeeded(const Customer &customer, bool recoveredAfterTimeout);
    void failed(const ApiError &error, const QList<FieldIssue> &fieldIssues);

private:
    enum class Operation { None, Create, Update };

    void sendCreate();
    void sendUpdate();
    void lookUpThenCreate(const CustomerRequest &request);
    void applyEditsToRecovered(const CustomerRequest &next);
    void onLookupDone(const Result<QList<Customer>> &result, const CustomerRequest &identity,
                      const CustomerRequest &next);
    void follow(CustomerSubmitJob *job);
    void succeed(Customer customer, bool recovered); // by value: it may be m_recovered itself
    void fail(const ApiError &error);
    void setState(State state);
    bool isSameCustomer(const Customer &customer, const CustomerRequest &identity) const;

    SphereClient *m_client;
    Operation m_operation = Operation::None;
    CustomerRequest m_request;
    QString m_customerId; // update
    QByteArray m_key; // create
    QDateTime m_firstAttempt; // create: when the first POST with m_key started; invalid if unknown
    bool m_mayExist = false; // create: an earlier attempt with m_key may have created the customer
    // Create: the customer an unanswered attempt did create, while edits made since are pending.
    std::optional<Customer> m_recovered;
    CustomerRequest m_recoveredFrom; // what that attempt sent
    CustomerRequest m_lastSubmitted; // create: the request of the latest submit(), for retry()
    QPointer<CustomerSubmitJob> m_job;
    QPointer<CustomerListJob> m_lookup;
    std::optional<ApiError> m_lastError;
    State m_state = State::Idle;
};
