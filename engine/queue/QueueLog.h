#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the call queue and scheduler ("calldeck.queue").
Q_DECLARE_LOGGING_CATEGORY(lcQueue)

} // namespace calldeck
