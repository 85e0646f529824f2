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
    explicit SecretResolver(CredentialStore& store);
    QFuture<Result<ResolvedSecret>> resolve(Secret secret);

private:
    CredentialStore& m_store;
};

} // namespace calldeck
