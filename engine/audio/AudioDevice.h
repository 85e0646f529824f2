#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace calldeck {

/// A microphone-like source of engine-rate audio (16 kHz mono int16, 20 ms frames of 320
/// samples). The Qt Multimedia implementation is used in the product; WAV-file and silence
/// sources in tests and for `calldeck-cli call --mic-file`.
class AudioInput : public QObject
{
    Q_OBJECT
public:
    /// Called for each captured 20 ms frame, on the capture thread. Must not block.
    using FrameSink = std::function<void(const qint16* samples, int count)>;

    using QObject::QObject;
    ~AudioInput() override = default;

    virtual Status start(FrameSink sink) = 0;
    virtual void stop() = 0;
    [[nodiscard]] virtual bool isActive() const = 0;
    /// Human-readable device name ("Built-in Microphone", "file: greeting.wav", "silence").
    [[nodiscard]] virtual QString deviceName() const = 0;
    /// Capture level in dBFS (−90 … 0); thread-safe, poll it from a UI timer.
    [[nodiscard]] virtual float levelDb() const = 0;

Q_SIGNALS:
    /// The device changed (unplugged → fell back to the default, or a new default was chosen).
    void deviceChanged(const QString& deviceName);
    /// Capture stopped with an error a user can read (device gone and no fallback, ...).
    void failed(const QString& message);
    /// A file source reached its end.
    void finished();
};

/// A speaker-like sink of engine-rate audio. write() is thread-safe and never blocks: audio goes
/// into a ring buffer the device drains; overflow drops the oldest audio.
class AudioOutput : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AudioOutput() override = default;

    virtual Status start() = 0;
    virtual void stop() = 0;
    virtual void write(const qint16* samples, int count) = 0;
    [[nodiscard]] virtual QString deviceName() const = 0;
    [[nodiscard]] virtual float levelDb() const = 0;

Q_SIGNALS:
    void deviceChanged(const QString& deviceName);
    void failed(const QString& message);
};

} // namespace calldeck
