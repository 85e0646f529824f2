#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of post-call processing, notifications and dashboard figures ("calldeck.postcall").
Q_DECLARE_LOGGING_CATEGORY(lcPostCall)

} // namespace calldeck
