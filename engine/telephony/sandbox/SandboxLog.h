#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the sandbox line ("calldeck.sandbox").
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

} // namespace calldeck
