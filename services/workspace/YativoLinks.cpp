#include "YativoLinks.h"

#include "AuditTrail.h"
#include "CustomerComparison.h"
#include "WorkspaceDatabase.h"
#include "YativoCodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

YativoLinks::YativoLinks(WorkspaceDatabase *database, AuditTrail *audit)
    : m_database(database), m_audit(audit)
{ }

std::optional<WorkspaceError> YativoLinks::link(const QString &customerId, const YativoCustomer &record)
{
    if (customerId.isEmpty() || record.id.isEmpty())
        return WorkspaceError::make(WorkspaceError::Kind::InvalidInput,
                                    tr("A link needs a customer and a Yativo record."));
    return m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        if (auto failed = m_database->run(
                u"INSERT INTO yativo_links (customer_id, yativo_id, linked_by, linked_at, record) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET yativo_id = "
                "excluded.yativo_id, "
                "linked_by = excluded.linked_by, linked_at = excluded.linked_at, record = excluded.record"_s,
                { customerId, record.id, m_audit->analyst(),
                  WorkspaceDatabase::timeText(QDateTime::currentDateTimeUtc()),
                  QString::fromUtf8(
                      QJsonDocument(YativoCodec::encode(record)).toJson(QJsonDocument::Compact)) },
                tr("linking the Yativo record")))
            return failed;
        const auto audited
            = m_audit->append({ u"link"_s, customerId, QJsonObject { { u"yativo"_s, record.id } } });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
}

std::optional<WorkspaceError> YativoLinks::unlink(const QString &customerId)
{
    return m_database->writeTransaction([&]() -> std::optional<WorkspaceError> {
        const auto current = linked(customerId);
        if (!current)
            return current.error();
        if (!current.value())
            return WorkspaceError::make(WorkspaceError::Kind::NotFound,
                                        tr("Customer %1 has no Yativo record linked.").arg(customerId));
        if (auto failed = m_database->run(u"DELETE FROM yativo_links WHERE customer_id = ?"_s, { customerId },
                                          tr("unlinking the Yativo record")))
            return failed;
        const auto audited = m_audit->append(
            { u"unlink"_s, customerId, QJsonObject { { u"yativo"_s, current.value()->record.id } } });
        return audited ? std::nullopt : std::optional<WorkspaceError>(audited.error());
    });
}

Result<std::optional<YativoLinks::Link>, WorkspaceError> YativoLinks::linked(const QString &customerId) const
{
    const auto rows = m_database->selectRows<std::tuple<QString, QString, QString>>(
        u"SELECT linked_by, linked_at, record FROM yativo_links WHERE customer_id = ?"_s, { customerId },
        [](const QSqlQuery &q) {
            return std::make_tuple(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        },
        tr("reading the Yativo link"));
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<Link>();
    const auto &[by, at, record] = rows.value().constFirst();
    // Kept as Yativo's `data`; read back through the codec, in the envelope it came in.
    const QJsonObject envelope { { u"status"_s, u"success"_s },
                                 { u"status_code"_s, 200 },
                                 { u"message"_s, QString() },
                                 { u"data"_s, QJsonDocument::fromJson(record.toUtf8()).object() } };
    const auto decoded = YativoCodec::decodeCustomerResponse(200, QJsonDocument(envelope).toJson());
    if (!decoded)
        return WorkspaceError::make(
            WorkspaceError::Kind::Storage,
            tr("The linked Yativo record cannot be read: %1").arg(decoded.error().message));
    return std::optional<Link>(Link { decoded.value(), by, WorkspaceDatabase::timeFrom(at) });
}

QList<YativoCustomer> YativoLinks::matching(const QList<YativoCustomer> &candidates,
                                            const std::optional<QString> &email,
                                            const std::optional<QString> &phone)
{
    const QString wantedEmail = email ? comparableText(ComparedField::Email, *email) : QString();
    const QString wantedPhone = phone ? comparableText(ComparedField::Phone, *phone) : QString();
    QList<YativoCustomer> out;
    for (const YativoCustomer &c : candidates) {
        const ComparedFacts facts = ComparedFacts::of(c);
        const bool sameEmail = !wantedEmail.isEmpty() && facts.email
            && comparableText(ComparedField::Email, *facts.email) == wantedEmail;
        const bool samePhone = wantedPhone.size() >= 7 && facts.phone
            && comparableText(ComparedField::Phone, *facts.phone) == wantedPhone;
        if (sameEmail || samePhone)
            out << c;
    }
    return out;
}
