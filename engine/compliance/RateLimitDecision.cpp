#include "compliance/RateLimitDecision.h"

namespace calldeck {

Status RateLimitDecision::toStatus() const
{
    if (allowed) {
        return {};
    }
    return Status::failure(ErrorCode::Conflict, message);
}

} // namespace calldeck
