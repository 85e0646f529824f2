#include "compliance/ComplianceLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcCompliance, "calldeck.compliance")

} // namespace calldeck
