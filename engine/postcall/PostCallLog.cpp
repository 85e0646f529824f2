#include "postcall/PostCallLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcPostCall, "calldeck.postcall")

} // namespace calldeck
