#pragma once

#include "conversation/VoiceAgent.h"

#include <QMetaObject>
#include <QMutex>

namespace calldeck {

class MediaStream;

/// An agent's AgentLine over one call's MediaStream. The stream lives on a media thread and is
/// deleted there after it ended; StreamLine lets go of it on the stream's `ended` signal
/// (connected directly, so it runs on the media thread before the deletion), and every call
/// after that is a no-op. Thread-safe.
class StreamLine final : public AgentLine
{
public:
    explicit StreamLine(MediaStream* stream);
    ~StreamLine() override;
    StreamLine(const StreamLine&) = delete;
    StreamLine& operator=(const StreamLine&) = delete;

    [[nodiscard]] quint32 generation() const override;
    void playMulaw(const QByteArray& mulaw, quint32 generation) override;
    void playPcm16(const QByteArray& pcm16, quint32 generation) override;
    void mark(const QString& label, quint32 generation) override;
    quint32 clear() override;
    [[nodiscard]] int pendingMs() const override;

    /// Drops the stream (also done automatically when it ends).
    void release();

private:
    mutable QMutex m_mutex;
    MediaStream* m_stream = nullptr;
    QMetaObject::Connection m_ended;
};

} // namespace calldeck
