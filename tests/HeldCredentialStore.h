#pragma once

#include "MemoryCredentialStore.h"

#include <functional>
#include <QList>
#include <utility>

// A keychain that answers reads only when told: the analyst may switch environments while it
// prompts. Writes and everything else answer as MemoryCredentialStore does.
class HeldCredentialStore : public MemoryCredentialStore
{
public:
    using MemoryCredentialStore::MemoryCredentialStore;

    void read(Vendor vendor, EnvironmentKind environment, QObject *context, ReadHandler done) override
    {
        m_held.append([this, vendor, environment, context, done] {
            MemoryCredentialStore::read(vendor, environment, context, done);
        });
    }
    qsizetype heldReads() const { return m_held.size(); }
    void answerHeldReads()
    {
        const QList<std::function<void()>> held = std::exchange(m_held, {});
        for (const auto &answer : held)
            answer();
    }

private:
    QList<std::function<void()>> m_held;
};
