#include "telephony/CallStatusTracker.h"

namespace calldeck {

bool CallStatusTracker::isTerminalStatus(const QString& status)
{
    return status == u"completed" || status == u"busy" || status == u"no-answer" || status == u"canceled"
           || status == u"failed";
}

int CallStatusTracker::rank(const QString& status)
{
    if (status == u"queued")
        return 0;
    if (status == u"initiated")
        return 1;
    if (status == u"ringing")
        return 2;
    if (status == u"in-progress")
        return 3;
    if (isTerminalStatus(status))
        return 4;
    return -1;
}

CallStatusTracker::Applied CallStatusTracker::applyRest(const QString& status)
{
    return apply(status, -1);
}

CallStatusTracker::Applied CallStatusTracker::applyCallback(const QString& callStatus, int sequenceNumber)
{
    return apply(callStatus, sequenceNumber);
}

CallStatusTracker::Applied CallStatusTracker::apply(const QString& status, int sequenceNumber)
{
    const int newRank = rank(status);
    if (newRank < 0 || isTerminal())
        return Applied::Ignored;
    // A terminal status always wins, even if it overtook earlier callbacks on the way.
    if (newRank < 4) {
        if (sequenceNumber >= 0 && sequenceNumber <= m_lastSequence)
            return Applied::Ignored;
        if (newRank <= rank(m_status))
            return Applied::Ignored;
    }
    if (sequenceNumber > m_lastSequence)
        m_lastSequence = sequenceNumber;
    m_status = status;
    return Applied::Advanced;
}

} // namespace calldeck
