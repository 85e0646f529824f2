#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the sales-script domain ("calldeck.script").
Q_DECLARE_LOGGING_CATEGORY(lcScript)

} // namespace calldeck
