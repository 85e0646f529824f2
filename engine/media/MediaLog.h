#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of the media server and streams ("calldeck.media").
Q_DECLARE_LOGGING_CATEGORY(lcMedia)

} // namespace calldeck
