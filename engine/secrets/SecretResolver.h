#pragma once

#include "secrets/CredentialStore.h"

#include <QFuture>

namespace calldeck {

/// Effective secret: the environment variable when set, otherwise the credential store.
/// `source` tells the UI where it came from so it can say "from environment" / "stored" / "missing".
struct ResolvedSecret
{
    enum class Source
    {
        Missing,
        Environment,
        Keychain,
    };
    QString value;
    Source source = Source::Missing;
};

/// Resolves secrets with the environment taking precedence over the keychain.
class SecretResolver
{
public:
    /// `store` must outlive the resolver and the futures it returns.
    explicit SecretResolver(CredentialStore& store);
    /// A non-empty environment variable wins without touching the store; otherwise the store's
    /// value (Source::Missing when empty). Store failures (e.g. KeychainUnavailable) pass through.
    QFuture<Result<ResolvedSecret>> resolve(Secret secret);

private:
    CredentialStore& m_store;
};

} // namespace calldeck
