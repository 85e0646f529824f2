#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of prices and call cost ("calldeck.cost").
Q_DECLARE_LOGGING_CATEGORY(lcCost)

} // namespace calldeck
