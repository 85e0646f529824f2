#include "calls/StreamLine.h"

#include "media/MediaStream.h"

namespace calldeck {

StreamLine::StreamLine(MediaStream* stream) : m_stream(stream)
{
    if (stream) {
        // Direct: runs on the media thread while the stream still exists.
        m_ended = QObject::connect(stream, &MediaStream::ended, stream, [this](StreamEnd) { release(); },
                                   Qt::DirectConnection);
    }
}

StreamLine::~StreamLine()
{
    release();
}

void StreamLine::release()
{
    QMutexLocker lock(&m_mutex);
    QObject::disconnect(m_ended);
    m_stream = nullptr;
}

quint32 StreamLine::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_stream ? m_stream->generation() : 0;
}

void StreamLine::playMulaw(const QByteArray& mulaw, quint32 generation)
{
    QMutexLocker lock(&m_mutex);
    if (m_stream)
        m_stream->playMulaw(mulaw, generation);
}

void StreamLine::playPcm16(const QByteArray& pcm16, quint32 generation)
{
    QMutexLocker lock(&m_mutex);
    if (m_stream)
        m_stream->playAudio(pcm16, generation);
}

void StreamLine::mark(const QString& label, quint32 generation)
{
    QMutexLocker lock(&m_mutex);
    if (m_stream)
        m_stream->mark(label, generation);
}

quint32 StreamLine::clear()
{
    QMutexLocker lock(&m_mutex);
    return m_stream ? m_stream->clear() : 0;
}

int StreamLine::pendingMs() const
{
    QMutexLocker lock(&m_mutex);
    return m_stream ? m_stream->pendingMs() : 0;
}

} // namespace calldeck
