#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QString>

namespace calldeck {

/// Names of the secrets CallDeck keeps. Each maps to one keychain entry and one environment
/// variable that overrides it for headless use.
enum class Secret
{
    TwilioAuthToken,    ///< env TWILIO_AUTH_TOKEN
    TwilioApiKeySecret, ///< env TWILIO_API_KEY_SECRET (with the API key SID in settings)
    OpenAiApiKey,       ///< env OPENAI_API_KEY
    AnthropicApiKey,    ///< env ANTHROPIC_API_KEY
};

/// All secrets, in display order.
QList<Secret> allSecrets();
/// Keychain entry name, e.g. "twilio/auth_token".
QString secretKey(Secret secret);
/// Environment variable that overrides the secret, e.g. "TWILIO_AUTH_TOKEN".
QString secretEnvironmentVariable(Secret secret);

/// Where secrets live: the OS keychain in the product, memory in tests. There is no plaintext
/// fallback. Operations complete asynchronously on the calling thread's event loop; a missing
/// entry reads as an empty string (not an error). When no keychain service answers, operations
/// fail with ErrorCode::KeychainUnavailable and a message that says how to fix it.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual QFuture<Result<QString>> read(Secret secret) = 0;
    virtual QFuture<Status> write(Secret secret, const QString& value) = 0;
    virtual QFuture<Status> remove(Secret secret) = 0;
};

} // namespace calldeck
