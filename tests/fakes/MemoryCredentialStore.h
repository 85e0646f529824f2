#pragma once

#include "secrets/CredentialStore.h"

#include <QHash>

namespace calldeck {

/// In-memory CredentialStore for tests. Futures are already finished when returned. With
/// setUnavailable(true) every operation fails like a machine without a keychain service.
class MemoryCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    QFuture<Result<QString>> read(Secret secret) override;
    QFuture<Status> write(Secret secret, const QString& value) override;
    QFuture<Status> remove(Secret secret) override;

    /// Simulates "no keychain service answers" (ErrorCode::KeychainUnavailable) from now on.
    void setUnavailable(bool unavailable);
    /// What is stored right now, bypassing the unavailable switch (for assertions).
    [[nodiscard]] QHash<Secret, QString> contents() const;
    /// How many read/write/remove calls reached the store.
    [[nodiscard]] int operationCount() const;

private:
    [[nodiscard]] Error unavailableError() const;

    QHash<Secret, QString> m_values;
    bool m_unavailable = false;
    int m_operationCount = 0;
};

} // namespace calldeck
