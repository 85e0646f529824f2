#include "conversation/openai/OpenAiLog.h"

namespace calldeck {

Q_LOGGING_CATEGORY(lcOpenAi, "calldeck.openai")

} // namespace calldeck
