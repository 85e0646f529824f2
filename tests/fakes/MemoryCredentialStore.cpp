#include "fakes/MemoryCredentialStore.h"

namespace calldeck {

QFuture<Result<QString>> MemoryCredentialStore::read(Secret secret)
{
    ++m_operationCount;
    if (m_unavailable) {
        return QtFuture::makeReadyFuture(Result<QString>(unavailableError()));
    }
    return QtFuture::makeReadyFuture(Result<QString>(m_values.value(secret)));
}

QFuture<Status> MemoryCredentialStore::write(Secret secret, const QString& value)
{
    ++m_operationCount;
    if (m_unavailable) {
        return QtFuture::makeReadyFuture(Status(unavailableError()));
    }
    m_values.insert(secret, value);
    return QtFuture::makeReadyFuture(Status());
}

QFuture<Status> MemoryCredentialStore::remove(Secret secret)
{
    ++m_operationCount;
    if (m_unavailable) {
        return QtFuture::makeReadyFuture(Status(unavailableError()));
    }
    m_values.remove(secret);
    return QtFuture::makeReadyFuture(Status());
}

void MemoryCredentialStore::setUnavailable(bool unavailable)
{
    m_unavailable = unavailable;
}

QHash<Secret, QString> MemoryCredentialStore::contents() const
{
    return m_values;
}

int MemoryCredentialStore::operationCount() const
{
    return m_operationCount;
}

Error MemoryCredentialStore::unavailableError() const
{
    return Error{ErrorCode::KeychainUnavailable,
                 QStringLiteral("No keychain service answered (simulated by MemoryCredentialStore).")};
}

} // namespace calldeck
