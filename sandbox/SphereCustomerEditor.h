#pragma once

#include <optional>
#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Applies a Sphere v1 create or update request body to a customer: validates every documented
// field (type, enum, format), writes public fields into the customer object, keeps private ones
// (SSN, dob, EIN, questionnaire answers) aside, decodes base64 documents, and recomputes the
// requirements. The first invalid field stops the edit with a message that names it, the way the
// vendor answers a bad request, and leaves the caller's data untouched.
class SphereCustomerEditor
{
public:
    static constexpr const char16_t *kTosDisclaimer = u"By submitting this request, I hereby declare that "
                                                      u"the created customer has read and accepted Sphere "
                                                      u"Terms of Service.";

    // A string field's format and how an error words it: "<path> must be …".
    struct Format
    {
        QString pattern;
        QString requirement;
    };

    struct Document
    {
        QString owner; // "customer" or a UBO id
        QString kind; // request field name
        QByteArray content;
    };

    // A fresh customer with every documented field present (null where unset), statuses incomplete.
    static QJsonObject newCustomer(const QString &id, const QString &type, const QString &now);

    SphereCustomerEditor(QJsonObject customer, QJsonObject privateData, QString now);

    bool applyCreate(const QJsonObject &body);
    bool applyUpdate(const QJsonObject &body);

    QString error() const { return m_error; }
    QJsonObject customer() const { return m_customer; }
    QJsonObject privateData() const { return m_private; }
    const QList<Document> &documents() const { return m_documents; }

    // The documented-by-example rule, generalised; see sandbox/README.md.
    static QJsonArray requirementsFor(const QJsonObject &customer, const QJsonObject &privateData);
    static bool hasOnlyDocumentRequirements(const QJsonObject &customer);

private:
    bool apply(const QJsonObject &body, bool creating);
    bool applyCommon(const QJsonObject &body);
    bool applyIndividual(const QJsonObject &body);
    bool applyBusiness(const QJsonObject &body);
    bool applyUbos(const QJsonArray &ubos);
    bool applyUpdateOnly(const QJsonObject &body, const QString &prefix, QJsonObject &target, bool creating);
    bool applyAddress(const QJsonValue &value, const QString &path, QJsonObject &target);
    bool applyDob(const QJsonValue &value, const QString &path, QJsonObject &target);
    bool applyDocument(const QJsonObject &body, const QString &key, const QString &path, const QString &owner,
                       QJsonObject &privateTarget);

    // Typed getters: absent or null → false with no error; wrong type → false with m_error set.
    bool string(const QJsonObject &o, const QString &key, const QString &path, QString *out);
    bool boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out);
    // The value under `key` when it is set and of `type` (`typeName`, for the error); the getters' rules.
    std::optional<QJsonValue> typed(const QJsonObject &o, const QString &key, const QString &path,
                                    QJsonValue::Type type, const QString &typeName);
    bool fail(const QString &message);
    // A string field in `format`, copied into `target` when given; false when it is not in it.
    bool formatted(const QJsonObject &o, const QString &key, const QString &path, const Format &format,
                   QJsonObject &target);

    QJsonObject m_customer;
    QJsonObject m_private;
    QList<Document> m_documents;
    QString m_now;
    QString m_error;
    bool m_creating = false;
};
