#include "media/MediaLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcMedia, "calldeck.media")

} // namespace calldeck
