#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the OpenAI Realtime agent ("calldeck.realtime").
Q_DECLARE_LOGGING_CATEGORY(lcRealtime)

} // namespace calldeck
