#pragma once

#include "audio/AudioDevice.h"

#include <QAudioDevice>
#include <QList>
#include <QString>

#include <memory>

namespace calldeck {

/// One entry of the settings page's device lists.
struct AudioDeviceInfo
{
    QString id;          ///< stable id to save in settings; empty means "system default"
    QString description; ///< what the user sees
    bool isDefault = false;
};

/// Lists devices and creates the AudioInput/AudioOutput for a saved device id. Besides Qt
/// Multimedia ids it understands "silence" (input), "null" (output) and "file:PATH" (a WAV file
/// to play as the microphone, or to record the speaker into), for headless runs and tests.
class AudioDevices
{
public:
    /// Microphones known to Qt Multimedia, the system default first.
    static QList<AudioDeviceInfo> inputDevices();
    /// Speakers known to Qt Multimedia, the system default first.
    static QList<AudioDeviceInfo> outputDevices();

    /// An input for `deviceId`; empty = system default microphone.
    static std::unique_ptr<AudioInput> createInput(const QString& deviceId);
    /// An output for `deviceId`; empty = system default speaker.
    static std::unique_ptr<AudioOutput> createOutput(const QString& deviceId);

    /// The Qt input device with this id, or a null device when it is not (or no longer) present.
    static QAudioDevice findInput(const QString& deviceId);
    /// The Qt output device with this id, or a null device.
    static QAudioDevice findOutput(const QString& deviceId);

    static QString silenceId() { return QStringLiteral("silence"); }
    static QString nullId() { return QStringLiteral("null"); }
    static QString filePrefix() { return QStringLiteral("file:"); }
};

} // namespace calldeck
