#pragma once

#include "audio/AudioDevice.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QMutex>
#include <QTimer>
#include <QtMultimedia/qaudio.h>

#include <atomic>
#include <memory>

class QAudioSource;
class QIODevice;

namespace calldeck {

class CaptureConverter;

/// A microphone through Qt Multimedia (QAudioSource). Asks for 16 kHz mono int16 and converts
/// whatever the device gives instead. Follows hot-plugging: when its device disappears it
/// falls back to the system default (deviceChanged) and returns to the chosen device when it
/// comes back; with no microphone left it reports failed(). Frames go to the sink on the thread
/// this object lives in.
class QtAudioInput : public AudioInput
{
    Q_OBJECT
public:
    /// `deviceId` as listed by AudioDevices::inputDevices(); empty follows the system default.
    explicit QtAudioInput(QString deviceId, QObject* parent = nullptr);
    ~QtAudioInput() override;

    Status start(FrameSink sink) override;
    void stop() override;
    [[nodiscard]] bool isActive() const override;
    [[nodiscard]] QString deviceName() const override;
    [[nodiscard]] float levelDb() const override;
    /// Id of the device capturing right now (differs from the chosen one after a fallback).
    [[nodiscard]] QString activeDeviceId() const;

private:
    [[nodiscard]] QAudioDevice chooseDevice() const;
    Status open(const QAudioDevice& device);
    void close();
    void readAvailable();
    void followDevices(bool deviceBroke);
    void onStateChanged(QAudio::State state);

    QString m_configuredId;
    QMediaDevices m_mediaDevices;
    QTimer m_devicePoll; ///< Qt 6.4's PulseAudio backend updates the list without emitting the change signal
    QAudioDevice m_device;
    std::unique_ptr<QAudioSource> m_source;
    QIODevice* m_io = nullptr;
    std::unique_ptr<CaptureConverter> m_converter;
    FrameSink m_sink;
    std::atomic<bool> m_active{false};
    std::atomic<float> m_levelDb;
    mutable QMutex m_nameMutex;
    QString m_name;
    int m_failuresInARow = 0; ///< reopenings without a frame in between; stops a reopen loop
};

} // namespace calldeck
