#include "DraftAutosaver.h"

using namespace Qt::Literals::StringLiterals;

DraftAutosaver::DraftAutosaver(DraftStore *store, QString kind, QString draftId, QObject *parent)
    : QObject(parent), m_store(store), m_kind(std::move(kind)), m_draftId(std::move(draftId))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DraftStore::kAutosaveDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::saveNow);
    if (m_store) {
        connect(m_store, &DraftStore::opened, this, [this] {
            if (m_waitingForKey)
                saveNow();
        });
    }
}

void DraftAutosaver::setSource(Title title, Payload payload)
{
    m_title = std::move(title);
    m_payload = std::move(payload);
}

void DraftAutosaver::markPristine()
{
    m_pristine = m_payload ? std::optional<QByteArray>(m_payload()) : std::nullopt;
}

void DraftAutosaver::schedule()
{
    if (m_store && !m_paused)
        m_timer.start();
}

void DraftAutosaver::saveNow()
{
    m_timer.stop();
    m_waitingForKey = m_store && !m_store->isReady() && !m_paused;
    if (!m_store || m_waitingForKey || m_paused || !m_payload)
        return;
    const QByteArray payload = m_payload();
    if (!m_written && m_pristine && payload == *m_pristine)
        return; // untouched: nothing of the analyst's to keep
    const auto error = m_store->save({ m_draftId, m_kind, m_title ? m_title() : QString(),
                                       QDateTime::currentDateTimeUtc(), m_environmentKey },
                                     payload);
    if (error) {
        Q_EMIT saveFailed(error->message);
    } else {
        m_written = true;
        Q_EMIT saved(m_draftId);
    }
}

void DraftAutosaver::discard()
{
    m_timer.stop();
    m_waitingForKey = false;
    if (m_store)
        m_store->remove(m_draftId);
    m_written = false;
}

Result<QByteArray> DraftAutosaver::load(const QString &draftId) const
{
    if (!m_store)
        return ApiError::configuration(u"KYC Desk"_s, tr("drafts are not available in this session"));
    return m_store->load(draftId);
}

QString DraftAutosaver::resume(const QString &draftId)
{
    m_draftId = draftId;
    m_written = true;
    const auto saved = m_store ? m_store->summary(draftId) : std::nullopt;
    return saved ? saved->environment : QString();
}
