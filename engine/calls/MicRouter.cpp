#include "calls/MicRouter.h"

#include "media/MediaStream.h"

namespace calldeck {

MicRouter::~MicRouter()
{
    for (const auto& connection : std::as_const(m_connections))
        QObject::disconnect(connection);
}

void MicRouter::add(MediaStream* stream)
{
    if (!stream)
        return;
    QMutexLocker lock(&m_mutex);
    if (m_targets.contains(stream))
        return;
    m_targets.append(stream);
    // Direct connections: they run on the media thread while the stream still exists.
    m_connections.append(QObject::connect(
        stream, &MediaStream::ended, stream, [this, stream] { remove(stream); }, Qt::DirectConnection));
    m_connections.append(QObject::connect(
        stream, &QObject::destroyed, stream, [this, stream] { remove(stream); }, Qt::DirectConnection));
}

void MicRouter::remove(MediaStream* stream)
{
    QMutexLocker lock(&m_mutex);
    m_targets.removeAll(stream);
}

bool MicRouter::contains(MediaStream* stream) const
{
    QMutexLocker lock(&m_mutex);
    return m_targets.contains(stream);
}

bool MicRouter::isEmpty() const
{
    QMutexLocker lock(&m_mutex);
    return m_targets.isEmpty();
}

void MicRouter::deliver(const qint16* samples, int count)
{
    QMutexLocker lock(&m_mutex);
    for (MediaStream* stream : std::as_const(m_targets))
        stream->pushLiveAudio(samples, count);
}

} // namespace calldeck
