#include "core/Clock.h"

namespace calldeck {

WallClock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

QDateTime nowFrom(const WallClock& clock)
{
    return clock ? clock().toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace calldeck
