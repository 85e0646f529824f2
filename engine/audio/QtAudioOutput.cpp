#include "audio/QtAudioOutput.h"

#include "audio/AudioDevices.h"
#include "audio/AudioLog.h"
#include "audio/PlaybackDevice.h"
#include "media/AudioFormat.h"
#include "media/AudioLevel.h"

#include <QAudioSink>
#include <QTimer>

namespace calldeck {

namespace {

QAudioFormat playbackFormat(const QAudioDevice& device)
{
    QAudioFormat wanted;
    wanted.setSampleRate(audio_format::kEngineRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(wanted))
        return wanted;
    QAudioFormat preferred = device.preferredFormat();
    if (preferred.sampleFormat() == QAudioFormat::Unknown)
        preferred.setSampleFormat(QAudioFormat::Int16);
    return preferred;
}

constexpr int kRingMs = 500;
// How soon an unplugged device is noticed when the backend does not signal it.
constexpr int kDevicePollMs = 1000;
constexpr int kBufferMs = 100;

} // namespace

QtAudioOutput::QtAudioOutput(QString deviceId, QObject* parent)
    : AudioOutput(parent)
    , m_configuredId(std::move(deviceId))
    , m_ring(audio_format::kEngineRate * kRingMs / 1000)
    , m_levelDb(kSilenceDb)
{
    connect(&m_mediaDevices, &QMediaDevices::audioOutputsChanged, this, [this] { followDevices(false); });
    m_devicePoll.setInterval(kDevicePollMs);
    connect(&m_devicePoll, &QTimer::timeout, this, [this] { followDevices(false); });
}

QtAudioOutput::~QtAudioOutput()
{
    close();
}

QAudioDevice QtAudioOutput::chooseDevice() const
{
    if (!m_configuredId.isEmpty()) {
        const QAudioDevice chosen = AudioDevices::findOutput(m_configuredId);
        if (!chosen.isNull())
            return chosen;
    }
    return QMediaDevices::defaultAudioOutput();
}

Status QtAudioOutput::start()
{
    stop();
    m_failuresInARow = 0;
    const QAudioDevice device = chooseDevice();
    if (device.isNull())
        return Status::failure(ErrorCode::NotFound,
                               tr("No speaker or headset was found. Connect one or choose another output in Settings."));
    if (Status s = open(device); !s)
        return s;
    m_active = true;
    m_devicePoll.start();
    return {};
}

void QtAudioOutput::stop()
{
    m_active = false;
    m_devicePoll.stop();
    close();
    m_ring.clear();
}

void QtAudioOutput::write(const qint16* samples, int count)
{
    m_ring.write(samples, count);
}

QString QtAudioOutput::deviceName() const
{
    QMutexLocker lock(&m_nameMutex);
    return m_name;
}

float QtAudioOutput::levelDb() const
{
    return m_levelDb;
}

QString QtAudioOutput::activeDeviceId() const
{
    return QString::fromUtf8(m_device.id());
}

Status QtAudioOutput::open(const QAudioDevice& device)
{
    close();
    const QAudioFormat format = playbackFormat(device);
    m_io = std::make_unique<PlaybackDevice>(m_ring, format, m_levelDb, m_playedSamples);
    m_io->open(QIODevice::ReadOnly);
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setBufferSize(format.bytesForDuration(qint64(kBufferMs) * 1000));
    connect(m_sink.get(), &QAudioSink::stateChanged, this, &QtAudioOutput::onStateChanged);
    m_sink->start(m_io.get());
    if (m_sink->error() != QAudio::NoError) {
        close();
        return Status::failure(ErrorCode::Io, tr("The speaker \"%1\" could not be opened.").arg(device.description()));
    }
    m_device = device;
    {
        QMutexLocker lock(&m_nameMutex);
        m_name = device.description();
    }
    qCInfo(lcAudio) << "playing to" << device.description() << "at" << format.sampleRate() << "Hz,"
                    << format.channelCount() << "channel(s)";
    return {};
}

void QtAudioOutput::close()
{
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_sink.reset();
    m_io.reset();
    m_device = QAudioDevice();
    m_levelDb = kSilenceDb;
}

void QtAudioOutput::onStateChanged(QAudio::State state)
{
    if (state == QAudio::ActiveState)
        m_failuresInARow = 0;
    if (state != QAudio::StoppedState || !m_sink || m_sink->error() == QAudio::NoError)
        return;
    qCWarning(lcAudio) << "playback device stopped with error" << m_sink->error();
    QTimer::singleShot(0, this, [this] { followDevices(true); });
}

void QtAudioOutput::followDevices(bool deviceBroke)
{
    if (!m_active)
        return;
    const QAudioDevice wanted = chooseDevice();
    const bool currentListed =
        !m_device.isNull() && !AudioDevices::findOutput(QString::fromUtf8(m_device.id())).isNull();
    if (!deviceBroke && currentListed && !wanted.isNull() && wanted.id() == m_device.id())
        return;
    if (wanted.isNull()) {
        stop();
        Q_EMIT failed(tr("The speaker was disconnected and no other speaker is available."));
        return;
    }
    if (deviceBroke && ++m_failuresInARow > 3) {
        stop();
        Q_EMIT failed(tr("The speaker \"%1\" keeps failing. Check the connection or choose another output.")
                          .arg(wanted.description()));
        return;
    }
    // The ring buffer survives the switch, so queued audio plays on the new device.
    if (Status s = open(wanted); !s) {
        stop();
        Q_EMIT failed(s.error().message);
        return;
    }
    Q_EMIT deviceChanged(wanted.description());
}

} // namespace calldeck
