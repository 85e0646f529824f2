#pragma once

#include <QString>

namespace calldeck {

/// Follows one call's Twilio status from its call-progress callbacks. Callbacks are independent
/// HTTP requests: they may arrive out of order and more than once. The tracker applies an event
/// only when it moves the call forward (by SequenceNumber and by lifecycle rank), and a terminal
/// status is final: repeats and late non-terminal events are ignored.
class CallStatusTracker
{
public:
    enum class Applied
    {
        Advanced,   ///< the status changed
        Ignored,    ///< duplicate, stale or after the end
    };

    /// Applies the create response's status ("queued") or a REST fetch result (no sequence number).
    Applied applyRest(const QString& status);
    /// Applies a callback with its SequenceNumber (−1 when absent).
    Applied applyCallback(const QString& callStatus, int sequenceNumber);

    [[nodiscard]] QString status() const { return m_status; }
    [[nodiscard]] bool isTerminal() const { return isTerminalStatus(m_status); }

    static bool isTerminalStatus(const QString& status);
    /// queued 0 < initiated 1 < ringing 2 < in-progress 3 < terminal 4; −1 for unknown text.
    static int rank(const QString& status);

private:
    Applied apply(const QString& status, int sequenceNumber);

    QString m_status;
    int m_lastSequence = -1;
};

} // namespace calldeck
