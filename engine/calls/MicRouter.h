#pragma once

#include <QList>
#include <QMutex>
#include <QObject>

namespace calldeck {

class MediaStream;

/// Fans the microphone out to the streams that should hear it right now: human-mode calls that are
/// not muted, and calls a supervisor has barged into. deliver() runs on the capture thread; the
/// target list is changed on the engine thread and dropped entries are removed synchronously when
/// a stream ends, so a frame is never pushed into a stream that is gone.
class MicRouter
{
public:
    MicRouter() = default;
    ~MicRouter();
    MicRouter(const MicRouter&) = delete;
    MicRouter& operator=(const MicRouter&) = delete;

    /// Adds a stream (no-op when present). Connects to its ended/destroyed signals directly so the
    /// entry disappears on the media thread before the stream is deleted.
    void add(MediaStream* stream);
    void remove(MediaStream* stream);
    [[nodiscard]] bool contains(MediaStream* stream) const;
    [[nodiscard]] bool isEmpty() const;

    /// Capture thread: pushes one frame of microphone audio into every target.
    void deliver(const qint16* samples, int count);

private:
    mutable QMutex m_mutex;
    QList<MediaStream*> m_targets;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace calldeck
