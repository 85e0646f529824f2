#include "secrets/CredentialStore.h"

namespace calldeck {

QList<Secret> allSecrets()
{
    return {Secret::TwilioAuthToken, Secret::TwilioApiKeySecret, Secret::OpenAiApiKey, Secret::AnthropicApiKey};
}

QString secretKey(Secret secret)
{
    switch (secret) {
    case Secret::TwilioAuthToken:
        return QStringLiteral("twilio/auth_token");
    case Secret::TwilioApiKeySecret:
        return QStringLiteral("twilio/api_key_secret");
    case Secret::OpenAiApiKey:
        return QStringLiteral("openai/api_key");
    case Secret::AnthropicApiKey:
        return QStringLiteral("anthropic/api_key");
    }
    return {};
}

QString secretEnvironmentVariable(Secret secret)
{
    switch (secret) {
    case Secret::TwilioAuthToken:
        return QStringLiteral("TWILIO_AUTH_TOKEN");
    case Secret::TwilioApiKeySecret:
        return QStringLiteral("TWILIO_API_KEY_SECRET");
    case Secret::OpenAiApiKey:
        return QStringLiteral("OPENAI_API_KEY");
    case Secret::AnthropicApiKey:
        return QStringLiteral("ANTHROPIC_API_KEY");
    }
    return {};
}

} // namespace calldeck
