#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace calldeck {

/// One tool call an agent's model made. `arguments` is the parsed JSON object; when the model's
/// argument string was not valid JSON, `argumentsError` says why (and the tool is not run: the
/// error goes back to the model as the tool's output).
struct ToolCall
{
    QString callId;
    QString name;            ///< log_call_event | end_call | record_field | request_approval | lookup_contact
    QJsonObject arguments;
    QString argumentsError;
};

/// What a tool returned: `output` goes back to the model verbatim (a JSON string).
struct ToolResult
{
    QString output;
    bool ok = true;
    /// end_call succeeded: the agent says nothing more and the call hangs up once its audio played.
    bool endCall = false;
};

/// Usage of one AI request or response, as the provider reported it (PRODUCT T10). Costs are
/// computed from these by CostMeter with the price table; agents never compute money.
struct AiUsage
{
    QString provider = QStringLiteral("openai");   ///< "openai" (any OpenAI-compatible base URL) | "espeak"
    QString model;                                 ///< as sent in the request, e.g. "gpt-realtime"
    /// realtime | transcription (Realtime input transcription) | stt | chat | tts
    QString kind;
    qint64 inputTextTokens = 0;      ///< including the cached ones
    qint64 inputAudioTokens = 0;     ///< including the cached ones
    qint64 cachedTextTokens = 0;     ///< subset of inputTextTokens
    qint64 cachedAudioTokens = 0;    ///< subset of inputAudioTokens
    qint64 outputTextTokens = 0;
    qint64 outputAudioTokens = 0;
    double audioSeconds = 0;         ///< duration-billed transcription / speech-to-text
    qint64 characters = 0;           ///< text-to-speech input characters
};

/// One turn's responsiveness (PRODUCT V9): from the end of the callee's speech to the first agent
/// audio handed to the line, and the part of that spent inside CallDeck (everything that was not
/// waiting for a network peer or for the model).
struct TurnLatency
{
    int turn = 0;                    ///< 1-based
    qint64 totalUs = 0;
    qint64 internalUs = 0;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::ToolCall)
Q_DECLARE_METATYPE(calldeck::ToolResult)
Q_DECLARE_METATYPE(calldeck::AiUsage)
Q_DECLARE_METATYPE(calldeck::TurnLatency)
