#pragma once

#include <QByteArray>
#include <QList>

namespace calldeck {

/// Keeps the callee's recent audio (16 kHz mono int16) so a finished turn can be sent to
/// speech-to-text from just before speech started: the prefix padding holds the soft onset the
/// level detector only notices a few frames late.
class UtteranceBuffer
{
public:
    explicit UtteranceBuffer(int prefixPaddingMs = 300, int maxUtteranceMs = 60000);

    /// Every inbound frame, in order, with its stream time.
    void push(const qint16* samples, int count, qint64 streamMs);
    /// Speech started at `speechStartMs`: keep from `speechStartMs − prefix` on.
    void begin(qint64 speechStartMs);
    /// The captured utterance as little-endian int16 bytes; stops capturing.
    QByteArray take();
    [[nodiscard]] bool capturing() const { return m_capturing; }
    /// Stream time of the first kept frame (−1 when nothing is kept).
    [[nodiscard]] qint64 firstMs() const { return m_frames.isEmpty() ? -1 : m_frames.first().streamMs; }

private:
    struct Frame
    {
        qint64 streamMs = 0;
        QByteArray pcm;
    };
    void trim(qint64 keepFromMs);

    QList<Frame> m_frames;
    qint64 m_capturedMs = 0;
    int m_prefixMs;
    int m_maxMs;
    bool m_capturing = false;
};

} // namespace calldeck
