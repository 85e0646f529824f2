#include "tasks/TaskLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcTasks, "calldeck.tasks")

} // namespace calldeck
