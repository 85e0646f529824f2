#pragma once

#include "audio/AudioDevice.h"
#include "audio/AudioRingBuffer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QMutex>
#include <QTimer>
#include <QtMultimedia/qaudio.h>

#include <atomic>
#include <memory>

class QAudioSink;

namespace calldeck {

class PlaybackDevice;

/// A speaker through Qt Multimedia (QAudioSink in pull mode). write() from any thread puts
/// engine audio into a 500 ms ring buffer (overflow drops the oldest); the device drains it.
/// Follows hot-plugging like QtAudioInput.
class QtAudioOutput : public AudioOutput
{
    Q_OBJECT
public:
    /// `deviceId` as listed by AudioDevices::outputDevices(); empty follows the system default.
    explicit QtAudioOutput(QString deviceId, QObject* parent = nullptr);
    ~QtAudioOutput() override;

    Status start() override;
    void stop() override;
    void write(const qint16* samples, int count) override;
    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] float levelDb() const override;

    /// Engine samples waiting in the ring buffer.
    [[nodiscard]] int bufferedSamples() const { return m_ring.available(); }
    /// Engine samples the device has taken so far.
    [[nodiscard]] qint64 playedSamples() const { return m_playedSamples; }
    /// Samples dropped because writes outran the device.
    [[nodiscard]] qint64 droppedSamples() const { return m_ring.droppedSamples(); }
    /// Id of the device playing right now.
    [[nodiscard]] QString activeDeviceId() const;

private:
    [[nodiscard]] QAudioDevice chooseDevice() const;
    Status open(const QAudioDevice& device);
    void close();
    void followDevices(bool deviceBroke);
    void onStateChanged(QAudio::State state);

    QString m_configuredId;
    QMediaDevices m_mediaDevices;
    QTimer m_devicePoll; ///< Qt 6.4's PulseAudio backend updates the list without emitting the change signal
    QAudioDevice m_device;
    AudioRingBuffer m_ring;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<PlaybackDevice> m_io;
    std::atomic<bool> m_active{false};
    std::atomic<float> m_levelDb;
    std::atomic<qint64> m_playedSamples{0};
    mutable QMutex m_nameMutex;
    QString m_name;
    int m_failuresInARow = 0; ///< reopenings without progress in between; stops a reopen loop
};

} // namespace calldeck
