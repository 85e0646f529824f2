#include "audio/PacedInput.h"

#include "media/AudioFormat.h"
#include "media/AudioLevel.h"

namespace calldeck {

namespace {
// A stalled thread should not make the source dump seconds of audio at once; past this much
// lag the clock is rebased, as a real microphone would have dropped the audio.
constexpr qint64 kMaxCatchUpFrames = 25;
constexpr int kTickMs = 5;
} // namespace

PacedInput::PacedInput(QObject* parent) : AudioInput(parent), m_levelDb(kSilenceDb)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &PacedInput::tick);
    m_frame.resize(audio_format::kEngineFrameSamples);
}

PacedInput::~PacedInput() = default;

Status PacedInput::start(FrameSink sink)
{
    stop();
    if (Status s = prepare(); !s)
        return s;
    m_sink = std::move(sink);
    m_framesDelivered = 0;
    m_clockOriginFrames = 0;
    m_clock.start();
    m_active = true;
    m_timer.start();
    // The first frame is due at time zero, like a device that starts capturing immediately.
    QTimer::singleShot(0, this, &PacedInput::tick);
    return {};
}

void PacedInput::stop()
{
    m_timer.stop();
    m_active = false;
    m_levelDb = kSilenceDb;
}

bool PacedInput::isActive() const
{
    return m_active;
}

float PacedInput::levelDb() const
{
    return m_levelDb;
}

void PacedInput::tick()
{
    if (!m_active)
        return;
    qint64 due = m_clockOriginFrames + m_clock.elapsed() / audio_format::kFrameMs + 1;
    if (due - m_framesDelivered > kMaxCatchUpFrames) {
        m_clockOriginFrames = m_framesDelivered;
        m_clock.start();
        due = m_framesDelivered + 1;
    }
    while (m_framesDelivered < due && m_active) {
        if (!nextFrame(m_frame.data())) {
            stop();
            Q_EMIT finished();
            return;
        }
        ++m_framesDelivered;
        m_levelDb = levelDbfs(m_frame.constData(), int(m_frame.size()));
        if (m_sink)
            m_sink(m_frame.constData(), int(m_frame.size()));
    }
}

} // namespace calldeck
