#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the OpenAI-compatible HTTP client ("calldeck.openai"). Never logs the key.
Q_DECLARE_LOGGING_CATEGORY(lcOpenAi)

} // namespace calldeck
