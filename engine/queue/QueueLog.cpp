#include "queue/QueueLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcQueue, "calldeck.queue")

} // namespace calldeck
