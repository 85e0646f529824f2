#include "secrets/SecretResolver.h"

#include <QPromise>
#include <memory>

namespace calldeck {

SecretResolver::SecretResolver(CredentialStore& store)
    : m_store(store)
{}

QFuture<Result<ResolvedSecret>> SecretResolver::resolve(Secret secret)
{
    const QString fromEnvironment = qEnvironmentVariable(secretEnvironmentVariable(secret).toLatin1().constData());
    if (!fromEnvironment.isEmpty()) {
        return QtFuture::makeReadyFuture(
            Result<ResolvedSecret>(ResolvedSecret{fromEnvironment, ResolvedSecret::Source::Environment}));
    }
    // Continue on the store's thread: keychain futures complete on its event loop.
    return m_store.read(secret).then(&m_store, [](const Result<QString>& stored) -> Result<ResolvedSecret> {
        if (!stored.ok()) {
            return stored.error();
        }
        if (stored.value().isEmpty()) {
            return ResolvedSecret{};
        }
        return ResolvedSecret{stored.value(), ResolvedSecret::Source::Keychain};
    });
}

} // namespace calldeck
