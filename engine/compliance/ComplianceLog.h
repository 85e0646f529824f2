#pragma once

#include <QLoggingCategory>

namespace calldeck {

/// Logging category of attestation and rate limits ("calldeck.compliance").
Q_DECLARE_LOGGING_CATEGORY(lcCompliance)

} // namespace calldeck
