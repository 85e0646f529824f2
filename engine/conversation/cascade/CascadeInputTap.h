#pragma once

#include "media/MediaTap.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>

namespace calldeck {

/// The cascade agent's ear on the media thread: copies each callee frame into a mailbox and, when
/// the mailbox was empty, posts one wake-up to the agent's thread. Never blocks beyond a short
/// mutex; after disconnect() frames are dropped.
class CascadeInputTap : public MediaTap
{
public:
    struct Frame
    {
        qint64 streamMs = 0;
        QByteArray pcm;   ///< 16 kHz mono int16
    };

    /// `drain` runs on `receiver`'s thread when frames are waiting.
    CascadeInputTap(QObject* receiver, std::function<void()> drain);

    void inboundFrame(const qint16* samples, int count, qint64 streamMs) override;
    void outboundFrame(const qint16* samples, int count) override;

    /// Agent thread: the frames that arrived since the last call.
    QList<Frame> take();
    /// Stops posting to the receiver (it is going away).
    void disconnect();

private:
    QMutex m_mutex;
    QObject* m_receiver;
    std::function<void()> m_drain;
    QList<Frame> m_frames;
    bool m_posted = false;
};

} // namespace calldeck
