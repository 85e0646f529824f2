#pragma once

#include "conversation/VoiceAgent.h"

#include <QJsonObject>
#include <QString>

namespace calldeck {

/// Builds the GA `session.update` events of a Realtime agent (realtime-ai.md §1.2) and checks the
/// configuration the server echoes in `session.updated`.
class RealtimeSessionConfig
{
public:
    /// How the server's VAD may act on its own.
    struct Replies
    {
        bool createResponse = true;     ///< reply when the callee's turn ends
        bool interruptResponse = true;  ///< cancel a running reply when the callee starts speaking
    };

    /// The full `session.update`: instructions, μ-law in and out, voice, input transcription,
    /// server VAD from `config.vad`, tools, tool_choice auto.
    [[nodiscard]] static QJsonObject sessionUpdate(const AgentConfig& config, Replies replies);
    /// A `session.update` that changes only the turn detection (hold, resume, uninterruptible).
    [[nodiscard]] static QJsonObject turnDetectionUpdate(const AgentConfig& config, Replies replies);
    /// The neutral tool schemas ({name, description, parameters}) as Realtime function tools.
    [[nodiscard]] static QJsonArray realtimeTools(const QJsonArray& neutral);
    /// The transcription language: the primary subtag of the brief's BCP 47 tag ("en-US" → "en").
    [[nodiscard]] static QString transcriptionLanguage(const QString& bcp47);

    /// Empty when `session` (from `session.updated`) has μ-law input and output, else a message
    /// for the user naming what the server chose instead.
    [[nodiscard]] static QString formatMismatch(const QJsonObject& session);
};

} // namespace calldeck
