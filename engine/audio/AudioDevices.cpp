#include "audio/AudioDevices.h"

#include "audio/AudioLog.h"
#include "audio/NullOutput.h"
#include "audio/QtAudioInput.h"
#include "audio/QtAudioOutput.h"
#include "audio/SilenceInput.h"
#include "audio/WavFileInput.h"
#include "audio/WavFileOutput.h"

#include <QMediaDevices>

namespace calldeck {

Q_LOGGING_CATEGORY(lcAudio, "calldeck.audio")

namespace {

QList<AudioDeviceInfo> describe(const QList<QAudioDevice>& devices, const QAudioDevice& defaultDevice)
{
    QList<AudioDeviceInfo> out;
    for (const QAudioDevice& d : devices) {
        // Qt 6.4's PulseAudio backend does not always flag the default source itself.
        const bool isDefault = d.isDefault() || (!defaultDevice.isNull() && d.id() == defaultDevice.id());
        AudioDeviceInfo info{QString::fromUtf8(d.id()), d.description(), isDefault};
        if (info.isDefault)
            out.prepend(info);
        else
            out.append(info);
    }
    return out;
}

QAudioDevice find(const QList<QAudioDevice>& devices, const QString& id)
{
    const QByteArray raw = id.toUtf8();
    for (const QAudioDevice& d : devices) {
        if (d.id() == raw)
            return d;
    }
    return {};
}

} // namespace

QList<AudioDeviceInfo> AudioDevices::inputDevices()
{
    return describe(QMediaDevices::audioInputs(), QMediaDevices::defaultAudioInput());
}

QList<AudioDeviceInfo> AudioDevices::outputDevices()
{
    return describe(QMediaDevices::audioOutputs(), QMediaDevices::defaultAudioOutput());
}

QAudioDevice AudioDevices::findInput(const QString& deviceId)
{
    return find(QMediaDevices::audioInputs(), deviceId);
}

QAudioDevice AudioDevices::findOutput(const QString& deviceId)
{
    return find(QMediaDevices::audioOutputs(), deviceId);
}

std::unique_ptr<AudioInput> AudioDevices::createInput(const QString& deviceId)
{
    if (deviceId == silenceId())
        return std::make_unique<SilenceInput>();
    if (deviceId.startsWith(filePrefix()))
        return std::make_unique<WavFileInput>(deviceId.mid(filePrefix().size()));
    return std::make_unique<QtAudioInput>(deviceId);
}

std::unique_ptr<AudioOutput> AudioDevices::createOutput(const QString& deviceId)
{
    if (deviceId == nullId())
        return std::make_unique<NullOutput>();
    if (deviceId.startsWith(filePrefix()))
        return std::make_unique<WavFileOutput>(deviceId.mid(filePrefix().size()));
    return std::make_unique<QtAudioOutput>(deviceId);
}

} // namespace calldeck
