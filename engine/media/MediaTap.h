#pragma once

#include <QStringView>
#include <QtGlobal>

namespace calldeck {

/// Receives a call's audio on the media thread, at the engine rate (16 kHz mono int16), one 20 ms
/// frame (320 samples) at a time. Implementations must be quick and must not block: copy into a
/// ring buffer or a lock-free queue and return. Recorder, AI agent input and the supervisor's
/// listen-in all attach as taps.
class MediaTap
{
public:
    virtual ~MediaTap() = default;
    /// Audio from the callee (Twilio's inbound track). `streamMs` is Twilio's media timestamp.
    virtual void inboundFrame(const qint16* samples, int count, qint64 streamMs) = 0;
    /// Audio CallDeck sent to the callee (agent, supervisor or DTMF tones), after pacing, i.e. in
    /// the order and at the time it left for Twilio.
    virtual void outboundFrame(const qint16* samples, int count) = 0;
    /// The callee's audio exactly as Twilio sent it: one `media` message's base64 μ-law payload
    /// (8 kHz), before any decoding, called once per message ahead of its inboundFrame() calls.
    /// Agents that speak μ-law (OpenAI Realtime with audio/pcmu) forward it untouched. The view is
    /// valid only during the call.
    virtual void inboundPayload(QStringView base64Mulaw, qint64 streamMs)
    {
        Q_UNUSED(base64Mulaw)
        Q_UNUSED(streamMs)
    }
};

} // namespace calldeck
