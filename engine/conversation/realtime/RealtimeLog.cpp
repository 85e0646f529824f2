#include "conversation/realtime/RealtimeLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcRealtime, "calldeck.realtime")

} // namespace calldeck
