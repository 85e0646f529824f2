#pragma once

#include "conversation/CallBrief.h"

#include <QString>

namespace calldeck {

/// Turns a CallBrief into the system prompt of the AI agents (PRODUCT V3): disclosure first (who
/// calls on whose behalf, that it is an AI assistant, the recording notice), then the plan,
/// the user's limits and the rules of conduct.
class PromptBuilder
{
public:
    /// The full system prompt for `brief`.
    [[nodiscard]] static QString build(const CallBrief& brief);
    /// The opening the agent speaks verbatim before anything else (disclosure + recording notice).
    [[nodiscard]] static QString openingLine(const CallBrief& brief);
    /// The user's name as the agent says it ("Alex Morgan", or a neutral phrase when unknown).
    [[nodiscard]] static QString principalName(const CallBrief& brief);
    /// A price as people say it: "$180.00" for USD, "180.00 EUR" otherwise. Integer arithmetic only.
    [[nodiscard]] static QString formatCents(qint64 cents, const QString& currency);
};

} // namespace calldeck
