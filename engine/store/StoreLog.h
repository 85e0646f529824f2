#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the database layer ("calldeck.store").
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace calldeck
