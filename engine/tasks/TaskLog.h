#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of call tasks and their planners ("calldeck.tasks").
Q_DECLARE_LOGGING_CATEGORY(lcTasks)

} // namespace calldeck
