#pragma once

#include "audio/PlaybackConverter.h"

#include <QIODevice>

#include <atomic>

namespace calldeck {

class AudioRingBuffer;

/// The QIODevice a QAudioSink pulls from: takes engine audio out of the ring buffer, converts
/// it to the device format, and plays silence on underrun so the device clock keeps running.
class PlaybackDevice : public QIODevice
{
    Q_OBJECT
public:
    PlaybackDevice(AudioRingBuffer& ring, const QAudioFormat& format, std::atomic<float>& levelDb,
                   std::atomic<qint64>& playedSamples, QObject* parent = nullptr);

    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    AudioRingBuffer& m_ring;
    PlaybackConverter m_converter;
    std::atomic<float>& m_levelDb;
    std::atomic<qint64>& m_playedSamples;
    QByteArray m_pending; ///< converted device bytes not yet handed to the sink
};

} // namespace calldeck
