#pragma once

// Client-side checks of a Sphere create/update request, before any network call: the same rules
// the vendor documents (and the sandbox enforces), so the form can say what is wrong next to the
// field, and the CLI can say which row/field of a file is bad.

#include "FieldIssue.h"
#include "SphereRequestTypes.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CustomerRequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRequestValidator)

public:
    enum class Mode { Create, Update };

    // Every issue, in form order. Create: type required; individual needs firstName, lastName,
    // email; business needs name, email; tosAccepted requires the exact disclaimer.
    // Formats: email, E.164 phone, ISO 3166-1 alpha-3 country (known code), ISO 3166-2 state (one
    // of the country's for USA and CAN),
    // dob a real date not in the future (and not before 1900), SSN 9 digits (###-##-#### allowed),
    // EIN 9 digits (##-####### allowed), website http(s) URL, revenue bucket and high-risk
    // activities from the documented lists ("none_of_the_above" alone), expectedMonthlyPaymentsUsd >= 0,
    // documents within the size limit and of an accepted type (PDF, JPEG, PNG by magic bytes). Update-only
    // fields are refused in Create mode. `today` is injectable for tests.
    static QList<FieldIssue> validate(const CustomerRequest &request, Mode mode,
                                      qint64 maxDocumentBytes = kDefaultMaxDocumentBytes,
                                      const QDate &today = QDate::currentDate());

    // What is allowed but worth a second look, never blocking a submit: an individual or a
    // beneficial owner under 18 by the date of birth. Sphere documents no minimum age (so nothing
    // refuses it); Sardine's checks flag minors, and onboarding a child is almost always a typo.
    static QList<FieldIssue> warnings(const CustomerRequest &request,
                                      const QDate &today = QDate::currentDate());
    static std::optional<int> ageOn(const DateOfBirth &dob, const QDate &today); // nullopt: not a past date
    static constexpr int kAdultAge = 18;

    // Maps a vendor error message back to the field it names ("ubos[0].ssn must be 9 digits…" ->
    // "ubos[0].ssn"); empty when the message names no known request field.
    static QString fieldFromVendorMessage(const QString &message);

    static bool isKnownCountryAlpha3(const QString &code);

    // The issues of one text value under one of SphereRule's format rules (Email, Phone,
    // CountryAlpha3, …), for another vendor's field that follows the same rule.
    static QList<FieldIssue> checkText(int documentedRule, const QString &field, const QString &text);

    // 10 MiB: a phone photo of an ID or a scanned multi-page PDF fits, and base64 (+33 %) keeps a
    // whole business request with five documents well under typical 100 MB API gateway limits.
    static constexpr qint64 kDefaultMaxDocumentBytes = 10 * 1024 * 1024;
};
