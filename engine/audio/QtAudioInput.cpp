#include "audio/QtAudioInput.h"

#include "audio/AudioDevices.h"
#include "audio/AudioLog.h"
#include "audio/CaptureConverter.h"
#include "media/AudioFormat.h"
#include "media/AudioLevel.h"

#include <QAudioSource>
#include <QCoreApplication>
#include <QTimer>

namespace calldeck {

namespace {

QAudioFormat captureFormat(const QAudioDevice& device)
{
    QAudioFormat wanted;
    wanted.setSampleRate(audio_format::kEngineRate);
    wanted.setChannelCount(1);
    wanted.setSampleFormat(QAudioFormat::Int16);
    if (device.isFormatSupported(wanted))
        return wanted;
    QAudioFormat preferred = device.preferredFormat();
    if (!CaptureConverter::canConvert(preferred))
        preferred.setSampleFormat(QAudioFormat::Int16);
    return preferred;
}

// Four frames of device buffer: low latency without starving on a busy machine.
// How soon an unplugged device is noticed when the backend does not signal it.
constexpr int kDevicePollMs = 1000;
constexpr int kBufferMs = 80;

} // namespace

QtAudioInput::QtAudioInput(QString deviceId, QObject* parent)
    : AudioInput(parent), m_configuredId(std::move(deviceId)), m_levelDb(kSilenceDb)
{
    connect(&m_mediaDevices, &QMediaDevices::audioInputsChanged, this, [this] { followDevices(false); });
    m_devicePoll.setInterval(kDevicePollMs);
    connect(&m_devicePoll, &QTimer::timeout, this, [this] { followDevices(false); });
}

QtAudioInput::~QtAudioInput()
{
    close();
}

QAudioDevice QtAudioInput::chooseDevice() const
{
    if (!m_configuredId.isEmpty()) {
        const QAudioDevice chosen = AudioDevices::findInput(m_configuredId);
        if (!chosen.isNull())
            return chosen;
    }
    return QMediaDevices::defaultAudioInput();
}

Status QtAudioInput::start(FrameSink sink)
{
    stop();
    m_sink = std::move(sink);
    m_failuresInARow = 0;
    const QAudioDevice device = chooseDevice();
    if (device.isNull())
        return Status::failure(ErrorCode::NotFound,
                               tr("No microphone was found. Connect one or choose another input in Settings."));
    if (Status s = open(device); !s)
        return s;
    m_active = true;
    m_devicePoll.start();
    return {};
}

void QtAudioInput::stop()
{
    m_active = false;
    m_devicePoll.stop();
    close();
}

bool QtAudioInput::isActive() const
{
    return m_active;
}

QString QtAudioInput::deviceName() const
{
    QMutexLocker lock(&m_nameMutex);
    return m_name;
}

float QtAudioInput::levelDb() const
{
    return m_levelDb;
}

QString QtAudioInput::activeDeviceId() const
{
    return QString::fromUtf8(m_device.id());
}

Status QtAudioInput::open(const QAudioDevice& device)
{
    close();
    const QAudioFormat format = captureFormat(device);
    m_converter = std::make_unique<CaptureConverter>(format, [this](const qint16* samples, int count) {
        m_levelDb = levelDbfs(samples, count);
        if (m_sink)
            m_sink(samples, count);
    });
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(format.bytesForDuration(qint64(kBufferMs) * 1000));
    connect(m_source.get(), &QAudioSource::stateChanged, this, &QtAudioInput::onStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        close();
        return Status::failure(ErrorCode::Io, tr("The microphone \"%1\" could not be opened.").arg(device.description()));
    }
    connect(m_io, &QIODevice::readyRead, this, &QtAudioInput::readAvailable);
    m_device = device;
    {
        QMutexLocker lock(&m_nameMutex);
        m_name = device.description();
    }
    qCInfo(lcAudio) << "capturing from" << device.description() << "at" << format.sampleRate() << "Hz,"
                    << format.channelCount() << "channel(s)";
    return {};
}

void QtAudioInput::close()
{
    if (m_source) {
        m_source->disconnect(this);
        m_source->stop();
    }
    m_io = nullptr;
    m_source.reset();
    m_converter.reset();
    m_device = QAudioDevice();
    m_levelDb = kSilenceDb;
}

void QtAudioInput::readAvailable()
{
    if (!m_io || !m_converter)
        return;
    const QByteArray bytes = m_io->readAll();
    if (bytes.isEmpty())
        return;
    m_failuresInARow = 0;
    m_converter->push(bytes.constData(), bytes.size());
}

void QtAudioInput::onStateChanged(QAudio::State state)
{
    if (state != QAudio::StoppedState || !m_source || m_source->error() == QAudio::NoError)
        return;
    // The device failed under us (unplugged before the device list caught up). Leave the
    // source's own signal handler before replacing it.
    qCWarning(lcAudio) << "capture device stopped with error" << m_source->error();
    QTimer::singleShot(0, this, [this] { followDevices(true); });
}

void QtAudioInput::followDevices(bool deviceBroke)
{
    if (!m_active)
        return;
    const QAudioDevice wanted = chooseDevice();
    const bool currentListed = !m_device.isNull() && !AudioDevices::findInput(QString::fromUtf8(m_device.id())).isNull();
    if (!deviceBroke && currentListed && !wanted.isNull() && wanted.id() == m_device.id())
        return;
    if (wanted.isNull()) {
        stop();
        Q_EMIT failed(tr("The microphone was disconnected and no other microphone is available."));
        return;
    }
    if (deviceBroke && ++m_failuresInARow > 3) {
        stop();
        Q_EMIT failed(tr("The microphone \"%1\" keeps failing. Check the connection or choose another input.")
                          .arg(wanted.description()));
        return;
    }
    if (Status s = open(wanted); !s) {
        stop();
        Q_EMIT failed(s.error().message);
        return;
    }
    Q_EMIT deviceChanged(wanted.description());
}

} // namespace calldeck
