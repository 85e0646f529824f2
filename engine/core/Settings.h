#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace calldeck {

/// A typed settings key: its storage name, default, and the environment variable that overrides
/// it for headless use (empty when none).
template <typename T>
struct SettingKey
{
    const char* name;
    T defaultValue;
    const char* environmentVariable = nullptr;
};

/// Every non-secret setting CallDeck has. Secrets are never here: see CredentialStore.
namespace SettingKeys {
// Telephony
inline const SettingKey<QString> TwilioAccountSid{"telephony/twilio_account_sid", {}, "TWILIO_ACCOUNT_SID"};
inline const SettingKey<QString> TwilioApiKeySid{"telephony/twilio_api_key_sid", {}, "TWILIO_API_KEY_SID"};
inline const SettingKey<QString> TwilioFromNumber{"telephony/twilio_from_number", {}, "TWILIO_PHONE_NUMBER"};
inline const SettingKey<QString> TwilioApiBase{"telephony/twilio_api_base", QStringLiteral("https://api.twilio.com"),
                                               "CALLDECK_TWILIO_API_BASE"};
inline const SettingKey<QString> PublicUrl{"telephony/public_url", {}, "CALLDECK_PUBLIC_URL"};
inline const SettingKey<QString> ListenAddress{"telephony/listen", QStringLiteral("127.0.0.1:8077"), "CALLDECK_LISTEN"};
/// Tunnel started with the engine when no public URL is set: "none", "ngrok" or "cloudflared".
inline const SettingKey<QString> TunnelKind{"telephony/tunnel", QStringLiteral("none"), "CALLDECK_TUNNEL"};
// AI providers
inline const SettingKey<QString> OpenAiBaseUrl{"ai/openai_base_url", QStringLiteral("https://api.openai.com/v1"),
                                               "OPENAI_BASE_URL"};
inline const SettingKey<QString> RealtimeModel{"ai/realtime_model", QStringLiteral("gpt-realtime")};
inline const SettingKey<QString> ChatModel{"ai/chat_model", QStringLiteral("gpt-4o-mini")};
inline const SettingKey<QString> TranscriptionModel{"ai/transcription_model", QStringLiteral("gpt-4o-mini-transcribe")};
inline const SettingKey<QString> TtsModel{"ai/tts_model", QStringLiteral("gpt-4o-mini-tts")};
inline const SettingKey<QString> RealtimeVoice{"ai/voice", QStringLiteral("marin")};
/// The agent a new call gets: "human", "offline", "realtime" or "cascade".
inline const SettingKey<QString> DefaultAgent{"ai/default_agent", QStringLiteral("human"), "CALLDECK_AGENT"};
/// Voice activity detection for AI agents (Realtime server VAD; local detector for the others).
inline const SettingKey<double> VadThreshold{"ai/vad_threshold", 0.5};
inline const SettingKey<int> VadPrefixPaddingMs{"ai/vad_prefix_padding_ms", 300};
inline const SettingKey<int> VadSilenceMs{"ai/vad_silence_ms", 500};
inline const SettingKey<QString> AnthropicModel{"ai/anthropic_model", QStringLiteral("claude-sonnet-4-5")};
// Call limits (PRODUCT T4, T5, I1)
inline const SettingKey<int> ManualCallsPerHour{"limits/manual_per_hour", 5};
inline const SettingKey<int> ManualCallsPerDay{"limits/manual_per_day", 20};
inline const SettingKey<int> AutomatedCallsPerHour{"limits/automated_per_hour", 10};
inline const SettingKey<int> AutomatedCallsPerDay{"limits/automated_per_day", 50};
inline const SettingKey<int> MaxConcurrentCalls{"limits/max_concurrent_calls", 3};
inline const SettingKey<int> MonthlyCallQuota{"limits/monthly_call_quota", 100};
// Sales scripts (PRODUCT S1–S7)
/// The qualification gate: prospects with fewer clients are not called in strict mode.
inline const SettingKey<int> QualificationMinClients{"script/min_clients", 500};
/// Mode of a new script run: "strict" or "flexible".
inline const SettingKey<QString> ScriptDefaultMode{"script/default_mode", QStringLiteral("strict")};
/// Hide client-sensitive fields in the control panel (screen sharing).
inline const SettingKey<bool> ScriptPrivacyMode{"script/privacy_mode", false};
// Audio devices (Qt Multimedia device ids; empty = system default)
inline const SettingKey<QString> AudioInputDevice{"audio/input_device", {}};
inline const SettingKey<QString> AudioOutputDevice{"audio/output_device", {}};
/// The agent listens on speakers rather than a headset: cancel the speaker's echo in the microphone.
inline const SettingKey<bool> EchoCancellation{"audio/echo_cancellation", false};
// Interface
inline const SettingKey<bool> PanelsLocked{"ui/panels_locked", false};
inline const SettingKey<QString> Language{"ui/language", {}}; ///< empty = follow the system locale
} // namespace SettingKeys

/// Typed, file-backed settings (INI in Paths::settingsFile(), written to a temporary file and
/// renamed so a crash never leaves it half-written). Environment variables (when non-empty)
/// override values read through value(); setValue() always writes the file. A stored value that
/// does not convert to the key's type reads as the default. Use from one thread.
class Settings : public QObject
{
    Q_OBJECT
public:
    /// `filePath` empty means Paths::settingsFile().
    explicit Settings(const QString& filePath = {}, QObject* parent = nullptr);
    ~Settings() override;

    /// Effective value: environment override, else stored value, else the default.
    template <typename T>
    T value(const SettingKey<T>& key) const
    {
        return rawValue(key.name, QVariant::fromValue(key.defaultValue), key.environmentVariable).template value<T>();
    }
    /// Stored value only (ignores the environment), for the Settings dialog.
    template <typename T>
    T storedValue(const SettingKey<T>& key) const
    {
        return rawValue(key.name, QVariant::fromValue(key.defaultValue), nullptr).template value<T>();
    }
    /// True when the environment currently overrides this key (set and non-empty, as value() uses it).
    template <typename T>
    bool isOverridden(const SettingKey<T>& key) const
    {
        return key.environmentVariable != nullptr && !qEnvironmentVariableIsEmpty(key.environmentVariable);
    }
    template <typename T>
    void setValue(const SettingKey<T>& key, const T& value)
    {
        setRawValue(key.name, QVariant::fromValue(value));
    }

    /// Raw byte blobs for the UI (window geometry / dock state), never overridden by the environment.
    QByteArray blob(const QString& name) const;
    void setBlob(const QString& name, const QByteArray& data);
    void removeBlob(const QString& name);

    /// Writes pending changes to disk; returns an Io error the user can read on failure.
    Status sync();
    [[nodiscard]] QString filePath() const;

Q_SIGNALS:
    /// Emitted with the key name when setValue() changes the stored value.
    void changed(const QString& name);

private:
    QVariant rawValue(const char* name, const QVariant& fallback, const char* environmentVariable) const;
    void setRawValue(const char* name, const QVariant& value);
    /// Moves an unreadable file aside (kept as "<file>.corrupt") so CallDeck starts on defaults.
    void setAsideUnreadableFile();

    std::unique_ptr<QSettings> m_settings;
};

} // namespace calldeck
