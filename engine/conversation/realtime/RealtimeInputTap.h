#pragma once

#include "media/MediaTap.h"

#include <QMutex>
#include <QPointer>

namespace calldeck {

class RealtimeAgent;

/// The Realtime agent's ear on the call: hands each inbound μ-law payload (base64, untouched) to
/// the agent's thread with one queued call. Fed on the media thread; safe after the agent is gone.
class RealtimeInputTap : public MediaTap
{
public:
    explicit RealtimeInputTap(RealtimeAgent* agent) : m_agent(agent) {}
    /// The agent goes away: later payloads are dropped.
    void release();

    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override;
    void outboundFrame(const qint16* samples, int count) override;
    void inboundPayload(QStringView base64Mulaw, qint64 streamMs) override;

private:
    QMutex m_mutex;   // held while posting, so release() cannot run between the check and the post
    RealtimeAgent* m_agent = nullptr;
};

} // namespace calldeck
