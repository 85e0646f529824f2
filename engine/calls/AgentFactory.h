#pragma once

#include "conversation/VoiceAgent.h"

#include <QStringList>

namespace calldeck {

class Settings;

/// Makes the voice agents: the settings, brief and key become an AgentConfig (prompt and tools
/// included), and a kind name becomes the matching VoiceAgent.
namespace AgentFactory {

/// "human", "offline", "realtime", "cascade".
QStringList kinds();
/// A readable name for a kind ("Offline AI (espeak-ng)").
QString displayName(const QString& kind);
/// The agent setup from the AI settings, the call's brief and the resolved API key.
AgentConfig configure(const Settings& settings, const CallBrief& brief, const QString& apiKey);
/// A new agent of `kind` ("offline", "realtime" or "cascade"), on the calling thread; null for
/// "human" or an unknown kind.
VoiceAgent* create(const QString& kind, const AgentConfig& config);

} // namespace AgentFactory

} // namespace calldeck
