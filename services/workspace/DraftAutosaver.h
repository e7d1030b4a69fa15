#pragma once

#include "DraftStore.h"

#include <functional>
#include <optional>
#include <QObject>
#include <QPointer>
#include <QTimer>

// Keeps one form's encrypted draft up to date, so every form saves the same way: a moment after
// the last edit (DraftStore::kAutosaveDelayMs), at once when the form asks (submit, cancel,
// close), and — when an edit came before the drafts' key was read from the keychain — the moment
// the key arrives. The form says only what its draft is: a non-PII title and the payload bytes.
class DraftAutosaver : public QObject
{
    Q_OBJECT

public:
    using Payload = std::function<QByteArray()>;
    using Title = std::function<QString()>;

    // `store` may be null (drafts unavailable in this session): every call is then a no-op.
    DraftAutosaver(DraftStore *store, QString kind, QString draftId, QObject *parent = nullptr);

    void setSource(Title title, Payload payload);
    // The environment of the vendor the form sends to (EnvironmentSelection::recordKey()).
    void setEnvironmentKey(const QString &key) { m_environmentKey = key; }
    void setDraftId(const QString &draftId) { m_draftId = draftId; }
    QString draftId() const { return m_draftId; }
    bool isAvailable() const { return !m_store.isNull(); }
    // While paused (a form being filled programmatically, a finished form), edits do not save.
    void setPaused(bool paused) { m_paused = paused; }

    // The form as it opened (empty, or prefilled from the customer), once it is filled: until the
    // form differs from it, no draft is written — a form opened and cancelled leaves nothing to
    // resume (and nothing to announce at the next start).
    void markPristine();

    void schedule(); // after an edit
    void saveNow();
    void discard(); // the form's work is done: stop and delete the draft

    // Reads a saved draft; on success the caller restores it and then calls resume().
    Result<QByteArray> load(const QString &draftId) const;
    // From now on this form saves over `draftId`; returns the environment it was saved for.
    QString resume(const QString &draftId);

Q_SIGNALS:
    void saved(const QString &draftId);
    void saveFailed(const QString &message);

private:
    QPointer<DraftStore> m_store;
    QString m_kind;
    QString m_draftId;
    QString m_environmentKey = VendorEnvironment::unknownRecordKey();
    Title m_title;
    Payload m_payload;
    QTimer m_timer;
    bool m_waitingForKey = false;
    bool m_paused = false;
    std::optional<QByteArray> m_pristine;
    bool m_written = false; // a draft of this form exists (saved, or resumed)
};
