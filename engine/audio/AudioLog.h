#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of audio devices and echo cancellation ("calldeck.audio").
Q_DECLARE_LOGGING_CATEGORY(lcAudio)

} // namespace calldeck
