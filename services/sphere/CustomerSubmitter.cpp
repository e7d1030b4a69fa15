#include "CustomerSubmitter.h"

#include "CustomerListJob.h"
#include "CustomerSubmitJob.h"
#include "SphereClient.h"
#include "SphereCodec.h"
#include "SphereRequestCodec.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

CustomerSubmitter::CustomerSubmitter(SphereClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

CustomerSubmitter::~CustomerSubmitter()
{
    // Nothing may call back into a half-destroyed submitter.
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
    }
}

QByteArray CustomerSubmitter::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

bool CustomerSubmitter::mayHaveReachedVendor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network: // includes a connection that dropped after the body was sent
    case ApiError::Kind::Cancelled: // cancelled mid-send
        return true;
    case ApiError::Kind::HttpStatus:
        return error.httpStatus >= 500;
    case ApiError::Kind::Decode:
    case ApiError::Kind::LimitExceeded:
        return true; // a 2xx we could not read (or would not read whole) may well be a created customer
    case ApiError::Kind::RedirectRefused:
        return true; // the vendor saw the request before it redirected (POST-redirect-GET)
    case ApiError::Kind::Tls:
    case ApiError::Kind::InsecureTransport:
    case ApiError::Kind::Configuration:
        return false; // refused before any request body left this computer
    }
    return true;
}

QList<FieldIssue> CustomerSubmitter::fieldIssuesFor(const ApiError &error)
{
    if (error.kind != ApiError::Kind::HttpStatus || (error.httpStatus != 400 && error.httpStatus != 422))
        return {};
    const QString field = CustomerRequestValidator::fieldFromVendorMessage(error.message);
    if (field.isEmpty())
        return {};
    // The vendor's own words: they say what it accepts, and support can match them to its docs.
    return { FieldIssue { field, tr("Sphere refused this value: %1").arg(error.message) } };
}

bool CustomerSubmitter::isBusy() const
{
    return m_state == State::Encoding || m_state == State::Sending || m_state == State::CheckingForExisting;
}

void CustomerSubmitter::setIdempotencyKey(const QByteArray &key)
{
    if (key == m_key)
        return;
    restorePending(key, QDateTime(), CustomerRequest());
}

void CustomerSubmitter::restorePending(const QByteArray &key, const QDateTime &firstAttempt,
                                       const CustomerRequest &sent)
{
    if (isBusy())
        return;
    m_recovered.reset();
    m_key = key;
    m_operation = key.isEmpty() ? Operation::None : Operation::Create;
    m_request = key.isEmpty() ? CustomerRequest() : sent;
    m_firstAttempt = key.isEmpty() ? QDateTime() : firstAttempt;
    m_mayExist = !key.isEmpty();
}

CustomerRequest CustomerSubmitter::sentRequest() const
{
    if (m_recovered)
        return m_recoveredFrom;
    return m_operation == Operation::Create && !m_key.isEmpty() ? m_request : CustomerRequest();
}

void CustomerSubmitter::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    switch (state) {
    case State::Idle:
        Q_EMIT statusChanged(QString());
        break;
    case State::Encoding:
        Q_EMIT statusChanged(tr("Preparing the documents for upload…"));
        break;
    case State::Sending:
        Q_EMIT statusChanged(tr("Sending to Sphere…"));
        break;
    case State::CheckingForExisting:
        Q_EMIT statusChanged(tr("Checking whether Sphere already created this customer…"));
        break;
    case State::Succeeded:
        Q_EMIT statusChanged(m_operation == Operation::Update ? tr("Customer updated.")
                                                              : tr("Customer created."));
        break;
    case State::Failed:
        // fail() reports the reason itself.
        break;
    }
}

void CustomerSubmitter::submit(const CustomerRequest &request)
{
    if (isBusy())
        return;
    m_lastSubmitted = request;
    if (m_recovered) {
        // The customer exists already: whatever the form now says is an update of it.
        applyEditsToRecovered(request);
        return;
    }
    const bool continuing = m_operation == Operation::Create && !m_key.isEmpty();
    if (continuing && m_mayExist) {
        lookUpThenCreate(request);
        return;
    }
    if (!continuing || request != m_request) {
        // A new submission, or a corrected body after the vendor refused the last one: a body the
        // vendor has not seen gets a key it has not seen.
        m_key = newIdempotencyKey();
        m_firstAttempt = QDateTime();
    }
    m_operation = Operation::Create;
    m_request = request;
    sendCreate();
}

void CustomerSubmitter::sendCreate()
{
    if (!m_firstAttempt.isValid())
        m_firstAttempt = QDateTime::currentDateTimeUtc();
    m_lastError.reset();
    setState(State::Encoding);
    CustomerSubmitJob *job
        = m_client->createCustomer(m_request, m_key, this, [this](const Result<Customer> &result) {
              m_job = nullptr;
              if (result) {
                  succeed(result.value(), false);
                  return;
              }
              m_mayExist = m_mayExist || mayHaveReachedVendor(result.error());
              fail(result.error());
          });
    follow(job);
}

void CustomerSubmitter::follow(CustomerSubmitJob *job)
{
    m_job = job;
    connect(job, &CustomerSubmitJob::uploadProgress, this, &CustomerSubmitter::uploadProgress);
    connect(job, &CustomerSubmitJob::stageChanged, this, [this](CustomerSubmitJob::Stage stage) {
        if (stage == CustomerSubmitJob::Stage::Sending)
            setState(State::Sending);
    });
}

void CustomerSubmitter::lookUpThenCreate(const CustomerRequest &request)
{
    // Look for what the earlier attempt sent; a key restored from a draft has no request here, and
    // then the one about to be sent describes the same customer.
    const CustomerRequest identity = SphereRequestCodec::isEmpty(m_request) ? request : m_request;
    CustomerMatch match;
    if (identity.email && !identity.email->trimmed().isEmpty())
        match.email = identity.email->trimmed();
    if (identity.lookupKey && !identity.lookupKey->isEmpty())
        match.lookupKey = identity.lookupKey;
    match.type = identity.type;
    if (!match.email && !match.lookupKey) {
        // Nothing to search by: the vendor's idempotency (same key, same body) is the only guard.
        m_operation = Operation::Create;
        m_request = request;
        sendCreate();
        return;
    }
    m_lastError.reset();
    setState(State::CheckingForExisting);
    m_lookup
        = m_client->findCustomers(match, this, [this, identity, request](const Result<QList<Customer>> &r) {
              m_lookup = nullptr;
              onLookupDone(r, identity, request);
          });
}

bool CustomerSubmitter::isSameCustomer(const Customer &c, const CustomerRequest &identity) const
{
    if (identity.type && c.type.raw != *identity.type)
        return false;
    if (m_firstAttempt.isValid() && c.created.isValid()
        && c.created < m_firstAttempt.addSecs(-kClockSkewSeconds))
        return false; // older than our first attempt: somebody else's customer with that key/email
    if (identity.lookupKey && !identity.lookupKey->isEmpty())
        return c.lookupKey == identity.lookupKey;
    if (c.email.value_or(QString()).compare(identity.email.value_or(QString()).trimmed(), Qt::CaseInsensitive)
        != 0)
        return false;
    if (m_firstAttempt.isValid())
        return true;
    // No time to bound the search (a key from a draft): the name has to match as well.
    if (identity.isBusiness())
        return c.firstName.value_or(QString()) == identity.name.value_or(QString()).trimmed();
    return c.firstName.value_or(QString()) == identity.firstName.value_or(QString()).trimmed()
        && c.lastName.value_or(QString()) == identity.lastName.value_or(QString()).trimmed();
}

void CustomerSubmitter::onLookupDone(const Result<QList<Customer>> &result, const CustomerRequest &identity,
                                     const CustomerRequest &next)
{
    if (!result) {
        // Still unknown whether the customer exists: keep everything and let the analyst retry.
        m_request = SphereRequestCodec::isEmpty(m_request) ? next : m_request;
        fail(result.error());
        return;
    }
    std::optional<Customer> earliest;
    for (const Customer &c : result.value()) {
        if (isSameCustomer(c, identity) && (!earliest || c.created < earliest->created))
            earliest = c;
    }
    if (earliest) {
        if (SphereRequestCodec::isEmpty(m_request)) {
            succeed(*earliest, true); // a key from a draft: what it sent is not known here
            return;
        }
        m_recovered = *earliest;
        m_recoveredFrom = m_request;
        applyEditsToRecovered(next);
        return;
    }
    // Not there, so no earlier attempt created it: sending again cannot duplicate.
    m_mayExist = false;
    if (!SphereRequestCodec::isEmpty(m_request) && next != m_request) {
        m_key = newIdempotencyKey();
        m_firstAttempt = QDateTime();
    }
    m_operation = Operation::Create;
    m_request = next;
    sendCreate();
}

void CustomerSubmitter::applyEditsToRecovered(const CustomerRequest &next)
{
    const CustomerRequest edits = SphereRequestCodec::changedFields(m_recoveredFrom, next);
    if (SphereRequestCodec::isEmpty(edits)) {
        succeed(*m_recovered, true);
        return;
    }
    m_operation = Operation::Update;
    m_customerId = m_recovered->id;
    m_request = edits;
    // The create's key stays until the update succeeds: a draft saved meanwhile carries it, so the
    // form resumed from that draft looks the customer up again instead of creating a second one.
    m_mayExist = true;
    if (m_recovered->kyc.value == KycStatus::Approved) {
        ApiError error = ApiError::configuration(
            m_client->endpoint().vendor,
            tr("Sphere had already created customer %1 before the connection failed, and it has passed KYC "
               "since, so the changes made after that attempt cannot be applied (Sphere does not allow "
               "approved customers to be updated)")
                .arg(m_recovered->id));
        error.vendorCode = u"customer-already-kycd"_s;
        fail(error);
        return;
    }
    sendUpdate();
}

void CustomerSubmitter::submitUpdate(const QString &id, const Customer &retrieved,
                                     const CustomerRequest &edited)
{
    submitUpdate(id, retrieved.kyc.value == KycStatus::Approved,
                 SphereRequestCodec::changedFields(SphereRequestCodec::fromCustomer(retrieved), edited));
}

void CustomerSubmitter::submitUpdate(const QString &id, bool customerApproved, const CustomerRequest &changes)
{
    if (isBusy())
        return;
    m_recovered.reset();
    m_operation = Operation::Update;
    m_customerId = id;
    m_request = changes;
    m_key.clear();
    m_mayExist = false;
    m_firstAttempt = QDateTime();
    if (customerApproved) {
        ApiError error = ApiError::configuration(
            m_client->endpoint().vendor,
            tr("customer %1 has passed KYC (approved), and Sphere does not allow approved customers to be "
               "updated; nothing was sent")
                .arg(id));
        error.vendorCode = u"customer-already-kycd"_s; // the code Sphere answers with
        fail(error);
        return;
    }
    sendUpdate();
}

void CustomerSubmitter::sendUpdate()
{
    m_lastError.reset();
    setState(State::Encoding);
    CustomerSubmitJob *job
        = m_client->updateCustomer(m_customerId, m_request, this, [this](const Result<Customer> &result) {
              m_job = nullptr;
              if (result)
                  succeed(result.value(), false);
              else
                  fail(result.error());
          });
    follow(job);
}

bool CustomerSubmitter::canRetry() const
{
    // A local refusal (approved customer, nothing to update) does not change by trying again.
    return !isBusy() && m_operation != Operation::None && m_lastError
        && m_lastError->kind != ApiError::Kind::Configuration;
}

void CustomerSubmitter::retry()
{
    if (!canRetry())
        return;
    if (m_operation == Operation::Update) {
        sendUpdate();
        return;
    }
    // What the analyst last asked for: after a failed lookup m_request is still the unanswered
    // attempt's (the lookup's identity), not the edited form.
    submit(m_lastSubmitted);
}

void CustomerSubmitter::cancel()
{
    if (m_job)
        m_job->abort(); // reports through the job's callback as Cancelled
    if (m_lookup) {
        m_lookup->disconnect(this);
        m_lookup->abort();
        m_lookup = nullptr;
        fail(ApiError::cancelled(m_client->endpoint().vendor));
    }
}

void CustomerSubmitter::succeed(Customer customer, bool recovered)
{
    // An update of a customer the lookup recovered finishes that create.
    const Operation operation = std::exchange(m_recovered, std::nullopt) ? Operation::Create : m_operation;
    recovered = recovered || operation != m_operation;
    m_operation = operation; // for the status line
    m_recoveredFrom = CustomerRequest();
    m_request = CustomerRequest();
    m_key.clear();
    m_firstAttempt = QDateTime();
    m_mayExist = false;
    m_lastError.reset();
    setState(State::Succeeded);
    m_operation = Operation::None;
    if (operation == Operation::Update)
        Q_EMIT updated(customer);
    else
        Q_EMIT created(customer, recovered);
    Q_EMIT succeeded(customer, recovered);
}

void CustomerSubmitter::fail(const ApiError &error)
{
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT statusChanged(error.userMessage());
    Q_EMIT failed(error, fieldIssuesFor(error));
}
